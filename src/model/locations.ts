/**
 * Where a loader read each attribute of a resource: attribute path -> span, packed.
 *
 * A template resource records about 9 paths and a Compose service about 15, most of which no
 * finding ever names. As an object per resource (a key and a span object per path) they were
 * built in the load worker, structured-cloned to the main thread and rebuilt there, for every
 * resource. Packed, the resources of one input share one table, a string of all the paths
 * and an Int32Array of their lines, which crosses threads as two values. A resource's
 * `Locations` are a slice of that table, and a lookup compares in place and builds nothing.
 */
import type { Span } from './resource.js';

/** The entries of one input: paths back to back, and per entry FIELDS numbers. */
export interface LocationTable {
  /** Every entry's attribute path, joined without separators (entry i ends where i + 1 starts). */
  paths: string;
  /** Per entry: the end of its path in `paths`, its line, its end line, and 1 + its file's index in `files` (0: the resource's own file). */
  entries: Int32Array;
  /** Files other than the resource's own that a span is in (a Compose override file). */
  files: string[];
}

/** A resource's entries: [from, to) of its input's table. Of two entries for one path, the later holds. */
export interface Locations {
  table: LocationTable;
  from: number;
  to: number;
}

const FIELDS = 4;

const endOf = (t: LocationTable, i: number): number => t.entries[i * FIELDS]!;
const startOf = (t: LocationTable, i: number): number => (i === 0 ? 0 : t.entries[(i - 1) * FIELDS]!);

function spanOf(t: LocationTable, i: number): Span {
  const line = t.entries[i * FIELDS + 1]!;
  const endLine = t.entries[i * FIELDS + 2]!;
  const file = t.entries[i * FIELDS + 3]!;
  return file === 0 ? { line, endLine } : { file: t.files[file - 1]!, line, endLine };
}

/** The span recorded for exactly this attribute path (`properties.ports.0`), if any. */
export function spanAt(l: Locations, path: string): Span | undefined {
  const t = l.table;
  if (l.to * FIELDS > t.entries.length) throw new Error('locations read before their table was finished');
  for (let i = l.to - 1; i >= l.from; i--) {
    const start = startOf(t, i);
    if (endOf(t, i) - start === path.length && t.paths.startsWith(path, start)) return spanOf(t, i);
  }
  return undefined;
}

/** Every path with its span, in the order first recorded; of two for one path, the later span. */
export function locationEntries(l: Locations): Array<[string, Span]> {
  const out = new Map<string, Span>();
  for (let i = l.from; i < l.to; i++) out.set(l.table.paths.slice(startOf(l.table, i), endOf(l.table, i)), spanOf(l.table, i));
  return [...out];
}

/** The same as a plain path -> span record (tests, debugging). */
export function locationRecord(l: Locations): Record<string, Span> {
  return Object.fromEntries(locationEntries(l));
}

/**
 * Records the locations of one input's resources into one table: `writer()` for each
 * resource, whose `close()` gives that resource's Locations, and `finish()` once the input is
 * loaded, before any of them is read or sent.
 */
export class LocationRecorder {
  private readonly table: LocationTable = { paths: '', entries: new Int32Array(0), files: [] };
  private readonly parts: string[] = [];
  private readonly numbers: number[] = [];
  private readonly fileIndex = new Map<string, number>();
  private end = 0;
  private count = 0;

  writer(): LocationWriter {
    return new LocationWriter(this);
  }

  /** Appends a closed writer's entries; returns their range. */
  append(paths: string[], spans: Span[]): Locations {
    const from = this.count;
    for (let n = 0; n < paths.length; n++) {
      const path = paths[n]!;
      const span = spans[n]!;
      this.parts.push(path);
      this.end += path.length;
      this.numbers.push(this.end, span.line, span.endLine, span.file === undefined ? 0 : this.fileNumber(span.file));
    }
    this.count += paths.length;
    return { table: this.table, from, to: this.count };
  }

  finish(): void {
    this.table.paths = this.parts.join('');
    this.table.entries = Int32Array.from(this.numbers);
    this.table.files = [...this.fileIndex.keys()];
  }

  private fileNumber(file: string): number {
    let n = this.fileIndex.get(file);
    if (n === undefined) this.fileIndex.set(file, (n = this.fileIndex.size + 1));
    return n;
  }
}

/** One resource's locations while it is read. */
export class LocationWriter {
  private readonly paths: string[] = [];
  private readonly spans: Span[] = [];
  private closed = false;

  constructor(private readonly recorder?: LocationRecorder) {}

  set(path: string, span: Span): void {
    // A record could be written after its resource was made; these entries would be lost.
    if (this.closed) throw new Error(`location ${path} recorded after its resource's locations were closed`);
    this.paths.push(path);
    this.spans.push(span);
  }

  has(path: string): boolean {
    return this.paths.includes(path);
  }

  close(): Locations {
    if (!this.recorder) throw new Error('a LocationWriter without a recorder has no table');
    this.closed = true;
    return this.recorder.append(this.paths, this.spans);
  }
}

/** A writer whose entries are dropped (a scope read for its tags only). */
export const discardLocations = (): LocationWriter => new LocationWriter();

/** Locations built from a plain path -> span record in one table of their own (tests, hand-made resources). */
export function locationsOf(record: Record<string, Span> = {}): Locations {
  const recorder = new LocationRecorder();
  const w = recorder.writer();
  for (const [path, span] of Object.entries(record)) w.set(path, span);
  const l = w.close();
  recorder.finish();
  return l;
}
