/** `docker export`: the container's flattened view as one tar, to a file or stdout. A writer: the export is logged. */
import * as fs from 'node:fs';
import { containerBase, type DockerError, findContainer, isError, ownerNamesOf, render, walk, writeFlatTar } from '../index.js';
import { type Cli, type Opts, str } from './containers.js';
import { daemon } from './output.js';

// `docker cp` lives in cp.ts; it is loaded with this group (the archive verbs of a container)
export { cp } from './cp.js';

/** The flattened view of a container: what `docker export` writes (no whiteouts, init layer included); the export is logged. */
export function exportBytes(cli: Cli, ref: string): Uint8Array | { readonly text: string; readonly code: 1 | 125 } {
  const s = cli.strata();
  let bytes: Uint8Array | undefined;
  // The tar is made before the event is appended: a store that cannot give its blobs logs nothing.
  const d = s.execute({ type: 'export', ref }, (_d, state) => {
    const c = findContainer(state, ref);
    if (isError(c)) return;
    // decide refused the export when the names cannot be told
    const names = ownerNamesOf(state, c, (b) => s.blob(b));
    if (typeof names !== 'string') bytes = writeFlatTar(walk([c.rw, ...containerBase(state, c)]), (b) => s.blob(b), names);
  });
  if (d.error) return d.error.code === 'unsupported' ? { text: `${render(d.error)}\n`, code: 125 } : { text: daemon(d.error), code: 1 };
  return bytes ?? { text: daemon(findContainer(s.state, ref) as DockerError), code: 1 };
}

export function exportCmd(cli: Cli, args: string[], opts: Opts): number {
  const out = str(opts['output']);
  if (out === undefined && cli.io.stdoutIsTerminal) {
    cli.io.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  // the client checks the output path before it asks the daemon (command.ValidateOutputPath)
  if (out !== undefined) {
    const st = fs.statSync(out, { throwIfNoEntry: false });
    if (st && !st.isFile() && !st.isDirectory()) {
      cli.io.err(`failed to export container: invalid output path: "${out}" must be a directory or a regular file: got a device\n`);
      return 1;
    }
  }
  const bytes = exportBytes(cli, args[0]!);
  if (!(bytes instanceof Uint8Array)) {
    cli.io.err(bytes.text);
    return bytes.code;
  }
  if (out !== undefined) fs.writeFileSync(out, bytes);
  else cli.io.outBytes(bytes);
  return 0;
}
