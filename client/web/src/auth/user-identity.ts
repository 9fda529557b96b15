import type { AwarenessUser } from '../realtime/awareness-user';

/** Names offered on the development sign-in page, with stable user IDs to share documents with. */
export const presetTeachers: ReadonlyArray<{ userId: string; displayName: string }> = [
  { userId: 'zhang', displayName: '张老师' },
  { userId: 'li', displayName: '李老师' },
  { userId: 'wang', displayName: '王老师' },
];

/**
 * A user ID for a typed name: the name itself when it is plain ASCII, otherwise a stable ID derived
 * from it (the same name signs in as the same user every time).
 */
export function userIdForName(name: string): string {
  const trimmed = name.trim();
  const preset = presetTeachers.find((teacher) => teacher.displayName === trimmed);
  if (preset) {
    return preset.userId;
  }
  if (/^[A-Za-z0-9._-]{1,64}$/.test(trimmed)) {
    return trimmed.toLowerCase();
  }
  let hash = 0x811c9dc5;
  for (const ch of trimmed) {
    hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `u${hash.toString(16).padStart(8, '0')}`;
}

const palette = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5f3dc4'];

/** How others see this user's cursor: a colour chosen by user ID, so it is the same in every tab. */
export function awarenessUserFor(userId: string, displayName: string): AwarenessUser {
  let hash = 0;
  for (const ch of userId) {
    hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  }
  const color = palette[hash % palette.length]!;
  return { name: displayName, color, colorLight: `${color}33` };
}
