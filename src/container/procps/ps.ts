/**
 * `ps ARGS` as the daemon runs it for `docker top` (procps-ng 4.0.2), over the processes the daemon
 * asks about: its stdout, or what it fails with. The daemon splits every line at its blanks, so only
 * the words matter: each column's header and values are written one space apart (ps pads them into
 * aligned columns; no word changes).
 */
import type { DockerError } from '../../core/errors.js';
import type { Unsupported } from '../../sh/index.js';
import type { PsProcess } from './columns.js';
import { psRequest } from './options.js';

export type { PsProcess } from './columns.js';

/**
 * ps's lines: a header unless every header is empty (`-o pid=`), then a row per process selected,
 * by pid. `processes` are all the host has that the answer can hold: a selection of every process
 * lists other ones too, which the daemon leaves out.
 */
export function ps(args: readonly string[], processes: readonly PsProcess[], now: number): { readonly stdout: string } | DockerError | Unsupported {
  const r = psRequest(args);
  if ('code' in r) return r;
  const { columns, pids } = r;
  const lines: string[] = [];
  if (columns.some((c) => c.header !== '')) lines.push(columns.map((c) => c.header).join(' '));
  const selected = processes.filter((p) => pids === 'all' || pids.includes(p.pid)).sort((a, b) => a.pid - b.pid);
  for (const p of selected) lines.push(columns.map((c) => c.value(p, now)).join(' '));
  return { stdout: lines.map((l) => `${l}\n`).join('') };
}
