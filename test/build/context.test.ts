/**
 * The build context of the classic builder, against what Docker 20.10.24 (client and daemon) did
 * with the same directories (DOCKER_BUILDKIT=0, stdout redirected to a file and read with `od -c`).
 */
import { chmodSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContext, type BuildContext, memoryContext, type MemoryEntry } from '../../src/build/context.js';
import { type ContextDir, readContext } from '../../src/build/context-fs.js';
import { sendingContextLine } from '../../src/build/tarsum.js';
import { humanSize as humanSizeWithPrecision } from '../../src/core/time.js';
import { render } from '../../src/core/errors.js';
import { rendered } from '../support/rendered.js';

const humanSize = (bytes: number): string => humanSizeWithPrecision(bytes, 4);

const ROOT = '/tmp/h3w/c';
const NOW = 1795938000;

function build(tree: Readonly<Record<string, MemoryEntry>>, mtime = 1700000000): BuildContext {
  const r = buildContext(memoryContext(ROOT, tree, mtime), { now: NOW });
  if (!r.ok) throw new Error(render(r.error));
  return r.value;
}

function failure(dir: ContextDir): string {
  const r = buildContext(dir, { now: NOW });
  if (r.ok) throw new Error('expected the client to refuse the context');
  return render(r.error);
}

const DOCKERFILE = 'FROM base:1\n';

describe('Sending build context to Docker daemon', () => {
  it('prints the last progress update only, padded to 8 columns, then \\r\\r\\n (observed with od -c)', () => {
    const ctx = build({ Dockerfile: 'FROM base:1\nCOPY hello.txt /x\n', 'hello.txt': 'hello\n' });
    expect(ctx.size).toBe(3072); // two 512-byte headers, two padded contents, two zero blocks
    expect(ctx.sending).toBe('Sending build context to Docker daemon  3.072kB\r\r\n');
  });

  it('counts a 5 000 000-byte file as observed: 5.003MB', () => {
    const ctx = build({ Dockerfile: DOCKERFILE, big: { file: new Uint8Array(5_000_000) } });
    expect(ctx.size).toBe(5_002_752);
    expect(ctx.sending).toBe('Sending build context to Docker daemon  5.003MB\r\r\n');
  });

  it('adds a PAX header where USTAR cannot hold the entry (observed sizes)', () => {
    const a120 = 'a'.repeat(120);
    expect(build({ Dockerfile: DOCKERFILE }).size).toBe(2048);
    // "d" + 120 a's + "/": too long and nowhere to split
    expect(build({ Dockerfile: DOCKERFILE, [`d${a120}`]: { dir: true } }).size).toBe(3584);
    // and a 120-byte name inside it: the prefix fits, the name does not
    const both = build({ Dockerfile: DOCKERFILE, [`d${a120}`]: { dir: true }, [`d${a120}/${a120}`]: '' });
    expect(both.size).toBe(5120);
    expect(both.sending).toBe('Sending build context to Docker daemon   5.12kB\r\r\n');
    expect(build({ Dockerfile: DOCKERFILE, é: '' }).size).toBe(3584);
    expect(build({ Dockerfile: DOCKERFILE, sl: { symlink: 'b'.repeat(150) } }).size).toBe(3584);
    expect(build({ Dockerfile: DOCKERFILE, old: { file: '', mtime: -100 } }).size).toBe(3584);
    expect(build({ Dockerfile: DOCKERFILE, old: { file: '', mtime: 9000000000 } }).size).toBe(3584);
  });

  it('formats sizes as go-units HumanSize (%.4g, decimal units, ties to even)', () => {
    expect(humanSize(2048)).toBe('2.048kB');
    expect(humanSize(11776)).toBe('11.78kB');
    expect(humanSize(5120)).toBe('5.12kB');
    expect(humanSize(10625)).toBe('10.62kB'); // 10.625 exactly: Go rounds half to even
    expect(humanSize(999_960)).toBe('1000kB');
    expect(humanSize(1_000_000)).toBe('1MB');
    expect(humanSize(512)).toBe('512B');
    expect(sendingContextLine(102400)).toBe('Sending build context to Docker daemon  102.4kB\r\r\n');
  });

  it('sends a second link of an inode as a hard link (observed: 6.656kB for a, b = ln a, su, ex/in/k)', () => {
    const ctx = build({
      Dockerfile: 'FROM base:1\nCOPY b /x\nCOPY su /su\nCOPY ex /e\nCOPY a b /ab/\n',
      '.dockerignore': 'ex\n!ex/in/k\n',
      a: { file: 'A\n', inode: '1' },
      b: { file: 'A\n', inode: '1' },
      su: { file: 's\n', mode: 0o4755 },
      'ex/in/k': 'k\n',
    });
    expect(ctx.size).toBe(6656);
    expect(ctx.hardlinks.get('b')).toBe('a');
  });
});

