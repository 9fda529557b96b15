/** "mm:ss" (or "h:mm:ss" past an hour) of seconds since the lesson started. */
export function formatOffset(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * The heading (without its #s) of the Markdown section that holds `index`: the nearest ATX heading at or
 * before it; null before the first heading.
 */
export function sectionAt(markdown: string, index: number): string | null {
  let section: string | null = null;
  let offset = 0;
  for (const line of markdown.split('\n')) {
    if (offset > index) {
      break;
    }
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading && heading[1]) {
      section = heading[1];
    }
    offset += line.length + 1;
  }
  return section;
}
