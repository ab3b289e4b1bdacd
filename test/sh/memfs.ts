import { type Errno, ROOT, type ShFs, type Stat } from '../../src/sh/fs.js';

type Node =
  | { type: 'file'; mode: number; mtime: number; data: Uint8Array }
  | { type: 'dir'; mode: number; mtime: number }
  | { type: 'symlink'; mode: number; mtime: number; target: string };

function norm(p: string): string {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return '/' + out.join('/');
}

const join = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** In-memory ShFs for tests, as root: follows symlinks in intermediate components, kernel-like errnos. */
export class MemFs implements ShFs {
  readonly cred = ROOT;
  readonly nodes = new Map<string, Node>([['/', { type: 'dir', mode: 0o755, mtime: 0 }]]);
  /** seconds, for mtimes */
  now = 0;

  /** canonical path of the entry `p` names (its parent resolved), and the node if it exists */
  private walk(p: string, followLast: boolean, depth = 0): { path: string; node: Node | undefined } | Errno {
    const parts = norm(p).split('/').filter((s) => s !== '');
    let cur = '/';
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const next = join(cur, parts[i] as string);
      const node = this.nodes.get(next);
      if (node === undefined) return last ? { path: next, node: undefined } : 'ENOENT';
      if (node.type === 'symlink' && (!last || followLast)) {
        if (depth >= 40) return 'ELOOP';
        const base = node.target.startsWith('/') ? node.target : join(cur, node.target);
        return this.walk([base, ...parts.slice(i + 1)].join('/'), followLast, depth + 1);
      }
      if (!last && node.type !== 'dir') return 'ENOTDIR';
      cur = next;
    }
    return { path: cur, node: this.nodes.get(cur) };
  }

  private stat_(p: string, follow: boolean): Stat | Errno {
    const w = this.walk(p, follow);
    if (typeof w === 'string') return w;
    const n = w.node;
    if (n === undefined) return 'ENOENT';
    const size = n.type === 'file' ? n.data.length : n.type === 'symlink' ? n.target.length : 0;
    return { type: n.type, mode: n.mode, size, mtime: n.mtime };
  }

  lstat(p: string): Stat | Errno {
    return this.stat_(p, false);
  }
  stat(p: string): Stat | Errno {
    return this.stat_(p, true);
  }
  readFile(p: string): Uint8Array | Errno {
    const w = this.walk(p, true);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    if (w.node.type === 'dir') return 'EISDIR';
    return w.node.type === 'file' ? w.node.data : 'EINVAL';
  }
  readlink(p: string): string | Errno {
    const w = this.walk(p, false);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    return w.node.type === 'symlink' ? w.node.target : 'EINVAL';
  }
  private children(dir: string): string[] {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return [...this.nodes.keys()].filter((k) => k !== dir && k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length)).sort();
  }
  readdir(p: string): readonly string[] | Errno {
    const w = this.walk(p, true);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    return w.node.type === 'dir' ? this.children(w.path) : 'ENOTDIR';
  }
  writeFile(p: string, data: Uint8Array, append: boolean): Errno | undefined {
    const w = this.walk(p, true);
    if (typeof w === 'string') return w;
    const n = w.node;
    if (n?.type === 'dir') return 'EISDIR';
    if (n?.type === 'file') {
      n.data = append ? new Uint8Array([...n.data, ...data]) : new Uint8Array(data);
      n.mtime = this.now;
      return undefined;
    }
    this.nodes.set(w.path, { type: 'file', mode: 0o644, mtime: this.now, data: new Uint8Array(data) });
    return undefined;
  }
  writeAt(p: string, data: Uint8Array, at: number | 'append'): void {
    const w = this.walk(p, true);
    if (typeof w === 'string' || w.node?.type !== 'file') return;
    const old = w.node.data;
    const next = new Uint8Array(at === 'append' ? old.length + data.length : Math.max(old.length, at + data.length));
    next.set(old);
    next.set(data, at === 'append' ? old.length : at);
    w.node.data = next;
    w.node.mtime = this.now;
  }
  chdir(p: string): Errno | undefined {
    const st = this.stat(p);
    if (typeof st === 'string') return st;
    return st.type === 'dir' ? undefined : 'ENOTDIR';
  }
  mayExec(p: string): Errno | undefined {
    const st = this.stat(p);
    if (typeof st === 'string') return st;
    return st.type === 'file' && (st.mode & 0o111) !== 0 ? undefined : 'EACCES';
  }
  mkdir(p: string): Errno | undefined {
    const w = this.walk(p, false);
    if (typeof w === 'string') return w;
    if (w.node !== undefined) return 'EEXIST';
    this.nodes.set(w.path, { type: 'dir', mode: 0o755, mtime: this.now });
    return undefined;
  }
  unlink(p: string): Errno | undefined {
    const w = this.walk(p, false);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    if (w.node.type === 'dir') return 'EISDIR';
    this.nodes.delete(w.path);
    return undefined;
  }
  rmdir(p: string): Errno | undefined {
    const w = this.walk(p, false);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    if (w.node.type !== 'dir') return 'ENOTDIR';
    if (w.path === '/') return 'EINVAL';
    if (this.children(w.path).length > 0) return 'ENOTEMPTY';
    this.nodes.delete(w.path);
    return undefined;
  }
  symlink(target: string, p: string): Errno | undefined {
    const w = this.walk(p, false);
    if (typeof w === 'string') return w;
    if (w.node !== undefined) return 'EEXIST';
    this.nodes.set(w.path, { type: 'symlink', mode: 0o777, mtime: this.now, target });
    return undefined;
  }
  chmod(p: string, mode: number): Errno | undefined {
    const w = this.walk(p, true);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    w.node.mode = mode;
    return undefined;
  }
  touch(p: string): Errno | undefined {
    const w = this.walk(p, true);
    if (typeof w === 'string') return w;
    if (w.node === undefined) return 'ENOENT';
    w.node.mtime = this.now;
    return undefined;
  }
  rename(from: string, to: string): Errno | undefined {
    const f = this.walk(from, false);
    if (typeof f === 'string') return f;
    if (f.node === undefined) return 'ENOENT';
    const t = this.walk(to, false);
    if (typeof t === 'string') return t;
    if (t.path === f.path) return undefined;
    if (t.path.startsWith(`${f.path}/`)) return 'EINVAL';
    if (t.node !== undefined) {
      if (f.node.type === 'dir' && t.node.type !== 'dir') return 'ENOTDIR';
      if (f.node.type !== 'dir' && t.node.type === 'dir') return 'EISDIR';
      if (t.node.type === 'dir' && this.children(t.path).length > 0) return 'ENOTEMPTY';
      this.nodes.delete(t.path);
    }
    for (const [k, v] of [...this.nodes]) {
      if (k === f.path || k.startsWith(`${f.path}/`)) {
        this.nodes.delete(k);
        this.nodes.set(t.path + k.slice(f.path.length), v);
      }
    }
    return undefined;
  }

  // --- test helpers ---
  file(p: string, text: string, mode = 0o644): this {
    this.nodes.set(p, { type: 'file', mode, mtime: this.now, data: new TextEncoder().encode(text) });
    return this;
  }
  dir(p: string): this {
    this.nodes.set(p, { type: 'dir', mode: 0o755, mtime: this.now });
    return this;
  }
  link(p: string, target: string): this {
    this.nodes.set(p, { type: 'symlink', mode: 0o777, mtime: this.now, target });
    return this;
  }
  text(p: string): string | Errno {
    const d = this.readFile(p);
    return typeof d === 'string' ? d : new TextDecoder().decode(d);
  }
}

/** The root filesystem of base:1 as seen in a container: busybox and its links in /bin. */
export function baseFs(): MemFs {
  const fs = new MemFs();
  for (const d of ['/bin', '/dev', '/etc', '/proc', '/sys']) fs.dir(d);
  fs.file('/bin/busybox', '\x7fELF', 0o755);
  for (const a of ['sh', 'ls', 'cat', 'echo', 'rm', 'mkdir', 'sleep', 'touch', 'cp', 'mv', 'ln', 'chmod', 'true', 'false']) fs.link(`/bin/${a}`, 'busybox');
  return fs;
}
