/** One discovered input -> its loader. Shared by the scan and the isolated load worker. */
import type { LoadResult } from '../model/resource.js';
import type { Input } from './discover.js';
import type { SourceIO } from './io.js';
import { loadCompose } from './compose/index.js';
import { loadCloudFormationFile } from './cloudformation/file.js';
import { loadCdkAssembly } from './cdk/index.js';

export interface LoadSettings {
  cwd: string;
  env?: Record<string, string | undefined>;
}

export async function loadInput(input: Input, io: SourceIO, { cwd, env }: LoadSettings): Promise<LoadResult> {
  switch (input.kind) {
    case 'compose':
      return loadCompose(input.files, io, env ? { env } : {});
    case 'cloudformation':
      return loadCloudFormationFile(input.file, io);
    case 'cdk':
      return loadCdkAssembly(input.dir, io, { cwd });
  }
}

export function inputName(input: Input): string {
  return input.kind === 'compose' ? input.files[0]! : input.kind === 'cdk' ? input.dir : input.file;
}
