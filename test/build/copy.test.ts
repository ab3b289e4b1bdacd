/**
 * COPY/ADD of the classic builder against Docker 20.10.24: every hash below is the one
 * `docker history --no-trunc` showed for the same context, every operation list what the step's
 * layer held (`docker save`, `tar tvf --numeric-owner --full-time` of its layer.tar), every text what
 * the build printed.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildContext, type BuildContext, memoryContext, type MemoryEntry } from '../../src/build/context.js';
import { copySources, type CopyOp, type CopyOptions, type HostNames, resolveCopy } from '../../src/build/copy.js';
import { type FsView, mapView } from '../../src/build/fs-view.js';
import { parseDockerfile } from '../../src/build/dockerfile.js';
import type { AddInstruction, CopyInstruction } from '../../src/build/instructions.js';
import type { Digest, Node } from '../../src/layer/changeset.js';
import { sha256 } from '../../src/layer/digest.js';
import { busyboxAvailable, loadBusybox } from '../../src/host/busybox.js';
import { writeFlatTar } from '../../src/layer/tar-write.js';
import { render } from '../../src/core/errors.js';

const T = 1700000000; // the context's files (touch -d @1700000000)
const BASE_TIME = 1795937854; // base:1's files: when the rootfs was made
const NOW = 1795939000; // the COPY step
const ROOTFS = '/tmp/h3eng/d/overlay2/0a99815b5a1ef6b0a44ee9656ab34cfb2e792a950622a6d602bdd0212ba9bb67/merged';
const text = new TextEncoder();

/** A filesystem view from a tree (directories implied 0755 at BASE_TIME). */
function tree(spec: Readonly<Record<string, Partial<Node> & { content?: string | Uint8Array }>>): FsView {
  const nodes = new Map<string, Node>();
  const blobs = new Map<Digest, Uint8Array>();
  for (const [path, s] of Object.entries(spec)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!nodes.has(p)) nodes.set(p, { type: 'dir', mode: 0o755, mtime: BASE_TIME });
    }
    const owner = { ...(s.uid ? { uid: s.uid } : {}), ...(s.gid ? { gid: s.gid } : {}) };
    if (s.content !== undefined) {
      const data = typeof s.content === 'string' ? text.encode(s.content) : s.content;
      const digest = sha256(data);
      blobs.set(digest, data);
      nodes.set(path, { type: 'file', mode: s.mode ?? 0o644, mtime: s.mtime ?? BASE_TIME, ...owner, size: data.length, digest });
    } else if (s.type === 'symlink') nodes.set(path, { type: 'symlink', mode: 0o777, mtime: BASE_TIME, target: s.target ?? '' });
    else nodes.set(path, { type: 'dir', mode: s.mode ?? 0o755, mtime: s.mtime ?? BASE_TIME, ...owner });
  }
  return mapView(nodes, blobs);
}

const APPLETS = ['sh', 'ls', 'cat', 'echo', 'rm', 'mkdir', 'sleep', 'touch', 'true', 'false'];

/** base:1 (busybox, its applet links, a root-only /etc/passwd and /etc/group); busybox's bytes when asked. */
function base(busybox: Uint8Array = text.encode('busybox'), extra: Record<string, Partial<Node> & { content?: string }> = {}): FsView {
  const links = Object.fromEntries(APPLETS.map((a) => [`bin/${a}`, { type: 'symlink' as const, target: 'busybox' }]));
  return tree({
    bin: {},
    'bin/busybox': { content: busybox, mode: 0o755 },
    ...links,
    etc: {},
    'etc/passwd': { content: 'root:x:0:0:root:/root:/bin/sh\n' },
    'etc/group': { content: 'root:x:0:\n' },
    ...extra,
  });
}

function context(files: Readonly<Record<string, MemoryEntry>>, dockerfile = 'FROM base:1\n'): BuildContext {
  const r = buildContext(memoryContext('/tmp/h3w/c4', { Dockerfile: dockerfile, ...files }, T), { now: NOW - 5 });
  if (!r.ok) throw new Error(render(r.error));
  return r.value;
}

/** The COPY/ADD of a one-stage Dockerfile, parsed as the builder does. */
function instruction(line: string): CopyInstruction | AddInstruction {
  const parsed = parseDockerfile(`FROM base:1\n${line}\n`);
  if (!parsed.ok) throw new Error(render(parsed.error));
  const instr = parsed.stages[0]?.instructions[0];
  if (instr?.kind !== 'copy' && instr?.kind !== 'add') throw new Error(`not COPY/ADD: ${line}`);
  return instr;
}

