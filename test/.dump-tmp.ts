import { writeFileSync } from 'node:fs';
import { loadCompose } from '/work/wt/compose/src/sources/compose/index.ts';
import { nodeIO } from '/work/wt/compose/src/sources/io.ts';
import { toPolicyResource } from '/work/wt/compose/src/model/resource.ts';
const [dir, files, out] = [process.argv[2]!, process.argv.slice(4), process.argv[3]!];
process.chdir(dir);
const all = [];
for (const f of files) { const r = await loadCompose([f], nodeIO()); all.push(...r.resources); }
writeFileSync(out, JSON.stringify({ resources: all.slice(0, 250).map(toPolicyResource) }));
console.log(all.length);
