/**
 * docker top: the daemon's ContainerTop (daemon/top_unix.go, 20.10). It checks the ps options for a
 * column renamed PID, finds the container, which must be running and not restarting, runs the host's
 * `ps OPTIONS -q PIDS` (default options `-ef`; the PIDS are the container's), keeps the rows whose PID
 * is one of the container's (and the `-` rows of threads after them), and logs the `top` event.
 *
 * The host here is the model: the container's processes are PID 1 and what it has at that moment (a
 * shell's foreground `sleep`; docker-init's child under --init), with the model's pids: a start takes
 * the shim's pid, then PID 1's (inspect's State.Pid), then one for each child PID 1 may have at once.
 */
import type { DockerError } from '../core/errors.js';
import type { Work } from '../core/work.js';
import { parseGoInt } from '../go/strconv.js';
import { type Unsupported, processesOf } from '../sh/index.js';
import { type Container, statusOf } from '../state.js';
import { hasInit, pid1Argv } from './init.js';
import { allows } from './machine.js';
import { type PsProcess, ps } from './procps/ps.js';

/** What the daemon answers (container.ContainerTopOKBody): the titles, and each process's fields under them. */
export interface TopReply {
  readonly titles: readonly string[];
  readonly processes: readonly (readonly string[])[];
}

/**
 * validatePSArgs: `\s+([^\s]*)=\s*(PID[^\s]*)` over the options as one string (Go's \s: ASCII
 * blanks), a column renamed PID* that is not pid's. Checked before the container is looked up.
 */
export function validatePsArgs(psArgs: string): DockerError | undefined {
  for (const m of psArgs.matchAll(/[\t\n\f\r ]+([^\t\n\f\r ]*)=[\t\n\f\r ]*(PID[^\t\n\f\r ]*)/g)) {
    const [, key = '', value = ''] = m;
    if (key !== 'pid') return { code: 'top_ps_args', key, value };
  }
  return undefined;
}

/** The container's processes as ps reads them, by pid. */
export function containerProcesses(c: Container, now: number): PsProcess[] | Unsupported {
  if (!c.process) return { code: 'unsupported', message: 'strata: docker top on a running container without a process (a bug of the model)' };
  const frozen = c.state.paused;
  // docker-init too runs as the user, and what it and PID 1 fork inherit it
  const uid = c.state.user?.uid ?? 0;
  const gid = c.state.user?.gid ?? 0;
  const started = c.state.startedAt ?? now;
  const shim = c.state.pid - 1;
  const rows: PsProcess[] = [];
  // docker-init is PID 1 and the session leader; its child, in a process group of its own, is the program
  let pid = c.state.pid;
  let ppid = shim;
  const sid = pid;
  if (hasInit(c)) {
    rows.push({ pid, ppid, pgid: pid, sid, argv: pid1Argv(c), comm: 'docker-init', start: started, frozen, uid, gid });
    [ppid, pid] = [pid, pid + 1];
  }
  const tree = processesOf(c.process.state, [c.path, ...c.args]);
  if ('code' in tree) return tree;
  rows.push({ pid, ppid, pgid: pid, sid, argv: tree.self.argv, comm: tree.self.comm, start: started, frozen, uid, gid });
  // a shell's child runs in the shell's process group (no job control)
  if (tree.child) rows.push({ pid: pid + 1, ppid: pid, pgid: pid, sid, argv: tree.child.argv, comm: tree.child.comm, start: tree.child.since ?? started, frozen, uid, gid });
  return rows;
}

/** Go's strings.FieldsFunc on the ASCII blanks (fieldsASCII). */
const fieldsASCII = (s: string): string[] => s.split(/[\t\n\f\r ]+/).filter((f) => f !== '');

/**
 * parsePSOutput: the header's words are the titles; a row's words past the last title are joined
 * with single spaces into the last field (a command line's own runs of blanks are lost).
 */
export function parsePsOutput(output: string, pids: readonly number[]): TopReply | DockerError {
  const lines = output.split('\n');
  const titles = fieldsASCII(lines[0] ?? '');
  const pidIndex = titles.indexOf('PID');
  if (pidIndex < 0) return { code: 'top_no_pid_field' };
  const processes: string[][] = [];
  const append = (fields: readonly string[]): void => {
    processes.push([...fields.slice(0, titles.length - 1), fields.slice(titles.length - 1).join(' ')]);
  };
  // a thread's row (`-` under PID, with ps's m) belongs to the process above it
  let inContainer = false;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const fields = fieldsASCII(line);
    const field = fields[pidIndex] ?? '';
    if (field === '-') {
      if (inContainer) append(fields);
      continue;
    }
    const p = parseGoInt(field, 10, 64);
    if ('error' in p) return { code: 'top_unexpected_pid', field, cause: { code: 'num_error', fn: 'Atoi', input: field, error: p.error } };
    inContainer = pids.includes(Number(p.value));
    if (inContainer) append(fields);
  }
  return { titles, processes };
}

/** docker top on a container found: its processes as ps lists them with `psArgs`, and the event. */
export function top(w: Work, c: Container, psArgs: string): TopReply | DockerError {
  const status = statusOf(c.state);
  if (!allows(status, 'top')) return status === 'restarting' ? { code: 'restarting', id: c.id } : { code: 'not_running', id: c.id };
  const processes = containerProcesses(c, w.now);
  if (!Array.isArray(processes)) return processes;
  // the daemon splits the options at each space (two spaces give ps an empty argument), and asks
  // for the container's pids with -q; if ps fails, it asks again without (some options refuse -q)
  const args = (psArgs === '' ? '-ef' : psArgs).split(' ');
  const quick = ps([...args, `-q${processes.map((p) => p.pid).join(',')}`], processes, w.now);
  const out = 'code' in quick && quick.code !== 'unsupported' ? ps(args, processes, w.now) : quick;
  if (!('stdout' in out)) return out.code === 'unsupported' ? out : { code: 'ps_failed', cause: out };
  const reply = parsePsOutput(out.stdout, processes.map((p) => p.pid));
  if ('code' in reply) return reply;
  w.emit({ type: 'ContainerProcessesListed', id: c.id });
  return reply;
}