const OPTS: CopyOptions = { workingDir: '/', now: NOW, rootfs: ROOTFS };

function run(line: string, ctx: BuildContext | undefined, view: FsView = base(), opts: Partial<CopyOptions> = {}): { hash: string; ops: CopyOp[] } {
  const r = resolveCopy(instruction(line), ctx, view, { ...OPTS, ...opts });
  if (!r.ok) throw new Error(render(r.error));
  return r;
}

function refusal(line: string, ctx: BuildContext | undefined, view: FsView = base(), opts: Partial<CopyOptions> = {}): string {
  const r = resolveCopy(instruction(line), ctx, view, { ...OPTS, ...opts });
  if (r.ok) throw new Error(`expected "${line}" to fail`);
  return render(r.error);
}

/** An operation as `tar tv` shows it: path, mode, owner, mtime, and the file's text or link target. */
const show = (ops: readonly CopyOp[]): string[] =>
  ops.map(({ path, node, replace }) => {
    const what = node.type === 'file' ? JSON.stringify(new TextDecoder().decode(node.content)) : node.type === 'symlink' ? `-> ${node.target}` : 'dir';
    return `${path} ${node.mode.toString(8)} ${node.uid ?? 0}/${node.gid ?? 0} ${node.mtime} ${what}${replace ? ' (replace)' : ''}`;
  });

// The context of most observations: hello.txt, dir (0700) with a and sub/b, dlink -> dir, flink -> hello.txt.
const C4: Record<string, MemoryEntry> = {
  'hello.txt': 'hello\n',
  dir: { dir: true, mode: 0o700 },
  'dir/a': 'a\n',
  'dir/sub': { dir: true },
  'dir/sub/b': 'bb\n',
  dlink: { symlink: 'dir' },
  flink: { symlink: 'hello.txt' },
};
const HELLO = 'file:7d1b8e6c9123955c22ae5efea6309bc3436ed116b03932f650caae30c06ab651';
const DIR = 'dir:a0bc74e5f9263f693009056a842767c8b77bbc80c5717d822379318b8a408c33';
const DIR_CONTENTS = ['a 644 0/0 1700000000 "a\\n"', 'sub 755 0/0 1700000000 dir', 'sub/b 644 0/0 1700000000 "bb\\n"'];
const under = (dir: string, lines: readonly string[]): string[] => lines.map((l) => `${dir}/${l}`);