describe('.dockerignore in the context', () => {
  // Observed with `COPY . /all/`: what the daemon kept (the layer's paths under all/).
  const tree: Record<string, MemoryEntry> = {
    Dockerfile: 'FROM base:1\nCOPY . /all/\n',
    '.dockerignore': '# comment\n  *.txt  \nDockerfile\n.dockerignore\n**/b\n!x/y/b/g\n/logs\n!logs/sub/l2\nkeep/*\n!keep/k2\n',
    'a.txt': 'a.txt\n',
    'b.md': 'b.md\n',
    'x/y/b/f': 'x/y/b/f\n',
    'x/y/b/g': 'x/y/b/g\n',
    'x/q': 'x/q\n',
    'keep/k1': 'keep/k1\n',
    'keep/k2': 'keep/k2\n',
    'logs/l1': 'logs/l1\n',
    'logs/sub/l2': 'logs/sub/l2\n',
    'sp ace': 'sp ace\n',
  };

  it('sends the Dockerfile and .dockerignore, then the daemon removes them (11.78kB sent)', () => {
    const ctx = build(tree);
    expect(ctx.sending).toBe('Sending build context to Docker daemon  11.78kB\r\r\n');
    expect([...ctx.nodes.keys()]).toEqual(['b.md', 'keep', 'keep/k2', 'logs', 'logs/sub', 'logs/sub/l2', 'sp ace', 'x', 'x/q', 'x/y', 'x/y/b', 'x/y/b/f', 'x/y/b/g']);
    expect(new TextDecoder().decode(ctx.dockerfile.content)).toBe('FROM base:1\nCOPY . /all/\n');
  });

  it('keeps x/y/b/f although **/b excludes x/y/b: 20.10 checks one parent prefix only', () => {
    expect(build(tree).nodes.has('x/y/b/f')).toBe(true);
  });

  it('creates the parents the tar left out 0755, at the time the daemon extracts it', () => {
    const ctx = build(tree);
    expect(ctx.nodes.get('logs')).toEqual({ type: 'dir', mode: 0o755, mtime: NOW });
    expect(ctx.nodes.get('x/y/b')).toEqual({ type: 'dir', mode: 0o755, mtime: NOW });
    expect(ctx.sums.has('logs')).toBe(false); // never sent: no tarsum
  });

  it('keeps .dockerignore when it does not exclude itself (COPY .dockerignore worked)', () => {
    const ctx = build({ Dockerfile: 'FROM base:1\nCOPY .dockerignore /d\n', '.dockerignore': 'a.txt\n', 'a.txt': '' });
    expect([...ctx.nodes.keys()]).toEqual(['.dockerignore', 'Dockerfile']);
  });

  it('drops a BOM and the \\r of CRLF lines (observed: a.txt and b.md excluded)', () => {
    const ctx = build({ Dockerfile: DOCKERFILE, '.dockerignore': { file: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a.txt\r\nb.md \r\n')]) }, 'a.txt': '', 'b.md': '', c: '' });
    expect([...ctx.nodes.keys()]).toEqual(['.dockerignore', 'Dockerfile', 'c']);
  });

  it.each([
    ['[\n', 'error checking context: syntax error in pattern'],
    ['!\n', 'error checking context: illegal exclusion pattern: "!"'],
    ['a(b\n', 'error checking context: syntax error in pattern'],
    [`${'a'.repeat(70000)}\n`, 'Error reading .dockerignore: bufio.Scanner: token too long'],
  ])('refuses the .dockerignore %j as observed', (ignore, message) => {
    expect(failure(memoryContext(ROOT, { Dockerfile: DOCKERFILE, '.dockerignore': ignore }))).toBe(message);
  });
});

describe('what the client refuses', () => {
  const dir = (extra: ContextDir['entries'], more: Partial<ContextDir> = {}): ContextDir => ({
    root: '/tmp/h3w/c6',
    entries: [{ path: 'Dockerfile', type: 'file', mode: 0o644, mtime: 0, content: new TextEncoder().encode(DOCKERFILE) }, ...extra],
    ...more,
  });

  it('an unreadable file: "no permission to read from" (observed as a non-root client)', () => {
    expect(failure(dir([{ path: 'secret', type: 'file', mode: 0o600, mtime: 0, content: null }]))).toBe("error checking context: no permission to read from '/tmp/h3w/c6/secret'");
  });

  it('an unreadable directory, even one .dockerignore excludes: "can\'t stat"', () => {
    const locked = dir([{ path: 'locked', type: 'dir', mode: 0o700, mtime: 0, unreadable: true }], { dockerignore: { content: new TextEncoder().encode('locked\n') } });
    expect(failure(locked)).toBe("error checking context: can't stat '/tmp/h3w/c6/locked'");
  });

  it('not an excluded unreadable file', () => {
    const r = buildContext(dir([{ path: 'secret', type: 'file', mode: 0o600, mtime: 0, content: null }], { dockerignore: { content: new TextEncoder().encode('secret\n') } }), { now: NOW });
    expect(r.ok).toBe(true);
  });

  it('an unreadable .dockerignore: the open error, unprefixed', () => {
    expect(failure(dir([], { dockerignore: { error: { code: 'path_error', op: 'open', path: '/tmp/h3w/c6/.dockerignore', errno: 'EACCES' } } }))).toBe('open /tmp/h3w/c6/.dockerignore: permission denied');
  });

  it('a context without Dockerfile (observed on an empty directory)', () => {
    expect(failure({ root: '/tmp/h3w/emptyctx', entries: [] })).toBe(
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /tmp/h3w/emptyctx/Dockerfile: no such file or directory',
    );
  });

  it('uses a lowercase dockerfile when there is no Dockerfile', () => {
    expect(build({ dockerfile: DOCKERFILE }).dockerfile.path).toBe('dockerfile');
  });
});

describe('readContext (the directory on disk)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'strata-context-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a missing path: `unable to prepare context: path "/nonexistent" not found` (observed)', () => {
    expect(rendered(readContext('/nonexistent'))).toEqual({ ok: false, message: 'unable to prepare context: path "/nonexistent" not found' });
  });

  it('a file: "context must be a directory: <absolute path>" (observed)', () => {
    const file = join(tmp, 'afile');
    writeFileSync(file, '');
    expect(rendered(readContext(file))).toEqual({ ok: false, message: `unable to prepare context: context must be a directory: ${file}` });
    expect(rendered(readContext(`${file}/`))).toEqual({ ok: false, message: `unable to prepare context: path "${file}/" not found` });
  });

  it('a .dockerignore that is a directory: the scanner\'s read error (observed)', () => {
    const ctx = join(tmp, 'ignoredir');
    mkdirSync(join(ctx, '.dockerignore'), { recursive: true });
    writeFileSync(join(ctx, 'Dockerfile'), DOCKERFILE);
    const r = readContext(ctx);
    if (!r.ok) throw new Error(render(r.error));
    expect(failure(r.value)).toBe(`Error reading .dockerignore: read ${ctx}/.dockerignore: is a directory`);
  });

  it('reads entries with lstat, modes, whole-second times, contents and hard links', () => {
    const ctx = join(tmp, 'ctx');
    mkdirSync(join(ctx, 'dir'), { recursive: true });
    writeFileSync(join(ctx, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(ctx, 'dir', 'a'), 'a\n');
    chmodSync(join(ctx, 'dir', 'a'), 0o4750);
    linkSync(join(ctx, 'dir', 'a'), join(ctx, 'dir', 'b'));
    symlinkSync('a', join(ctx, 'dir', 'l'));
    utimesSync(join(ctx, 'dir', 'a'), 1700000000.7, 1700000000.7);
    symlinkSync(ctx, join(tmp, 'lctx'));
    const r = readContext(join(tmp, 'lctx'));
    if (!r.ok) throw new Error(render(r.error));
    expect(r.value.root).toBe(ctx);
    const byPath = new Map(r.value.entries.map((e) => [e.path, e]));
    expect([...byPath.keys()]).toEqual(['Dockerfile', 'dir', 'dir/a', 'dir/b', 'dir/l']);
    const a = byPath.get('dir/a');
    expect(a).toMatchObject({ type: 'file', mode: 0o4750, mtime: 1700000000 });
    expect(a?.type === 'file' && a.inode).toBeTruthy();
    expect(byPath.get('dir/l')).toMatchObject({ type: 'symlink', target: 'a' });
    expect(r.value.dockerignore).toBeUndefined();
    const built = buildContext(r.value, { now: NOW });
    expect(built.ok && built.value.hardlinks.get('dir/b')).toBe('dir/a');
  });
});
