/**
 * One discovered input -> its loader. Shared by the scan and the isolated load worker. Each
 * loader is imported when an input of its kind comes: a scan of templates never loads the
 * Compose loader, and the main thread (which loads in a worker) loads none of them.
 */
import type { LoadResult } from '../model/resource.js';
import type { Input } from './discover.js';
import type { SourceIO } from './io.js';

export interface LoadSettings {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Hash every file as it is read, into LoadResult.read (for the evidence record). */
  digests?: boolean;
}

export async function loadInput(input: Input, io: SourceIO, { cwd, env }: LoadSettings): Promise<LoadResult> {
  switch (input.kind) {
    case 'compose': {
      const { loadCompose } = await import('./compose/index.js');
      return loadCompose(input.files, io, env ? { env } : {});
    }
    case 'cloudformation': {
      const { loadCloudFormationFile } = await import('./cloudformation/file.js');
      return loadCloudFormationFile(input.file, io);
    }
    case 'cdk': {
      const { loadCdkAssembly } = await import('./cdk/index.js');
      return loadCdkAssembly(input.dir, io, { cwd });
    }
  }
}

export function inputName(input: Input): string {
  return input.kind === 'compose' ? input.files[0]! : input.kind === 'cdk' ? input.dir : input.file;
}
