/**
 * Whether the server holds every local edit. 'saved' only when every local update has been
 * acknowledged (the hub acknowledges an update once it is durable); 'saving' while unacknowledged
 * updates are on their way over a live connection; 'unsaved' when they cannot be on their way (no
 * connection, or the server refused them).
 */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'unsaved'; rejectedBecause: string | null };

export function sameSaveState(a: SaveState, b: SaveState): boolean {
  return a.kind === b.kind && (a.kind !== 'unsaved' || a.rejectedBecause === (b as typeof a).rejectedBecause);
}