describe('source hashes (docker history --no-trunc)', () => {
  it('one file: its tarsum; a touch does not change it (observed twice)', () => {
    expect(run('COPY hello.txt /x', context(C4)).hash).toBe(HELLO);
    expect(run('COPY hello.txt /x', context({ ...C4, 'hello.txt': { file: 'hello\n', mtime: NOW } })).hash).toBe(HELLO);
  });

  it('a directory with nested files, a symlink and a dangling symlink', () => {
    const c3 = context({ dir: { dir: true, mtime: T + 3 }, 'dir/a': { file: 'a\n', mode: 0o600, mtime: T + 2 }, 'dir/sub': { dir: true, mode: 0o750, mtime: T + 3 }, 'dir/sub/b': { file: 'bb\n', mtime: T + 2 }, 'dir/link': { symlink: 'a', mtime: T + 1 }, 'dir/broken': { symlink: '../nowhere', mtime: T + 1 }, 'hello.txt': 'hello\n' });
    const r = run('COPY dir /d', c3);
    expect(r.hash).toBe('dir:8fbfb9ef77b5d7cca5d8c6ba63ae8e739e73a55c4ebba751a60530e558150083');
    expect(show(r.ops)).toEqual([
      `d 755 0/0 ${NOW} dir`,
      'd/a 600 0/0 1700000002 "a\\n"',
      'd/broken 777 0/0 1700000001 -> ../nowhere',
      'd/link 777 0/0 1700000001 -> a',
      'd/sub 750 0/0 1700000003 dir',
      'd/sub/b 644 0/0 1700000002 "bb\\n"',
    ]);
    expect(run('COPY hello.txt dir /m/', c3).hash).toBe('multi:cdb854d88e5cee07365643bf059cfd068846046cf0947efc67449d731d0d8a9a');
  });

  it("the directory's own mode is in its hash (0700), not in the copy (0755)", () => {
    const r = run('COPY dir /d', context(C4));
    expect(r.hash).toBe(DIR);
    expect(show(r.ops)).toEqual([`d 755 0/0 ${NOW} dir`, ...under('d', DIR_CONTENTS)]);
  });

  it('symlinked sources hash as their targets; wildcards in walk order', () => {
    expect(run('COPY dlink /dl', context(C4)).hash).toBe(DIR);
    expect(run('COPY di[r] /d', context(C4)).hash).toBe(DIR);
    expect(run('COPY h*.txt /d', context(C4)).hash).toBe(HELLO);
    const wc = run('COPY d* /wc/', context(C4)); // dir, then dlink
    expect(wc.hash).toBe('multi:103c8c51c9327e9bfa5d3548c967257e7366e22b68b1f2c2f022092c535649a1');
    expect(show(wc.ops)).toEqual([`wc 755 0/0 ${NOW} dir`, ...under('wc', DIR_CONTENTS)]);
  });

  it('hard links, a set-user-ID file, and a directory whose parents the tar left out', () => {
    const c11 = context({ '.dockerignore': 'ex\n!ex/in/k\n', a: { file: 'A\n', inode: '1' }, b: { file: 'A\n', inode: '1' }, su: { file: 's\n', mode: 0o4755 }, 'ex/in/k': 'k\n' });
    expect(run('COPY b /x', c11).hash).toBe('file:6b455142730e8027e5b8572179960b713894a79e85dd19720b5b7c51ae31d3db');
    expect(run('COPY su /su', c11).hash).toBe('file:cbe7b9260fba09f20816c6e3c638b84afdbaba52c66e50704dd75ae0642e45d8');
    expect(run('COPY a b /ab/', c11).hash).toBe('multi:73e9beeaaf730449b6a399dd069ceb3c0497bdfe6c92643e81d6c46204ff1761');
    const ex = run('COPY ex /e', c11);
    expect(ex.hash).toBe('dir:07fe90709aa2b78ec38c1f9730f822fecce0bcb988381cbc4d8ea0f4e234c858'); // "ex", "ex/in" and k's sum
    expect(show(ex.ops)).toEqual([`e 755 0/0 ${NOW} dir`, `e/in 755 0/0 ${NOW - 5} dir`, 'e/in/k 644 0/0 1700000000 "k\\n"']);
  });

  it('COPY --from hashes name owners as the daemon host does (observed: 1000 → cloudsdk, 65534 → nobody/nogroup)', () => {
    const host: HostNames = {
      user: (u) => ({ 0: 'root', 1000: 'cloudsdk', 65534: 'nobody' })[u] ?? '',
      group: (g) => ({ 0: 'root', 1000: 'cloudsdk', 65534: 'nogroup' })[g] ?? '',
    };
    const stage = base(undefined, {
      h1: { content: 'hello\n', uid: 1000, gid: 1000 },
      h2: { content: 'hello\n', uid: 65534, gid: 65534 },
      dd: { mtime: NOW },
      'dd/a': { content: 'a\n', mtime: T },
      'dd/sub': { mtime: T },
      'dd/sub/b': { content: 'bb\n', mtime: T },
    });
    const from = { from: stage, hostNames: host };
    expect(run('COPY --from=s /h1 /x1', undefined, base(), from).hash).toBe('file:7f20bb11aab544a8496073c9e0ae94a9c36bc8732c35dd6039f6d59859fe1db6');
    expect(run('COPY --from=s /h2 /x2', undefined, base(), from).hash).toBe('file:cddab108161e26ea8e2bdb72b4e652b76bc2f30eefe9863078719ba84b0c64d7');
    expect(run('COPY --from=s /dd /x3', undefined, base(), from).hash).toBe('dir:4209c51ad08d4cb0f0f76b7ed682eb01d05aa4c1235b09e1fd8b210b4568d04f');
    expect(run('COPY --from=s /etc/passwd /x4', undefined, base(), from).hash).toBe('file:70ab510c727ca021be4e2fb997f64f50d0bc4f15a8e1cc4009d588daea13d3be');
    const g = run('COPY --from=base:1 /etc/group /c6/g', undefined, base(), { from: base() });
    expect(g.hash).toBe('file:7bf8a5d0653005b03aa40f8f0bfdecd0f07e56d71fc4b090e9111e58097e5a46');
    expect(show(g.ops)).toEqual([`c6 755 0/0 ${NOW} dir`, `c6/g 644 0/0 ${BASE_TIME} "root:x:0:\\n"`]);
  });

  it.skipIf(!busyboxAvailable())('COPY --from=base:1 /bin and /bin/s* (symlinks hash as busybox)', () => {
    const img = base(loadBusybox());
    expect(run('COPY --from=base:1 /bin /b', undefined, img, { from: img }).hash).toBe('dir:6151b49e13c425719641a7cd0dd524fd2f9ff4158e3811b43a6652284d4781bf');
    const s = run('COPY --from=base:1 /bin/s* /b/', undefined, img, { from: img });
    expect(s.hash).toBe('multi:914c4ebedc22e03ca54c9eb6633932ed5455c8d0a1194198474a3e1acfa0f7ef');
    expect(s.ops.map((o) => `${o.path} ${o.node.mode.toString(8)} ${o.node.content?.length ?? 0}`)).toEqual(['b 755 0', 'b/sh 755 1982256', 'b/sleep 755 1982256']);
  });
});

