import type { LoadResult } from '../../model/resource.js';
import type { SourceIO } from '../io.js';
import { isInputError } from '../io.js';
import { loadTemplate } from './index.js';

export async function loadCloudFormationFile(file: string, io: SourceIO): Promise<LoadResult> {
  const text = await io.readText(file);
  if (isInputError(text)) return { resources: [], errors: [text] };
  return loadTemplate(file, text);
}
