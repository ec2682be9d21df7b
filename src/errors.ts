/** The few named errors the CLI maps to exit codes. Everything else is data. */

/** Bad flags, a path that does not exist, an invalid configuration file: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  incomplete: 3,
} as const;
