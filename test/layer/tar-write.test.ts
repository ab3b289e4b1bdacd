import { fc, test } from '@fast-check/vitest';
import { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { WHITEOUT, type Change, type Changeset, type Digest, type Node } from '../../src/layer/changeset.js';
import { EMPTY_LAYER_DIFF_ID, sha256 } from '../../src/layer/digest.js';
import { readLayerTar, type LayerTar } from '../../src/layer/tar-read.js';
import { compareWalkOrder as comparePaths } from '../../src/go/path.js';
import { writeFlatTar, writeLayerTar } from '../../src/layer/tar-write.js';
import { COMMIT_OPAQUE_LAYER, COMMIT_RM_LAYER, COMMIT_SYMLINK_SETUID_LAYER, withMtimesZeroed } from './fixtures.js';
import { render } from '../../src/core/errors.js';

const enc = new TextEncoder();
const noBlobs = (d: Digest): Uint8Array => {
  throw new Error(`unexpected blob request ${d}`);
};
const ok = async (bytes: Uint8Array): Promise<LayerTar> => {
  const r = await readLayerTar(bytes);
  if ('code' in r) throw new Error(`${r.code}: ${render(r.error)}`);
  return r;
};
const sorted = (c: Changeset): [string, Change][] => [...c].sort(([a], [b]) => comparePaths(a, b));

/** What an independent reader (tar-stream's extract) sees in an archive. */
const listWithTarStream = async (bytes: Uint8Array) => {
  const seen: { name: string; type: string | null | undefined; mode: number | undefined; size: number | undefined; linkname: string | null | undefined; mtime: number | undefined; uid: number | undefined }[] = [];
  const ex = extract();
  Readable.from([Buffer.from(bytes)]).pipe(ex);
  for await (const entry of ex) {
    const h = entry.header;
    seen.push({ name: h.name, type: h.type, mode: h.mode, size: h.size, linkname: h.linkname, mtime: h.mtime ? h.mtime.getTime() / 1000 : undefined, uid: h.uid });
    entry.resume();
  }
  return seen;
};

describe('writeLayerTar', () => {
  it('writes an empty changeset as exactly 1024 zero bytes, the empty layer', () => {
    const tar = writeLayerTar(new Map(), noBlobs);
    expect(tar).toStrictEqual(new Uint8Array(1024));
    expect(sha256(tar)).toBe(EMPTY_LAYER_DIFF_ID);
  });

  it.each([
    ['a deletion (whiteout, mtime zeroed: strata keeps none)', COMMIT_RM_LAYER, [1]],
    ['an opaque directory', COMMIT_OPAQUE_LAYER, []],
    ['a symlink and setuid/setgid modes', COMMIT_SYMLINK_SETUID_LAYER, []],
  ])('rewrites a layer Docker 20.10.24 committed, %s, byte for byte', async (_what, layer, zeroMtime) => {
    const l = await ok(layer);
    const blob = (d: Digest): Uint8Array => l.blobs.get(d) ?? new Uint8Array(0);
    expect(writeLayerTar(l.changes, blob)).toStrictEqual(withMtimesZeroed(layer, zeroMtime));
  });

  it('orders entries as Go filepath.Walk does: each directory followed by its subtree', () => {
    const dir: Node = { type: 'dir', mode: 0o755, mtime: 0 };
    const changes = new Map<string, Change>([
      ['a-b', { type: 'symlink', mode: 0o777, mtime: 0, target: 'x' }],
      ['a/b', WHITEOUT],
      ['a', dir],
      ['a/.c', dir],
    ]);
    const names = new TextDecoder().decode(writeLayerTar(changes, noBlobs)).match(/[a-z.\-/]+(?=\0)/g);
    expect(names?.filter((n) => n.startsWith('a'))).toStrictEqual(['a/', 'a/.c/', 'a/.wh.b', 'a-b']);
  });

  it('writes the opaque marker right after its directory, before children that sort earlier', async () => {
    const changes = new Map<string, Change>([
      ['d', { type: 'dir', mode: 0o4750, mtime: 7, uid: 5, opaque: true }],
      ['d/-', { type: 'symlink', mode: 0o777, mtime: 0, target: 't' }],
    ]);
    const seen = await listWithTarStream(writeLayerTar(changes, noBlobs));
    expect(seen.map((e) => [e.name, e.mode, e.mtime, e.uid])).toStrictEqual([
      ['d/', 0o44750, 7, 5], // Go 1.8 type bits, as Docker writes them
      ['d/.wh..wh..opq', 0o750, 0, 5], // Docker: the directory's owner, mode & 0777, zero mtime
      ['d/-', 0o120777, 0, 0],
    ]);
  });

  it('uses a USTAR prefix when a long name splits, and a PAX header (Go naming) when not', async () => {
    const splits = `${'p'.repeat(120)}/${'n'.repeat(90)}`;
    const noSplit = `a/${'n'.repeat(120)}`;
    const changes = new Map<string, Change>([
      [splits, { type: 'symlink', mode: 0o777, mtime: 0, target: 't' }],
      [noSplit, { type: 'symlink', mode: 0o777, mtime: 0, target: 'é' }],
    ]);
    const tar = writeLayerTar(changes, noBlobs);
    const text = Buffer.from(tar).toString('latin1');
    // "a/…" sorts first: PAX header, its records, the main header (name cut to 100 bytes)
    expect(text.slice(0, 100)).toBe(`a/PaxHeaders.0/${'n'.repeat(85)}`); // exactly 100 bytes, no NUL
    expect(text.slice(156, 157)).toBe('x');
    // Go's records: keys sorted, "<len> key=value\n" with len in bytes counting itself ("é" is 2)
    const records = `15 linkpath=é\n132 path=${noSplit}\n`;
    expect(Buffer.from(tar.subarray(512, 512 + 147)).toString('utf8')).toBe(records);
    expect(text.slice(124, 136)).toBe(`${(147).toString(8).padStart(11, '0')}\0`);
    expect(text.slice(1024, 1124)).toBe(noSplit.slice(0, 100));
    // then "p…/n…": USTAR, name field "n…", prefix field "p…"
    expect(text.slice(1536, 1536 + 91)).toBe(`${'n'.repeat(90)}\0`);
    expect(text.slice(1536 + 345, 1536 + 466)).toBe(`${'p'.repeat(120)}\0`);
    const seen = await listWithTarStream(tar);
    expect(seen.map((e) => [e.name, e.linkname])).toStrictEqual([
      [noSplit, 'é'],
      [splits, 't'],
    ]);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 31 })])(
    'moves mtimes and ids that overflow their octal fields into PAX records',
    async (mtime, uid) => {
      const changes = new Map<string, Change>([['f', { type: 'dir', mode: 0o755, mtime, ...(uid !== 0 ? { uid, gid: uid } : {}) }]]);
      const l = await ok(writeLayerTar(changes, noBlobs));
      expect(l.changes).toStrictEqual(changes);
    },
  );
});

