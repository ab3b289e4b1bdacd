/** The CLI's window on the world, so tests can run it in-process. */
import * as fs from 'node:fs';

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
}

/** Exit status when the reader of stdout went away: 128 + SIGPIPE, as the docker client dies of it. */
export const EPIPE_EXIT_CODE = 141;

/**
 * `strata events | head -2`: once the reader is gone, stop quietly, as docker does (Go dies of
 * SIGPIPE on a broken stdout); Node would otherwise throw EPIPE with a stack trace. Whatever the
 * command appended before is acknowledged already; an append in progress finishes first (it is
 * synchronous), so this never cuts one.
 */
function quietOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(EPIPE_EXIT_CODE);
      throw e;
    });
  }
}

export function processIo(): Io {
  const home = process.env['STRATA_HOME'] ?? `${process.env['HOME'] ?? '.'}/.strata`;
  quietOnBrokenPipe();
  return {
    out: (t) => {
      process.stdout.write(t);
    },
    err: (t) => {
      process.stderr.write(t);
    },
    outBytes: (b) => {
      process.stdout.write(b);
    },
    // Asked when needed: touching process.stdin creates its stream, which costs every command a few ms.
    get stdoutIsTerminal() {
      return process.stdout.isTTY === true;
    },
    get stdinIsTerminal() {
      return process.stdin.isTTY === true;
    },
    stdin: async () => {
      if (process.stdin.isTTY) return new Uint8Array();
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
    return fs.readFileSync(path);
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
};
