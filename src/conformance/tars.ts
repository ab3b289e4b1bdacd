/** Tars the harness writes itself, and file trees read out of the tars the two sides wrote. */
import { pack } from 'tar-stream';
import { type Change, readLayerTar, render } from '../index.js';
import type { TarSpec } from './generate.js';

/** A generated tar, written by tar-stream (an independent writer) with one fixed mtime. */
export async function packTar(entries: readonly TarSpec[]): Promise<Uint8Array> {
  const p = pack();
  const mtime = new Date('2021-01-01T00:00:00Z');
  for (const e of entries) {
    if (e.type === 'file') p.entry({ name: e.name, mode: e.mode, mtime }, e.content);
    else if (e.type === 'directory') p.entry({ name: e.name, type: 'directory', mode: e.mode, mtime });
    else p.entry({ name: e.name, type: 'symlink', linkname: e.target, mode: 0o777, mtime });
  }
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of p) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file tree without times, one line per entry: path, type, mode, size and content digest or link target. */
export function treeLines(entries: Iterable<readonly [string, Change]>): string[] {
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, n]) => (n.type === 'file' ? `${path} file ${n.mode.toString(8)} ${n.size} ${n.digest}` : n.type === 'symlink' ? `${path} -> ${n.target}` : `${path} ${n.type}${n.type === 'dir' ? ` ${n.mode.toString(8)}` : ''}`));
}

/** An exported file tree without times (see treeLines). */
export async function tree(bytes: Uint8Array): Promise<unknown> {
  const layer = await readLayerTar(bytes);
  if ('code' in layer) return { error: render(layer.error) };
  return treeLines(layer.changes);
}