describe('writeFlatTar', () => {
  it('writes the entries in the order given, with file contents, and no layer markers', async () => {
    const content = enc.encode('hello');
    const digest = sha256(content);
    const entries: [string, Node][] = [
      ['z', { type: 'dir', mode: 0o755, mtime: 3, opaque: true }],
      ['z/f', { type: 'file', mode: 0o600, mtime: 4, size: 5, digest }],
      ['a', { type: 'symlink', mode: 0o777, mtime: 5, target: 'z/f' }],
    ];
    const tar = writeFlatTar(entries, (d) => (d === digest ? content : new Uint8Array(0)));
    const seen = await listWithTarStream(tar);
    expect(seen.map((e) => [e.name, e.type, e.size])).toStrictEqual([
      ['z/', 'directory', 0],
      ['z/f', 'file', 5],
      ['a', 'symlink', 0],
    ]);
    expect(writeFlatTar([], noBlobs)).toStrictEqual(new Uint8Array(1024));
  });
});

// ---- property: write then read gives the changeset back -------------------------------------

const component = fc
  .oneof(
    fc.constantFrom('bin', 'etc', 'a', 'a-b', 'a.b', '.hidden', 'é', 'файл', '日本'),
    fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '-', '.', '_', ' ', 'é', '😀'), minLength: 1, maxLength: 8 }),
    fc.string({ unit: fc.constantFrom('x', 'y'), minLength: 90, maxLength: 160 }),
  )
  .filter((s) => s !== '.' && s !== '..' && !s.startsWith('.wh.'));

const attrs = {
  mode: fc.integer({ min: 0, max: 0o7777 }),
  mtime: fc.oneof(fc.integer({ min: 0, max: 2 ** 33 - 1 }), fc.constant(0)),
  uid: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 70000 }), fc.constant(2 ** 21)),
  gid: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 70000 })),
};
const owned = <T extends object>(n: T, uid: number, gid: number) => ({ ...n, ...(uid !== 0 ? { uid } : {}), ...(gid !== 0 ? { gid } : {}) });

