/** The archive verbs of the CLI: save and load (cli/command/image/save.go, load.go). */
import { randomInt } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ArchiveFormat, readImageArchive, readOciLayout, render, writeImageArchive } from '../index.js';
import { type Cli, type Opts, str } from './containers.js';
import { openFailed, readFileBytes } from './io.js';
import { daemon, loadLines } from './output.js';

/** --format, a strata extension: "docker" (Docker 20.10's layout, the default) or "oci". */
function archiveFormat(cli: Cli, opts: Opts): ArchiveFormat | undefined {
  const format = str(opts['format']) ?? 'docker';
  if (format === 'docker' || format === 'oci') return format;
  cli.io.err(`strata: unknown archive format ${JSON.stringify(format)}: "docker" (Docker 20.10's) or "oci"\n`);
  return undefined;
}

/** command.ValidateOutputPath, checked before the daemon is asked anything. */
function validateOutputPath(out: string): string | undefined {
  const dir = path.dirname(path.normalize(out));
  if (dir !== '.' && dir !== '') {
    try {
      fs.statSync(dir);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ENOENT') return `invalid output path: directory ${JSON.stringify(dir)} does not exist`;
    }
  }
  try {
    const st = fs.statSync(out);
    if (!st.isDirectory() && !st.isFile()) return `invalid output path: ${JSON.stringify(out)} must be a directory or a regular file: got a device`;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOTDIR') return `stat ${out}: not a directory`;
  }
  return undefined;
}

/** command.CopyToFile: a temporary file beside the target (mode 0600), renamed over it. */
function copyToFile(out: string, bytes: Uint8Array): string | undefined {
  const tmp = path.join(path.dirname(out), `.docker_temp_${randomInt(2 ** 31)}`);
  const shown = path.dirname(out) === '.' ? `./${path.basename(tmp)}` : tmp;
  fs.writeFileSync(tmp, bytes, { mode: 0o600 });
  try {
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'EISDIR' || err.code === 'ENOTEMPTY' || err.code === 'EEXIST' ? 'file exists' : err.message;
    return `rename ${shown} ${out}: ${why}`;
  }
  return undefined;
}

export function save(cli: Cli, args: string[], opts: Opts): number {
  const out = str(opts['output']) || undefined;
  const format = archiveFormat(cli, opts);
  if (format === undefined) return 1;
  if (out === undefined && cli.io.stdoutIsTerminal) {
    cli.io.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  if (out !== undefined) {
    const bad = validateOutputPath(out);
    if (bad !== undefined) {
      cli.io.err(`failed to save image: ${bad}\n`);
      return 1;
    }
  }
  const s = cli.strata();
  let bytes: Uint8Array = new Uint8Array();
  // The archive is made before the save events are appended: a store that cannot give its blobs
  // logs nothing. (A file the client then fails to write is the client's failure: the engine has
  // logged its save by then, and so does the model.)
  const d = s.execute({ type: 'save', names: args }, (d, state) => {
    bytes = writeImageArchive(state, d.reply.saved ?? [], (b) => s.blob(b), format);
  });
  if (d.error) {
    // what strata does not model is its own line, not the daemon's
    if (d.error.code === 'unsupported') {
      cli.io.err(`${render(d.error)}\n`);
      return 125;
    }
    cli.io.err(daemon(d.error));
    return 1;
  }
  if (out === undefined) {
    cli.io.outBytes(bytes);
    return 0;
  }
  const failed = copyToFile(out, bytes);
  if (failed !== undefined) {
    cli.io.err(`${failed}\n`);
    return 1;
  }
  return 0;
}

export async function load(cli: Cli, _args: string[], opts: Opts): Promise<number> {
  const input = str(opts['input']) || undefined;
  const format = archiveFormat(cli, opts);
  if (format === undefined) return 1;
  let bytes: Uint8Array;
  if (input !== undefined) {
    const b = readFileBytes(input);
    if (b instanceof Error) {
      cli.io.err(openFailed(input, b));
      return 1;
    }
    bytes = b;
  } else {
    if (cli.io.stdinIsTerminal) {
      cli.io.err('requested load from stdin, but stdin is empty\n');
      return 1;
    }
    bytes = await cli.io.stdin();
  }
  // the engine untars into <data-root>/tmp/docker-import-<random>, and its messages name that directory
  const tmp = `/var/lib/docker/tmp/docker-import-${randomInt(2 ** 32 - 1)}`;
  // --format oci (a strata extension): an OCI layout without manifest.json, which 20.10 cannot load
  const archive = format === 'oci' ? await readOciLayout(bytes, tmp) : await readImageArchive(bytes, tmp);
  const d = cli.strata().execute({ type: 'load', archive });
  for (const line of loadLines(d.reply.loaded ?? [])) cli.io.out(`${line}\n`);
  if (d.error) {
    // the daemon has started streaming: its error arrives as a message of the stream, printed as is
    cli.io.err(`${render(d.error)}\n`);
    return 1;
  }
  return 0;
}
