/** What a command produces; only cli.ts writes it out and exits. */
export interface Outcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  files: Array<{ path: string; content: string }>;
}

export const outcome = (partial: Partial<Outcome>): Outcome => ({ exitCode: 0, stdout: '', stderr: '', files: [], ...partial });