describe('destinations (the layer of the step)', () => {
  it('into an existing directory: it takes the time of the step (COPY dir /etc/)', () => {
    expect(show(run('COPY dir /etc/', context(C4)).ops)).toEqual([`etc 755 0/0 ${NOW} dir`, ...under('etc', DIR_CONTENTS)]);
    expect(show(run('COPY hello.txt /etc', context(C4)).ops)).toEqual([`etc 755 0/0 ${NOW} dir`, 'etc/hello.txt 644 0/0 1700000000 "hello\\n"']);
  });

  it('relative to WORKDIR, with a trailing slash, and "." (a symlink source keeps its own name)', () => {
    const withW = base(undefined, { w: { mtime: NOW - 1 }, w2: { mtime: NOW - 1 } });
    expect(show(run('COPY hello.txt rel/', context(C4), withW, { workingDir: '/w' }).ops)).toEqual([
      `w 755 0/0 ${NOW} dir`,
      `w/rel 755 0/0 ${NOW} dir`,
      'w/rel/hello.txt 644 0/0 1700000000 "hello\\n"',
    ]);
    const flink = run('COPY flink .', context(C4), withW, { workingDir: '/w2' });
    expect(flink.hash).toBe(HELLO);
    expect(show(flink.ops)).toEqual([`w2 755 0/0 ${NOW} dir`, 'w2/flink 644 0/0 1700000000 "hello\\n"']);
  });

  it('over a file, and through a symlink of the image (COPY hello.txt /bin/sh writes bin/busybox)', () => {
    expect(show(run('COPY hello.txt /etc/passwd', context(C4)).ops)).toEqual([`etc 755 0/0 ${NOW} dir`, 'etc/passwd 644 0/0 1700000000 "hello\\n"']);
    expect(show(run('COPY hello.txt /bin/sh', context(C4)).ops)).toEqual([`bin 755 0/0 ${NOW} dir`, 'bin/busybox 644 0/0 1700000000 "hello\\n"']);
  });

  it('a directory into / (the root is never part of the layer), and /etc/../x/', () => {
    expect(show(run('COPY dir /', context(C4)).ops)).toEqual(DIR_CONTENTS);
    expect(show(run('COPY hello.txt /etc/../x/', context(C4)).ops)).toEqual([`x 755 0/0 ${NOW} dir`, 'x/hello.txt 644 0/0 1700000000 "hello\\n"']);
  });

  it('merges into an existing directory: its mode and time become the source\'s; a directory gives way to a file', () => {
    const img = base(undefined, { 't/sub': { mode: 0o700, mtime: 1500000000 }, 't/sub/old': { content: 'old\n', mtime: 1500000000 }, 'u/sub/z': { content: 'z\n' } });
    const ctx = context({ s1: { dir: true, mtime: 1600000000 }, 's1/sub': { dir: true, mode: 0o750, mtime: 1600000000 }, 's1/sub/x': { file: 'x\n', mtime: 1600000000 }, s2: { dir: true, mtime: 1600000000 }, 's2/sub': { file: 'y\n', mtime: 1600000000 } });
    expect(show(run('COPY s1 /t', ctx, img).ops)).toEqual(['t/sub 750 0/0 1600000000 dir', 't/sub/x 644 0/0 1600000000 "x\\n"']);
    expect(show(run('COPY s2 /u', ctx, img).ops)).toEqual([`u 755 0/0 ${NOW} dir`, 'u/sub 644 0/0 1600000000 "y\\n"']);
  });

  it('replaces a directory it removed and then makes again', () => {
    const img = base(undefined, { 'd/x/old': { content: 'old\n' } });
    const ctx = context({ 'a/x': 'file\n', 'b/x/new': 'new\n' });
    expect(show(run('COPY a b /d/', ctx, img).ops)).toEqual([`d 755 0/0 ${NOW} dir`, `d/x 755 0/0 ${T} dir (replace)`, 'd/x/new 644 0/0 1700000000 "new\\n"']);
  });
});

