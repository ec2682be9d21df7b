/**
 * Reads the `aws:cdk:creationStack` traces CDK stores on each construct and finds the line of
 * the user's code that created it. Handles both the full V8 frames older CDK versions keep and
 * the "just my code" form newer ones write (`...new Bucket2 in aws-cdk-lib...` summaries).
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SourceLocation {
  /** Relative to `cwd` when it was absolute, with forward slashes. */
  file: string;
  line: number;
}

/** `file:line` or `file:line:column`, the file possibly a file:// URL or a Windows path. */
const LOCATION = /^(.+?):(\d+)(?::\d+)?$/;

/** The location a frame points at, or undefined for summaries, `native`, `<anonymous>`... */
export function parseFrame(frame: string): { file: string; line: number } | undefined {
  let text = frame.trim();
  if (text.startsWith('at ')) text = text.slice(3).trim();
  if (text.startsWith('...') || text.startsWith('(no user code')) return undefined;
  // `fn (location)`: the location is in the last parentheses.
  if (text.endsWith(')')) {
    const open = text.lastIndexOf(' (');
    text = open === -1 ? text.slice(text.startsWith('(') ? 1 : 0, -1) : text.slice(open + 2, -1);
  }
  const m = LOCATION.exec(text);
  if (!m) return undefined;
  const line = Number(m[2]);
  if (!Number.isSafeInteger(line) || line < 1) return undefined;
  return { file: m[1]!, line };
}

const NOT_USER_CODE = /(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]|^<anonymous>$|^native$|^evalmachine\./;

export function isUserCode(file: string): boolean {
  return !NOT_USER_CODE.test(file);
}

/** A frame's file as a path relative to `cwd` (when absolute), with forward slashes. */
export function displayFile(file: string, cwd: string): string {
  let path = file;
  if (path.startsWith('file://')) {
    try {
      path = fileURLToPath(path);
    } catch {
      return path;
    }
  }
  // A path absolute for another platform (a Windows build read on Linux) stays whole.
  return toPosix(isAbsolute(path) ? relative(cwd, path) || '.' : path);
}

const toPosix = (p: string): string => p.replaceAll('\\', '/');

/** The first frame of the trace that is user code, relative to `cwd`. */
export function firstUserFrame(trace: unknown, cwd: string): SourceLocation | undefined {
  if (!Array.isArray(trace)) return undefined;
  for (const frame of trace) {
    if (typeof frame !== 'string') continue;
    const loc = parseFrame(frame);
    if (!loc) continue;
    const file = loc.file.startsWith('file://') ? loc.file : toPosix(loc.file);
    if (!isUserCode(file)) continue;
    return { file: displayFile(loc.file, cwd), line: loc.line };
  }
  return undefined;
}
