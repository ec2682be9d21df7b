/** What a command produces; only cli.ts writes it out and exits. */
export interface Outcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** A report as text, or as chunks written to the file as they are made (a large JSON report is never held whole). */
  files: Array<{ path: string; content: string | (() => Iterable<string>) }>;
}

export const outcome = (partial: Partial<Outcome>): Outcome => ({ exitCode: 0, stdout: '', stderr: '', files: [], ...partial });
