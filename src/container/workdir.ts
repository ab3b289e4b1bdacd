/**
 * container.SetupWorkingDirectory, which the daemon runs on its mount of the container's filesystem
 * at every create and every start (daemon/create_unix.go, and the spec's WithCommonOptions): the
 * working directory, its symlinks followed in the container's scope, is made with its parents
 * (MkdirAll, root's) when missing. Observed: with --read-only too (diff shows it); a start after the
 * program removed it makes it again; a dangling symlink makes its target.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { goClean } from '../go/path.js';
import { recordFs, vfsOf } from './runtime.js';
import { followInScope, lstatIn, stackOf } from './scope.js';

/** Make the container's working directory where it resolves; the daemon's error when it cannot. */
export function setupWorkingDirectory(w: Work, id: string): DockerError | undefined {
  const c = table.get(w.state.containers, id)!;
  const dir = c.config.WorkingDir;
  if (dir === '') return undefined;
  const stack = stackOf(w.state, c);
  const resolved = followInScope(c, stack, dir);
  if (typeof resolved !== 'string') return resolved;
  const vfs = vfsOf(w, c, 'daemon');
  let made = false;
  let rel = '';
  for (const part of resolved.split('/').filter((p) => p !== '')) {
    rel = rel === '' ? part : `${rel}/${part}`;
    // resolved: no symlink on the way, and every existing ancestor a directory (else the lstat failed)
    const st = made ? 'ENOENT' : lstatIn(stack, rel);
    if (st === 'ENOENT') {
      vfs.mkdir(`/${rel}`);
      made = true;
    } else if (typeof st === 'string' || st.type !== 'dir') {
      // MkdirAll failed on an existing file: the daemon names the directory as configured
      return { code: 'workdir_not_dir', dir: goClean(dir) };
    }
  }
  if (made) recordFs(w, id, vfs);
  return undefined;
}
