/**
 * The host's side of `docker cp`: the files a sequence copies into containers, and trees the
 * copies out of them wrote, listed so that the engine's client and strata's can be compared.
 */
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECENT } from '../testing/index.js';

/** 2020-01-02 03:04:05 UTC: the host files' times, which both sides keep. */
export const OLD = 1577934245;

/**
 * The host's sources under `root`: a file of another owner (kept by `cp -a`), a directory with a
 * private file and a subdirectory, a symlink to each.
 */
export function makeHostSources(root: string): void {
  mkdirSync(join(root, 'dir', 'sub'), { recursive: true });
  writeFileSync(join(root, 'f.txt'), 'hello\n');
  writeFileSync(join(root, 'dir', 'a.txt'), 'inner\n');
  chmodSync(join(root, 'dir', 'a.txt'), 0o600);
  writeFileSync(join(root, 'dir', 'sub', 'b.txt'), 'deep\n');
  symlinkSync('f.txt', join(root, 'link'));
  symlinkSync('dir', join(root, 'dlink'));
  try {
    chownSync(join(root, 'f.txt'), 1000, 1000);
  } catch {
    // not root: the file keeps the runner's owner, the same for both sides
  }
  for (const p of ['f.txt', 'dir/a.txt', 'dir/sub/b.txt', 'dir/sub', 'dir']) utimesSync(join(root, p), OLD, OLD);
}

/**
 * A tree on the host, listed: mode, owner, size, time (`<recent>` when it is the copy's own), path,
 * and a symlink's target or a digest of a file's bytes.
 */
export function treeListing(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const p = rel === '' ? root : join(root, rel);
    const s = lstatSync(p);
    const time = Math.floor(s.mtimeMs / 1000) < RECENT ? String(Math.floor(s.mtimeMs / 1000)) : '<recent>';
    const what = s.isSymbolicLink() ? `-> ${readlinkSync(p)}` : s.isFile() ? createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 10) : '';
    if (rel !== '') out.push(`${(s.mode & 0o170777).toString(8)} ${s.uid}/${s.gid} ${s.isDirectory() ? 0 : s.size} ${s.isSymbolicLink() ? '' : time} ${rel} ${what}`);
    if (s.isDirectory()) for (const name of readdirSync(p).sort()) walk(rel === '' ? name : `${rel}/${name}`);
  };
  walk('');
  return out;
}
