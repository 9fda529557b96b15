const palette = ['#1971c2', '#e8590c', '#2b8a3e', '#ae3ec9', '#c2255c', '#0c8599', '#5f3dc4', '#a61e4d'];

/** A stable colour per author in the order the comparison lists them (its legend order). */
export function authorColours(authorIds: readonly string[]): Map<string, string> {
  return new Map(authorIds.map((id, index) => [id, palette[index % palette.length]!]));
}
