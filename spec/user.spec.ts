/**
 * The union filesystem as a process of any user sees it (docs/rules.md USER-3): whatever it is asked,
 * it changes only what the permission bits and owners let that user change, as an oracle written
 * from the rules of Linux's fs/namei.c reads them; what it refuses it does not half do; and what it
 * makes is the process's.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { type Change, type Digest, type Node, parentOf } from '../src/layer/changeset.js';
import { sha256 } from '../src/layer/digest.js';
import { walk } from '../src/layer/union.js';
import { Vfs } from '../src/layer/vfs.js';
import type { Cred } from '../src/sh/fs.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 200);

const DIRS = ['a', 'a/b', 'c'] as const;
const FILES = ['a/f', 'a/b/g', 'c/h', 'top'] as const;
/** every path an operation may name: the image's, and new ones */
const PATHS = [...DIRS, ...FILES, 'a/new', 'a/b/new', 'c/new', 'new'] as const;
const IDS = [0, 1, 2] as const;
const GIDS = [0, 10, 20] as const;

const EMPTY = sha256(new Uint8Array());
const dirMode = fc.constantFrom(0o755, 0o700, 0o711, 0o733, 0o555, 0o777, 0o1777, 0o2775, 0o770, 0o300, 0o0);
const fileMode = fc.constantFrom(0o644, 0o600, 0o666, 0o640, 0o000, 0o4777, 0o2775, 0o755);
const owner = fc.record({ uid: fc.constantFrom(...IDS), gid: fc.constantFrom(...GIDS) });
const own = (o: { uid: number; gid: number }): { uid?: number; gid?: number } => ({ ...(o.uid !== 0 ? { uid: o.uid } : {}), ...(o.gid !== 0 ? { gid: o.gid } : {}) });

/** An image layer of those directories and files, each with a mode and owners drawn. */
const layerArb: fc.Arbitrary<Map<string, Change>> = fc
  .tuple(fc.array(fc.tuple(dirMode, owner), { minLength: DIRS.length, maxLength: DIRS.length }), fc.array(fc.tuple(fileMode, owner), { minLength: FILES.length, maxLength: FILES.length }))
  .map(([dirs, files]) => {
    const m = new Map<string, Change>();
    DIRS.forEach((p, i) => m.set(p, { type: 'dir', mode: dirs[i]![0], mtime: 0, ...own(dirs[i]![1]) }));
    FILES.forEach((p, i) => m.set(p, { type: 'file', mode: files[i]![0], mtime: 0, size: 0, digest: EMPTY, ...own(files[i]![1]) }));
    return m;
  });

const credArb: fc.Arbitrary<Cred> = fc
  .record({ uid: fc.constantFrom(...IDS), gid: fc.constantFrom(...GIDS), more: fc.subarray([...GIDS]) })
  .map(({ uid, gid, more }) => ({ uid, gid, groups: [...new Set([gid, ...more])].sort((x, y) => x - y) }));

type Op =
  | { readonly op: 'write'; readonly path: string; readonly append: boolean }
  | { readonly op: 'mkdir' | 'unlink' | 'rmdir' | 'touch'; readonly path: string }
  | { readonly op: 'chmod'; readonly path: string; readonly mode: number }
  | { readonly op: 'rename'; readonly path: string; readonly to: string };

const path = fc.constantFrom(...PATHS);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('write' as const), path, append: fc.boolean() }),
  fc.record({ op: fc.constantFrom('mkdir' as const, 'unlink' as const, 'rmdir' as const, 'touch' as const), path }),
  fc.record({ op: fc.constant('chmod' as const), path, mode: fc.constantFrom(0o777, 0o600, 0o2755, 0o1777) }),
  fc.record({ op: fc.constant('rename' as const), path, to: path }),
);

// ---- the oracle: Linux's rules, read from the view before the operation ----

type View = ReadonlyMap<string, Node>;
const MAY_EXEC = 1;
const MAY_WRITE = 2;

function may(cred: Cred, n: Node, mask: number): boolean {
  if (cred.uid === 0) return n.type === 'dir' || (mask & MAY_EXEC) === 0 || (n.mode & 0o111) !== 0;
  const shift = (n.uid ?? 0) === cred.uid ? 6 : cred.groups.includes(n.gid ?? 0) || cred.gid === (n.gid ?? 0) ? 3 : 0;
  return ((n.mode >> shift) & mask) === mask;
}

const ROOT_DIR: Node = { type: 'dir', mode: 0o755, mtime: 0 };
const at = (v: View, p: string): Node | undefined => (p === '' ? ROOT_DIR : v.get(p));

