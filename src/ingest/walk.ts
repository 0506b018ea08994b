/**
 * Expands a PATH into the files to read: a file as it is, a folder recursively in sorted order
 * (names starting with `.` are skipped), a named pipe as a stream of unknown size.
 * Paths keep the form they were given in (`dir/x.txt`, `./dir/sub/y.txt`).
 *
 * Rules: `unreadable` (missing or not readable), `symlink-loop` (a folder link back to one of its
 * parents, or a link cycle), `empty-folder` (a folder with no file to read), `not-a-file`.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { Rejected } from '../types.ts';
import { rejectProblem } from './article.ts';
import type { FileEntry } from './source.ts';
import { describeReadError } from './stream.ts';

export type WalkEntry = ({ readonly kind: 'file' } & FileEntry) | Rejected;

/** Every file under `path`, or the reasons it yields none. */
export async function* walkPath(path: string): AsyncGenerator<WalkEntry> {
  let files = 0;
  for await (const entry of walkEntry(path, new Set())) {
    if (entry.kind === 'file') files += 1;
    yield entry;
  }
  const info = await statOrNull(path);
  if (files === 0 && info?.isDirectory() === true) {
    yield rejectProblem(path, { rule: 'empty-folder', message: 'folder holds no readable files' });
  }
}

/** How many entries of a folder are looked up at once. */
const statBatch = 32;

async function* walkEntry(path: string, ancestors: ReadonlySet<string>, looked?: Stats | Rejected): AsyncGenerator<WalkEntry> {
  const info = looked ?? (await lookUp(path));
  if (!('isFile' in info)) return yield info;
  if (info.isFile()) return yield { kind: 'file', path, size: info.size };
  if (info.isFIFO()) return yield { kind: 'file', path, size: null };
  if (!info.isDirectory()) return yield rejectProblem(path, { rule: 'not-a-file', message: 'not a regular file, folder or pipe' });
  yield* walkFolder(path, ancestors);
}

/** `stat` (links followed), or the rejection that says why it failed. */
async function lookUp(path: string): Promise<Stats | Rejected> {
  try {
    return await stat(path);
  } catch (cause) {
    return rejectProblem(path, describeReadError(cause));
  }
}

async function* walkFolder(path: string, ancestors: ReadonlySet<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(path);
    names = await readdir(path);
  } catch (cause) {
    return yield rejectProblem(path, describeReadError(cause));
  }
  if (ancestors.has(real)) {
    return yield rejectProblem(path, { rule: 'symlink-loop', message: 'symbolic link loops back to a parent folder; not followed' });
  }
  const inside = new Set(ancestors).add(real);
  const paths = names.filter((n) => !n.startsWith('.')).sort().map((n) => joinPath(path, n));
  for (let start = 0; start < paths.length; start += statBatch) {
    const batch = paths.slice(start, start + statBatch);
    const infos = await Promise.all(batch.map(lookUp));
    for (const [index, child] of batch.entries()) yield* walkEntry(child, inside, infos[index]);
  }
}

/** `dir` + `x.txt` → `dir/x.txt`, keeping the caller's spelling of `dir` (`.` + `x.txt` → `x.txt`). */
function joinPath(folder: string, name: string): string {
  if (folder === '.') return name;
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

async function statOrNull(path: string): Promise<Stats | null> {
  const info = await lookUp(path);
  return 'isFile' in info ? info : null;
}