type Candidate = { path: string; kind: 'dir' | 'file' | 'symlink' | 'whiteout'; opaque: boolean; content: string; target: string } & {
  mode: number;
  mtime: number;
  uid: number;
  gid: number;
};

const candidate: fc.Arbitrary<Candidate> = fc.record({
  path: fc.array(component, { minLength: 1, maxLength: 3 }).map((cs) => cs.join('/')),
  kind: fc.constantFrom('dir', 'file', 'symlink', 'whiteout'),
  opaque: fc.boolean(),
  content: fc.string({ maxLength: 40 }),
  target: fc.oneof(fc.constantFrom('busybox', '/etc/passwd', '../../x'), fc.string({ minLength: 1, maxLength: 150 }).filter((t) => !t.includes('\0'))),
  ...attrs,
});

/** A valid changeset: every ancestor the changeset has is a directory. */
const changeset = fc.array(candidate, { maxLength: 25 }).map((cands) => {
  const changes = new Map<string, Change>();
  const blobs = new Map<Digest, Uint8Array>();
  for (const c of [...cands].sort((a, b) => comparePaths(a.path, b.path))) {
    if (changes.has(c.path)) continue;
    const parts = c.path.split('/');
    const blocked = parts.slice(0, -1).some((_, i) => {
      const anc = changes.get(parts.slice(0, i + 1).join('/'));
      return anc !== undefined && anc.type !== 'dir';
    });
    if (blocked) continue;
    const base = { mode: c.mode, mtime: c.mtime };
    if (c.kind === 'whiteout') changes.set(c.path, WHITEOUT);
    else if (c.kind === 'dir') changes.set(c.path, owned({ type: 'dir' as const, ...base, ...(c.opaque ? { opaque: true as const } : {}) }, c.uid, c.gid));
    else if (c.kind === 'symlink') changes.set(c.path, owned({ type: 'symlink' as const, mode: 0o777, mtime: c.mtime, target: c.target }, c.uid, c.gid));
    else {
      const bytes = enc.encode(c.content);
      const digest = sha256(bytes);
      blobs.set(digest, bytes);
      changes.set(c.path, owned({ type: 'file' as const, ...base, size: bytes.length, digest }, c.uid, c.gid));
    }
  }
  return { changes: changes as Changeset, blobs };
});

describe('round trip', () => {
  test.prop([changeset], { numRuns: 200 })('readLayerTar(writeLayerTar(c)) gives c back; the DiffID is the sha256 of the bytes', async ({ changes, blobs }) => {
    const blob = (d: Digest): Uint8Array => blobs.get(d) ?? new Uint8Array(0);
    const tar = writeLayerTar(changes, blob);
    expect(writeLayerTar(changes, blob)).toStrictEqual(tar);
    const l = await ok(tar);
    // Reading adds the parents a generated changeset may lack: 0755 directories, as the engine makes them.
    const expected = new Map(changes);
    for (const p of changes.keys()) {
      for (let d = p.slice(0, Math.max(0, p.lastIndexOf('/'))); d !== ''; d = d.slice(0, Math.max(0, d.lastIndexOf('/')))) {
        if (!expected.has(d)) expected.set(d, { type: 'dir', mode: 0o755, mtime: 0 });
      }
    }
    expect(sorted(l.changes)).toStrictEqual(sorted(expected));
    expect(l.diffId).toBe(sha256(tar));
    for (const c of changes.values()) if (c.type === 'file') expect(l.blobs.get(c.digest)).toStrictEqual(blobs.get(c.digest));
    expect(tar.length % 512).toBe(0);
    expect(tar.subarray(tar.length - 1024)).toStrictEqual(new Uint8Array(1024));
  });

  test.prop([changeset], { numRuns: 60 })('tar-stream reads the same names and link targets', async ({ changes, blobs }) => {
    const tar = writeLayerTar(changes, (d) => blobs.get(d) ?? new Uint8Array(0));
    const seen = await listWithTarStream(tar);
    const expected: string[] = [];
    for (const [p, c] of sorted(changes)) {
      if (c.type === 'whiteout') expected.push(p.includes('/') ? p.replace(/\/([^/]*)$/, '/.wh.$1') : `.wh.${p}`);
      else if (c.type === 'dir') expected.push(`${p}/`, ...(c.opaque ? [`${p}/.wh..wh..opq`] : []));
      else expected.push(p);
    }
    expect(seen.map((e) => e.name)).toStrictEqual(expected);
  });
});
