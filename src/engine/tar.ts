/**
 * Reads the regular files of a gzipped tar (an `opa build` bundle) into memory, bounded. Nothing is
 * written to disk, so member names (`../x`, absolute, links) can never reach outside: they are
 * only keys in the returned map, with the leading `/` OPA writes removed.
 */
import { gunzipSync } from 'node:zlib';

/** An OPA bundle is a few MB; this bounds a hostile one. */
export const MAX_TAR_BYTES = 64 * 1024 * 1024;

export function readTarGz(bytes: Uint8Array, maxBytes = MAX_TAR_BYTES): Map<string, Buffer> {
  const tar = gunzipSync(bytes, { maxOutputLength: maxBytes });
  const files = new Map<string, Buffer>();
  let longName: string | undefined;
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0 || at + 512 + size > tar.length) throw new Error('truncated tar archive');
    const type = field(156, 1) || '0';
    const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
    const body = tar.subarray(at + 512, at + 512 + size);
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === 'x') {
      // A PAX header: `<len> path=<name>\n` records name the next member.
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (path) longName = path[1];
    } else if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
    } else if (type === '0' || type === '7') {
      name = name.replace(/^\/+/, '');
      files.set(name, Buffer.from(body));
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
