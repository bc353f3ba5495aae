// What reaches the terminal from article text and file names: control characters escaped
// (an article must not clear the screen, set the title or forge a log line) and lines cut
// to the terminal's width.

// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with every control character written as an escape (\x1b, \x0a, \u202e). */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** Article text on one line: whitespace runs collapsed, controls escaped. */
export function oneLine(text: string): string {
  return printable(text.replace(/[\s\u00a0]+/g, ' ').trim());
}

/** The width to fit lines to: the terminal's, or none when piped. */
export function terminalWidth(): number | undefined {
  return process.stdout.isTTY ? process.stdout.columns || 80 : undefined;
}

/** A line cut to the width with "…" (whole when there is no width). */
export function fit(line: string, width: number | undefined): string {
  if (!width) return line;
  const chars = Array.from(line);
  return chars.length <= width ? line : chars.slice(0, Math.max(1, width - 1)).join('') + '…';
}
