/** The CLI's window on the world, so tests can run it in-process. */
import { readFileSync, writeSync } from 'node:fs';
import type { Strata } from '../index.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  outBytes(bytes: Uint8Array): void;
  readonly stdoutIsTerminal: boolean;
  readonly stdinIsTerminal: boolean;
  /** all of standard input (for `import -`, prompts) */
  stdin(): Promise<Uint8Array>;
  /** STRATA_HOME */
  readonly home: string;
  /** the client's environment (for `-e NAME` without a value) */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The engine to talk to instead of the store in `home` (the testing kit's in-memory model); its
   * environment's clock is then the client's clock too, so what a run prints is reproducible.
   */
  readonly engine?: { readonly strata: Strata; now(): number };
}

/**
 * An Io that keeps what a command prints, for running the CLI in process: `home` (or `engine`), the
 * client's environment and standard input as given; never a terminal. `printed()` is the output so far.
 */
export function bufferIo<E extends Pick<Io, 'home' | 'env' | 'engine'>>(given: E, stdin: Uint8Array = new Uint8Array()): { io: Io & E; printed(): { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const io = {
    ...given,
    out: (t: string) => {
      stdout += t;
    },
    err: (t: string) => {
      stderr += t;
    },
    outBytes: (b: Uint8Array) => {
      stdout += Buffer.from(b).toString('latin1');
    },
    stdoutIsTerminal: false,
    stdinIsTerminal: false,
    stdin: () => Promise.resolve(stdin),
  };
  return { io, printed: () => ({ stdout, stderr }) };
}

/** The client's wall clock: the engine's when one is given (see Io.engine). */
export const clientNow = (io: Io): number => io.engine?.now() ?? Date.now();

/** Exit status when the reader of stdout went away: 128 + SIGPIPE, as the docker client dies of it. */
export const EPIPE_EXIT_CODE = 141;

/**
 * Output goes straight to file descriptors 1 and 2 with synchronous writes: what process.stdout would
 * do on Linux for files, pipes and terminals alike, without creating its stream (a few milliseconds
 * of every command). When the reader has gone (`strata events | head -2`) the command stops quietly,
 * as docker does (Go dies of SIGPIPE on a broken stdout), instead of throwing EPIPE with a stack
 * trace. Whatever the command appended is acknowledged already: an append is synchronous and
 * finishes before anything is printed about it.
 */
function writeAll(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  for (let off = 0; off < buf.length; ) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // a pipe gives EPIPE; the socket pair node's child_process uses for a 'pipe' gives ECONNRESET
      if (code === 'EPIPE' || code === 'ECONNRESET') process.exit(EPIPE_EXIT_CODE);
      // a descriptor someone else made non-blocking: wait for the reader
      if (code === 'EAGAIN') Atomics.wait(PAUSE, 0, 0, 1);
      else throw e;
    }
  }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** node:tty, loaded on first use: it loads node's net and stream modules, a few milliseconds a command. */
const isatty = (fd: number): boolean => process.getBuiltinModule('node:tty').isatty(fd);

export function processIo(): Io {
  const home = process.env['STRATA_HOME'] ?? `${process.env['HOME'] ?? '.'}/.strata`;
  return {
    out: (t) => writeAll(1, t),
    err: (t) => writeAll(2, t),
    outBytes: (b) => writeAll(1, b),
    // Asked when needed, of the descriptors: touching process.stdin or stdout creates its stream.
    get stdoutIsTerminal() {
      return isatty(1);
    },
    get stdinIsTerminal() {
      return isatty(0);
    },
    stdin: async () => {
      if (isatty(0)) return new Uint8Array();
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    home,
    env: process.env,
  };
}

/** The client's text for a file it could not read (`docker import FILE`, `docker load -i FILE`). */
export const openFailed = (path: string, e: NodeJS.ErrnoException): string =>
  `open ${path}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.code === 'EISDIR' ? 'is a directory' : e.message}\n`;

export const readFileBytes = (path: string): Uint8Array | NodeJS.ErrnoException => {
  try {
    return readFileSync(path);
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
};
