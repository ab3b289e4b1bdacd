/**
 * The owner names in the tars the daemon makes of a container's files (`docker export`, `docker cp
 * CONTAINER:PATH -`): its archiver runs chrooted in the container, so Go's archive/tar looks the
 * ids up in the container's /etc/passwd and /etc/group (os/user), but for uid 0, which os/user
 * answers from the process's own user, root. Observed on 20.10.24: a gid 0 the container's
 * /etc/group does not name is root too; an id it does not name has no name. A commit's layer tar is
 * made outside the container: tar-write.ts names only root there.
 *
 * The files are read as os/user reads them (lookup_unix.go): lines trimmed, empty ones and `#`
 * comments skipped, the first line with the id in its third field, a name not starting with `+` or
 * `-`. A line of another shape, which the C library the engine may use instead reads its own way, is
 * not modelled.
 */
import { goTrimSpace } from '../go/strings.js';
import type { Digest, Node } from './changeset.js';

export interface OwnerNames {
  readonly user: (uid: number) => string;
  readonly group: (gid: number) => string;
}

/** What names the daemon gives outside any container: root for 0, none for the others (the engine host's are no fact of the model). */
export const HOST_NAMES: OwnerNames = { user: (uid) => (uid === 0 ? 'root' : ''), group: (gid) => (gid === 0 ? 'root' : '') };

type Table = ReadonlyMap<number, string>;

/** id → name, first line first; a string: why the file cannot be read as the engine reads it. */
function table(text: string, fields: number, file: string): Table | string {
  const out = new Map<number, string>();
  for (const raw of text.split('\n')) {
    const line = goTrimSpace(raw);
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split(':');
    const [name = '', , id = ''] = f;
    if (f.length !== fields || !/^[0-9]{1,9}$/.test(id) || name === '' || /^[+-]/.test(name) || (fields === 7 && !/^[0-9]{1,9}$/.test(f[3] ?? ''))) {
      return `strata: owner names from a ${file} with a line of another shape (${JSON.stringify(line)}) are not modelled`;
    }
    if (!out.has(Number(id))) out.set(Number(id), name);
  }
  return out;
}

/**
 * The names the daemon's archiver gives in the container whose view `at` looks paths up in
 * (canonical relative paths, no symlink followed), or why the model cannot say.
 */
export function containerOwnerNames(at: (path: string) => Node | undefined, blob: (d: Digest) => Uint8Array): OwnerNames | string {
  const read = (path: string, fields: number): Table | string => {
    const n = at(path);
    if (n === undefined) return new Map();
    if (n.type !== 'file') return `strata: owner names from a /${path} that is not a regular file are not modelled`;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(blob(n.digest));
    if (text.includes('\uFFFD')) return `strata: owner names from a /${path} that is not UTF-8 are not modelled`;
    return table(text, fields, `/${path}`);
  };
  const etc = at('etc');
  if (etc !== undefined && etc.type !== 'dir') return 'strata: owner names under an /etc that is not a directory are not modelled';
  const users = read('etc/passwd', 7);
  if (typeof users === 'string') return users;
  const groups = read('etc/group', 4);
  if (typeof groups === 'string') return groups;
  return {
    user: (uid) => (uid === 0 ? 'root' : (users.get(uid) ?? '')),
    group: (gid) => groups.get(gid) ?? (gid === 0 ? 'root' : ''),
  };
}
