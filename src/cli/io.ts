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

export function processIo(): Io {
  const home = process.env['STRATA_HOME'] ?? `${process.env['HOME'] ?? '.'}/.strata`;
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
    stdoutIsTerminal: process.stdout.isTTY === true,
    stdinIsTerminal: process.stdin.isTTY === true,
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
