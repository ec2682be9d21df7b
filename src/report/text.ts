/**
 * Text from scanned input made safe to print: nothing a terminal or CI runner would act on.
 * C0 and C1 controls (newline, CR, ESC, ...), DEL, and the bidirectional and line/paragraph
 * separators that reorder or split what a reviewer sees are shown as `\xNN` / `\uNNNN`; a
 * leading `::` (a GitHub Actions workflow command once it starts a line) loses its first colon.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A workflow command is a line starting with `::` (leading blanks allowed). */
const COMMAND = /^(\s*):/;

export function safeText(s: string): string {
  const escaped = escapeControls(s);
  return escaped.trimStart().startsWith('::') ? escaped.replace(COMMAND, '$1\\x3a') : escaped;
}

/** The last guard over a whole report: no line of it may read as a workflow command. */
export function neutralizeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trimStart().startsWith('::') ? line.replace(COMMAND, '$1\\x3a') : line))
    .join('\n');
}