/** Every directory a lookup of `p` passes through may be searched. */
function reachable(v: View, cred: Cred, p: string): boolean {
  for (let d = parentOf(p); ; d = parentOf(d)) {
    const n = at(v, d);
    if (n === undefined || n.type !== 'dir' || !may(cred, n, MAY_EXEC)) return false;
    if (d === '') return true;
  }
}

/** may_create / may_delete's checks of the directory, and the sticky bit for a victim. */
function mayChangeEntry(v: View, cred: Cred, p: string, victim?: Node): boolean {
  const dir = at(v, parentOf(p));
  if (dir === undefined || !may(cred, dir, MAY_WRITE | MAY_EXEC)) return false;
  if (victim === undefined || cred.uid === 0 || (dir.mode & 0o1000) === 0) return true;
  return (victim.uid ?? 0) === cred.uid || (dir.uid ?? 0) === cred.uid;
}

function allowed(v: View, cred: Cred, o: Op): boolean {
  const n = at(v, o.path);
  if (!reachable(v, cred, o.path)) return false;
  switch (o.op) {
    case 'write':
      return n === undefined ? mayChangeEntry(v, cred, o.path) : n.type === 'file' && may(cred, n, MAY_WRITE);
    case 'mkdir':
      return n === undefined && mayChangeEntry(v, cred, o.path);
    case 'unlink':
    case 'rmdir':
      return n !== undefined && mayChangeEntry(v, cred, o.path, n);
    case 'chmod':
      return n !== undefined && (cred.uid === 0 || (n.uid ?? 0) === cred.uid);
    case 'touch':
      return n !== undefined && (cred.uid === 0 || (n.uid ?? 0) === cred.uid || may(cred, n, MAY_WRITE));
    case 'rename': {
      const to = at(v, o.to);
      // vfs_rename of an entry onto itself does nothing, before any check
      if (n !== undefined && o.path === o.to) return true;
      if (n === undefined || !reachable(v, cred, o.to) || !mayChangeEntry(v, cred, o.path, n)) return false;
      if (!mayChangeEntry(v, cred, o.to, to)) return false;
      return n.type !== 'dir' || parentOf(o.path) === parentOf(o.to) || may(cred, n, MAY_WRITE);
    }
  }
}

function perform(fs: Vfs, o: Op): string | undefined {
  const p = `/${o.path}`;
  switch (o.op) {
    case 'write':
      return fs.writeFile(p, new TextEncoder().encode('x'), o.append);
    case 'mkdir':
      return fs.mkdir(p);
    case 'unlink':
      return fs.unlink(p);
    case 'rmdir':
      return fs.rmdir(p);
    case 'chmod':
      return fs.chmod(p, o.mode);
    case 'touch':
      return fs.touch(p);
    case 'rename':
      return fs.rename(p, `/${o.to}`);
  }
}

/** The view now (a copy of the RW layer: the union caches what a changeset holds, and this one changes). */
const viewOf = (rw: ReadonlyMap<string, Change>, lower: readonly ReadonlyMap<string, Change>[]): Map<string, Node> => new Map(walk([new Map(rw), ...lower]));

test.prop([layerArb, credArb, fc.array(opArb, { minLength: 1, maxLength: 8 })], { numRuns: RUNS })(
  '[USER-3] a process changes only what its user may: every change is one the permission bits and owners allow, a refused one changes nothing, and what it makes is its own',
  (layer, cred, ops) => {
    const rw = new Map<string, Change>();
    const fs = new Vfs(rw, [layer], 100, (_d: Digest) => new Uint8Array(), false, cred);
    for (const o of ops) {
      const before = viewOf(rw, [layer]);
      const e = perform(fs, o);
      const after = viewOf(rw, [layer]);
      const label = `${JSON.stringify(o)} as ${JSON.stringify(cred)}: ${e ?? 'done'}`;
      if (e !== undefined) {
        expect(after, label).toEqual(before);
        continue;
      }
      expect(allowed(before, cred, o), label).toBe(true);
      const made = o.op === 'write' || o.op === 'mkdir' ? (before.has(o.path) ? undefined : after.get(o.path)) : undefined;
      if (made !== undefined) {
        const dir = at(before, parentOf(o.path))!;
        const gid = (dir.mode & 0o2000) !== 0 ? (dir.gid ?? 0) : cred.gid;
        expect({ uid: made.uid ?? 0, gid: made.gid ?? 0 }, label).toEqual({ uid: cred.uid, gid });
      }
    }
  },
);