describe('ownership and modes', () => {
  it('--chown on a file: the parents it makes are the new owner\'s too', () => {
    expect(show(run('COPY --chown=1000:1001 hello.txt /new/deep/file', context(C4)).ops)).toEqual([
      `new 755 1000/1001 ${NOW} dir`,
      `new/deep 755 1000/1001 ${NOW} dir`,
      'new/deep/file 644 1000/1001 1700000000 "hello\\n"',
    ]);
  });

  it("--chown on a directory: the destination's parents stay root's", () => {
    expect(show(run('COPY --chown=1000:1001 dir /new2/deep/', context(C4)).ops)).toEqual([
      `new2 755 0/0 ${NOW} dir`,
      `new2/deep 755 1000/1001 ${NOW} dir`,
      'new2/deep/a 644 1000/1001 1700000000 "a\\n"',
      'new2/deep/sub 755 1000/1001 1700000000 dir',
      'new2/deep/sub/b 644 1000/1001 1700000000 "bb\\n"',
    ]);
  });

  it('names through the image\'s /etc/passwd and /etc/group (trimmed lines, first match, bad numbers read 0)', () => {
    const img = base(undefined, {
      'etc/passwd': { content: 'root:x:0:0:root:/root:/bin/sh\n  alice:x:1001:1002::/:/bin/sh  \nbob:x:abc:7\nalice:x:1111:1111::/:/bin/sh\n' },
      'etc/group': { content: 'root:x:0:\nstaff:x:50:\n staff2:x:51:\nalice:x:60:\n' },
    });
    const f = context({ f: 'hi\n' });
    const owner = (line: string): string => show(run(line, f, img).ops).at(-1)!.split(' ')[2]!;
    expect(owner('COPY --chown=alice f /c1')).toBe('1001/60');
    expect(owner('COPY --chown=alice:staff f /c2')).toBe('1001/50');
    expect(owner('COPY --chown=1001:staff2 f /c3')).toBe('1001/51');
    expect(owner('COPY --chown=bob:+7 f /c4')).toBe('0/7');
    expect(show(run('COPY --chown=alice f /c5/deep/', f, img).ops).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(['c5 755 1001/60', 'c5/deep 755 1001/60', 'c5/deep/f 644 1001/60']);
  });

  it('a chown drops set-user-ID, and set-group-ID with group execute; COPY --from keeps both', () => {
    const modes = { f4755: 0o4755, f2755: 0o2755, f2745: 0o2745, f6711: 0o6711, f1755: 0o1755 };
    const ctx = context({ ...Object.fromEntries(Object.entries(modes).map(([n, mode]) => [`d/${n}`, { file: `${n}\n`, mode }])), 'd/sg': { dir: true, mode: 0o2755 } });
    const got = run('COPY d /d', ctx).ops.map((o) => `${o.path} ${o.node.mode.toString(8)}`);
    expect(got).toEqual(['d 755', 'd/f1755 1755', 'd/f2745 2745', 'd/f2755 755', 'd/f4755 755', 'd/f6711 711', 'd/sg 2755']);
    const stage = base(undefined, { 'd/su': { content: 'x', mode: 0o4755, uid: 5, gid: 6 } });
    expect(show(run('COPY --from=0 /d/su /su', undefined, base(), { from: stage }).ops)).toEqual([`su 4755 5/6 ${BASE_TIME} "x"`]);
  });
});

describe('ADD', () => {
  const fixture = (b64: string): Uint8Array => new Uint8Array(gunzipSync(Buffer.from(b64, 'base64')));
  // GNU tar of ./, ./sd/ (0700), ./sd/g, ./f — all at 1600000000
  const A_TAR = fixture(
    'H4sIAAAAAAACA+3VTQrCMBBA4Vl7ipwg/3HOI4guC20Fvb2luKpYcZFA6/s2CUl2jyHWSXV+oqXM62S5zvuQNGoOr3NVn8QUaeA2jKfeGOm7blx79+1+o6wbzq5F//fun/sHH1Xp36z/tX7/Y84r/eOyfy5RjKd/dY+D4I9Zd2ny//84/z4n5r+FO/MPAAAAAAAAAAAAALvwBER5w1kAKAAA',
  );
  const A_TGZ = fixture(
    'H4sIAAAAAAACA5Pv5mAAA+a3V3y5DhkItD2MrO66c2Cmyds57gKxYr+Yv35zK1woJiKeqbnvfJoC5xmHH89UnmZeW1Ky/mb12UURTy9Otj13d+vEBdxn1JLtZXYJLMm+/fDy7vzv0qZvr81jyH7V//uRbd7Cb5Xv5n9av/6n+VYR1StH1SfvP1//73/xSzn79/WXT2V9+y+k96aeAQHM3nOppvbmMGgwMAAA1A37EaIAAAA=',
  );
  // python tarfile (PAX): o/ (5:6 0711), o/f (1000:1001 04755), o/s -> f, ../esc, deep/er/x (0600), o/.wh.gone
  const OWN3 = fixture(
    'H4sIAAAAAAACA+3WTQ6CMBAF4Fl7Ck5A/6ad8xgtugIDGjy+iDUBdGVCXfC+zZB0weLlTdsoWp0eiDHj1NqnGdIckbHOMbM8v4czy5YKTxncuuu+HX5J29SoKkf+LH7M3YjXaZpJ/kzGGWe1FX7lzy5QoZH/+vn39Y5gsxrVZdn/gTn13dG787P9P++/D0yFrdD/tZWlit0hZ/56Ob/t/yDY/1kM4WP/b9gxxouKrbqv3f/P3k/6bxf9FxaD/udwR/s3/v4r+3N5aur4z/t/+f4TH3D/AwAAAAAAAAAAAAD87AH+iCgIACgAAA==',
  );
  const archives = context({ 'a.tar': { file: A_TAR }, 'a.tgz': { file: A_TGZ }, 'own3.tar': { file: OWN3 }, 'p.gz': 'plain\n', 'empty.tar': { file: new Uint8Array(1024) }, 'a.tbz': { file: text.encode('BZh91AY&SY') } });
  const SRC = ['f 644 0/0 1600000000 "x\\n"', 'sd 700 0/0 1600000000 dir', 'sd/g 644 0/0 1600000000 "y\\n"'];

  it('extracts a tar into the destination, made 0755 (the ./ entry is skipped)', () => {
    const r = run('ADD a.tar /t', archives);
    expect(r.hash).toBe('file:9e3ca48c99aa3b783ead83940bd79552cb9edcfa78367e4a5e5cafb1506c22cd');
    expect(show(r.ops)).toEqual([`t 755 0/0 ${NOW} dir`, ...under('t', SRC)]);
    expect(show(run('COPY a.tar /t', archives).ops)).toEqual([`t 644 0/0 ${T} ${JSON.stringify(new TextDecoder().decode(A_TAR))}`]);
  });

  it('extracts a gzipped tar; a destination ending in / is not joined with the name', () => {
    const r = run('ADD a.tgz /etc/', archives);
    expect(r.hash).toBe('file:bde578afeb57ee8ad0377af7f10c452416026a9fe2cc5c20b0a39cff5a715bf4');
    expect(show(r.ops)).toEqual([`etc 755 0/0 ${NOW} dir`, ...under('etc', SRC)]);
  });

  it("keeps the archive's owners and set-id bits; --chown does not apply; names are cleaned into the destination", () => {
    const r = run('ADD --chown=7:8 own3.tar /o3/', archives);
    expect(r.hash).toBe('file:829bb198a9a6a231bd1b80eb661b223b8af347b03cbd3dbf27334d74706054a8');
    expect(show(r.ops)).toEqual([
      `o3 755 0/0 ${NOW} dir`,
      `o3/deep 755 0/0 ${NOW} dir`,
      `o3/deep/er 755 0/0 ${NOW} dir`,
      'o3/deep/er/x 600 0/0 1500000000 "x\\n"',
      'o3/esc 644 0/0 1500000000 "esc\\n"',
      'o3/o 711 5/6 1400000000 dir',
      'o3/o/.wh.gone 644 0/0 1500000000 ""',
      'o3/o/f 4755 1000/1001 1500000000 "own\\n"',
      'o3/o/s 777 3/4 1500000000 -> f',
    ]);
  });

  /** A tar of these entries, in this order (Go's header conventions), all at 1500000000. */
  function tarOf(entries: readonly [string, 'dir' | 'symlink' | string, number?][]): Uint8Array {
    const blobs = new Map<Digest, Uint8Array>();
    const nodes = entries.map(([path, what, mode]): [string, Node] => {
      const mtime = 1500000000;
      if (what === 'dir') return [path, { type: 'dir', mode: mode ?? 0o755, mtime }];
      if (what.startsWith('->')) return [path, { type: 'symlink', mode: 0o777, mtime, target: what.slice(2) }];
      const data = text.encode(what);
      const digest = sha256(data);
      blobs.set(digest, data);
      return [path, { type: 'file', mode: mode ?? 0o644, mtime, size: data.length, digest }];
    });
    return writeFlatTar(nodes, (d) => blobs.get(d)!);
  }

  it('writes through symlinks the archive made, inside the destination (observed layer of ADD t.tar /)', () => {
    const t = tarOf([['sub', 'dir', 0o700], ['l', '->sub'], ['l/x', 'x'], ['abs', '->/etc'], ['abs/y', 'yy'], ['etc/new', 'new'], ['a/b/c', 'c'], ['a', 'dir', 0o750], ['bin', 'dir', 0o700]]);
    const ctx = context({ 't.tar': { file: t } });
    expect(show(run('ADD t.tar /', ctx).ops)).toEqual([
      'a 750 0/0 1500000000 dir',
      `a/b 755 0/0 ${NOW} dir`,
      'a/b/c 644 0/0 1500000000 "c"',
      'abs 777 0/0 1500000000 -> /etc',
      'bin 700 0/0 1500000000 dir',
      `etc 755 0/0 ${NOW} dir`,
      'etc/new 644 0/0 1500000000 "new"',
      'etc/y 644 0/0 1500000000 "yy"',
      'l 777 0/0 1500000000 -> sub',
      'sub 700 0/0 1500000000 dir',
      'sub/x 644 0/0 1500000000 "x"',
    ]);
    // in /opt/ the chroot has no /etc: the symlink dangles (observed text)
    expect(refusal('ADD t.tar /opt/', ctx)).toBe('failed to copy files: Error processing tar file(exit status 1): open /abs/y: no such file or directory');
  });

  it('an entry "/" changes no layer entry; "../../up" lands in the destination; a file replaces /bin (observed layer)', () => {
    const t = tarOf([['abs', '->/etc'], ['abs/y', 'yy'], ['../../up', 'u'], ['', 'dir', 0o700], ['bin', 'now a file']]);
    expect(show(run('ADD t.tar /', context({ 't.tar': { file: t } })).ops)).toEqual([
      'abs 777 0/0 1500000000 -> /etc',
      'bin 644 0/0 1500000000 "now a file"',
      `etc 755 0/0 ${NOW} dir`,
      'etc/y 644 0/0 1500000000 "yy"',
      'up 644 0/0 1500000000 "u"',
    ]);
  });

  it('an entry below a file or a dangling symlink of the archive (observed texts)', () => {
    const ctx = context({ 'f.tar': { file: tarOf([['f', 'f'], ['f/x', 'x']]) }, 'd.tar': { file: tarOf([['q/r', 'dir'], ['dl', '->nowhere'], ['dl/z', 'dir']]) } });
    expect(refusal('ADD f.tar /f/', ctx)).toBe('failed to copy files: Error processing tar file(exit status 1): open /f/x: not a directory');
    expect(refusal('ADD d.tar /d/', ctx)).toBe('failed to copy files: Error processing tar file(exit status 1): mkdir /dl/z: no such file or directory');
  });

  it('copies what is not an archive: a text named .gz, an empty tar', () => {
    expect(run('ADD p.gz /p', archives).hash).toBe('file:7e4f35cc861fe5a566b35064a27cfe94bacda2ce9331b0f2243452f777cde574');
    const e = run('ADD empty.tar /e', archives);
    expect(e.hash).toBe('file:f5ef03fcddc85b9f6947324b1b695be63603af3db12a2d9d373f5cd424d1431c');
    expect(e.ops.map((o) => `${o.path} ${o.node.type} ${o.node.content?.length}`)).toEqual(['e file 1024']);
  });

  it('texts: several sources to a non-directory, a tar onto a file, a URL, bzip2', () => {
    expect(refusal('ADD a.tar a.tgz /m', archives)).toBe('When using ADD with more than one source file, the destination must be a directory and end with a /');
    expect(refusal('ADD a.tar /etc/passwd', archives)).toBe(
      `failed to copy files: Error processing tar file(exit status 1): Error setting up pivot dir: mkdir ${ROOTFS}/etc/passwd/.pivot_root000000000: not a directory`,
    );
    expect(refusal('ADD http://example.com/x /x', archives)).toBe('ADD failed: strata does not model remote sources: ADD of http://example.com/x needs the network');
    expect(refusal('ADD a.tbz /u/', archives)).toBe('strata does not model bzip2- or xz-compressed files as sources of ADD: a.tbz');
  });
});

describe('texts of the engine', () => {
  it.each([
    ['COPY nope /x', 'COPY failed: file not found in build context or excluded by .dockerignore: stat nope: file does not exist'],
    ['COPY hello.txt dir /x', 'When using COPY with more than one source file, the destination must be a directory and end with a /'],
    ['COPY nope* /x/', 'COPY failed: no source files were specified'],
    ['COPY http://example.com/x /x', "COPY failed: source can't be a URL for COPY"],
    ['COPY ../hello.txt /x', 'COPY failed: forbidden path outside the build context: ../hello.txt ()'],
    ['COPY dir/../../hello.txt /x', 'COPY failed: forbidden path outside the build context: dir/../../hello.txt ()'],
    ['COPY hello.txt/x /x', 'COPY failed: forbidden path outside the build context: hello.txt/x ()'],
    ['COPY --chown=bob hello.txt /x', 'unable to convert uid/gid chown string to host mapping: can\'t find uid for user bob: no such user: bob'],
    ['COPY --chown=1:2:3 hello.txt /x', 'unable to convert uid/gid chown string to host mapping: invalid chown string format: 1:2:3'],
    ['COPY --chown=root:nogroup hello.txt /x', "unable to convert uid/gid chown string to host mapping: can't find gid for group nogroup: no such group: nogroup"],
    ['COPY hello.txt /etc/passwd/', `failed to copy files: failed to create new directory: mkdir ${ROOTFS}/etc/passwd: not a directory`],
    ['COPY hello.txt /etc/passwd/x', `failed to copy files: lstat ${ROOTFS}/etc/passwd/x: not a directory`],
    ['COPY dir /etc/passwd', `failed to copy files: failed to copy directory: mkdir ${ROOTFS}/etc/passwd: not a directory`],
    ['COPY hello.txt /../x', `failed to copy files: evalSymlinksInScope: ${ROOTFS.replace(/\/merged$/, '')}/x is not in ${ROOTFS}`],
  ])('%s', (line, message) => {
    expect(refusal(line, context(C4))).toBe(message);
  });

  it('a missing /etc/passwd is read only for a user name (observed: 0:root works)', () => {
    const nopasswd = base(undefined, {});
    const view: FsView = { ...nopasswd, node: (p) => (p === 'etc/passwd' ? undefined : nopasswd.node(p)), list: (d) => nopasswd.list(d).filter((n) => d !== 'etc' || n !== 'passwd') };
    expect(refusal('COPY --chown=bob hello.txt /x', context(C4), view)).toBe(
      `unable to convert uid/gid chown string to host mapping: can't find uid for user bob: open ${ROOTFS}/etc/passwd: no such file or directory`,
    );
    expect(run('COPY --chown=0:root hello.txt /x', context(C4), view).hash).toBe(HELLO);
  });

  it('COPY --from: a missing source is not "in build context"', () => {
    expect(refusal('COPY --from=base:1 /nope /x', undefined, base(), { from: base() })).toBe('COPY failed: stat nope: file does not exist');
    expect(refusal('COPY --from=base:1 ../etc/group /g', undefined, base(), { from: base() })).toBe('COPY failed: forbidden path outside the build context: ../etc/group ()');
  });

  it('an excluded Dockerfile is gone from the context (observed)', () => {
    const ctx = context({ '.dockerignore': 'Dockerfile\n' }, 'FROM base:1\nCOPY Dockerfile /d\n');
    expect(refusal('COPY Dockerfile /d', ctx)).toBe('COPY failed: file not found in build context or excluded by .dockerignore: stat Dockerfile: file does not exist');
  });

  it('hard links inside a copied directory are not modelled', () => {
    const ctx = context({ 'd/a': { file: 'A', inode: '9' }, 'd/b': { file: 'A', inode: '9' } });
    expect(refusal('COPY d /d', ctx)).toBe('strata does not model hard links: copying d would link d/b to d/a');
  });

  it('gives the hash before the copy runs (the cache is probed first)', () => {
    const plan = copySources(instruction('COPY --chown=bob hello.txt /x'), context(C4), OPTS);
    expect(plan.ok && plan.plan.hash).toBe(HELLO);
  });
});
