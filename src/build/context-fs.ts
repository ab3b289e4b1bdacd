/**
 * The one I/O step of the build context: read a context directory from disk the way the docker
 * 20.10 client sees it (lstat, no symlink followed inside the context), before any .dockerignore
 * rule applies. The errors are the client's own for a context it cannot use (observed:
 * `docker build /nonexistent`, a file as context); unreadable entries are recorded, not refused,
 * because whether they matter depends on .dockerignore (see context.ts).
 */
import { type BigIntStats, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DockerError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { compareBytes } from '../go/strings.js';

interface EntryBase {
  /** Relative to the context root, slash-separated, no leading slash. */
  readonly path: string;
  /** Modification time, whole seconds (Go truncates to the second). */
  readonly mtime: number;
  /** Owner names the client looks up; only their length shows (a PAX record past 32 bytes). */
  readonly uname?: string;
  readonly gname?: string;
}

export type ContextEntry =
  | (EntryBase & {
      readonly type: 'dir';
      /** Permission, set-id and sticky bits. */
      readonly mode: number;
      /** The client could not list it (`can't stat '<dir>'`). */
      readonly unreadable?: true;
    })
  | (EntryBase & {
      readonly type: 'file';
      readonly mode: number;
      /** null: the client could not open it (`no permission to read from '<file>'`). */
      readonly content: Uint8Array | null;
      /** Files with more than one link share this key; the client sends the later ones as hard links. */
      readonly inode?: string;
    })
  | (EntryBase & { readonly type: 'symlink'; readonly target: string })
  /**
   * Named pipes and devices (the client would send them), sockets (it skips them), and names in a
   * directory it can list but not search (`can't stat '<path>'`).
   */
  | (EntryBase & { readonly type: 'special'; readonly kind: 'fifo' | 'device' | 'socket' | 'unstatable' });

export interface ContextDir {
  /** The absolute context directory, symlinks evaluated: the client's texts name paths below it. */
  readonly root: string;
  /** Every entry below the root (the root itself excluded). */
  readonly entries: readonly ContextEntry[];
  /** `.dockerignore` as the client opens it (following a symlink); absent when there is none. */
  readonly dockerignore?: { readonly content: Uint8Array } | { readonly error: DockerError };
  /** The client cannot list the root itself. */
  readonly rootUnreadable?: true;
}

export type ReadContext = Result<ContextDir, DockerError>;

const errnoOf = (e: unknown): string => (e as { code?: string }).code ?? 'EIO';

const unprepared = (cause: DockerError): ReadContext => ({ ok: false, error: { code: 'prepare_context', cause } });

/**
 * Read `dir` as the client's context: `unable to prepare context: …` when it is missing or not a
 * directory, otherwise all entries below it.
 */
export function readContext(dir: string): ReadContext {
  try {
    statSync(dir); // isLocalDir: os.Stat, following symlinks
  } catch {
    return unprepared({ code: 'context_not_found', dir });
  }
  let root: string;
  try {
    root = realpathSync(resolve(dir));
  } catch (e) {
    return unprepared({ code: 'eval_symlinks', what: 'context path', cause: { code: 'path_error', op: 'lstat', path: resolve(dir), errno: errnoOf(e) } });
  }
  if (!lstatSync(root).isDirectory()) return unprepared({ code: 'context_not_directory', root });
  try {
    lstatSync(join(root, 'Dockerfile'));
  } catch (e) {
    // Without search permission on the root, the Dockerfile lookup is the first step to fail.
    if (errnoOf(e) === 'EACCES') {
      return unprepared({ code: 'eval_symlinks', what: 'Dockerfile path', cause: { code: 'path_error', op: 'lstat', path: join(root, 'Dockerfile'), errno: 'EACCES' } });
    }
  }
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (e) {
    if (errnoOf(e) !== 'EACCES') throw e;
    return { ok: true, value: { root, entries: [], rootUnreadable: true } };
  }
  const owners = new HostOwners();
  const entries: ContextEntry[] = [];
  walk(root, '', names, entries, owners);
  const dockerignore = readIgnoreFile(root);
  return { ok: true, value: { root, entries, ...(dockerignore === undefined ? {} : { dockerignore }) } };
}

function readIgnoreFile(root: string): ContextDir['dockerignore'] {
  const path = join(root, '.dockerignore');
  try {
    return { content: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT') return undefined;
    // os.Open of a directory succeeds; the scanner's first read fails
    if (code === 'EISDIR') return { error: { code: 'dockerignore_read', cause: { code: 'path_error', op: 'read', path, errno: 'EISDIR' } } };
    return { error: { code: 'path_error', op: 'open', path, errno: code } };
  }
}

function walk(root: string, rel: string, names: readonly string[], out: ContextEntry[], owners: HostOwners): void {
  for (const name of [...names].sort(compareBytes)) {
    const path = rel === '' ? name : `${rel}/${name}`;
    const abs = join(root, path);
    let st: BigIntStats;
    try {
      st = lstatSync(abs, { bigint: true });
    } catch (e) {
      if (errnoOf(e) !== 'EACCES') throw e;
      out.push({ path, mtime: 0, type: 'special', kind: 'unstatable' });
      continue;
    }
    const base = { path, mtime: seconds(st), ...owners.of(st) };
    const mode = Number(st.mode & 0o7777n);
    if (st.isDirectory()) {
      let children: string[] | undefined;
      try {
        children = readdirSync(abs);
      } catch (e) {
        if (errnoOf(e) !== 'EACCES') throw e;
      }
      out.push({ ...base, type: 'dir', mode, ...(children === undefined ? { unreadable: true as const } : {}) });
      if (children !== undefined) walk(root, path, children, out, owners);
    } else if (st.isFile()) {
      let content: Uint8Array | null = null;
      try {
        content = new Uint8Array(readFileSync(abs));
      } catch (e) {
        if (errnoOf(e) !== 'EACCES') throw e;
      }
      out.push({ ...base, type: 'file', mode, content, ...(st.nlink > 1n ? { inode: `${st.dev}:${st.ino}` } : {}) });
    } else if (st.isSymbolicLink()) {
      out.push({ ...base, type: 'symlink', target: readlinkSync(abs) });
    } else {
      out.push({ ...base, type: 'special', kind: st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'device' });
    }
  }
}

/** hdr.ModTime.Truncate(time.Second): whole seconds, rounded down. */
function seconds(st: BigIntStats): number {
  const ns = st.mtimeNs;
  const s = ns / 1_000_000_000n;
  return Number(ns < 0n && s * 1_000_000_000n !== ns ? s - 1n : s);
}

/** The host's user and group names, as Go's archive/tar looks them up for a header's Uname/Gname. */
class HostOwners {
  private users?: Map<bigint, string>;
  private groups?: Map<bigint, string>;

  of(st: BigIntStats): { uname?: string; gname?: string } {
    this.users ??= names('/etc/passwd');
    this.groups ??= names('/etc/group');
    const uname = this.users.get(st.uid);
    const gname = this.groups.get(st.gid);
    return { ...(uname === undefined ? {} : { uname }), ...(gname === undefined ? {} : { gname }) };
  }
}

function names(file: string): Map<bigint, string> {
  const map = new Map<bigint, string>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return map;
  }
  for (const line of text.split('\n')) {
    const [name, , id] = line.split(':');
    if (name !== undefined && id !== undefined && /^\d+$/.test(id) && !map.has(BigInt(id))) map.set(BigInt(id), name);
  }
  return map;
}
