/** docker exec: a second process in a running container, run in the foreground to its end. */
import type { DockerError } from '../core/errors.js';
import type { Work } from '../core/work.js';
import { type Output, lookPath, resume, spawn } from '../sh/index.js';
import * as table from '../core/table.js';
import { type Container, statusOf } from '../state.js';
import { advance, loopDetector, processEnv, recordFs, replaceOrAppend, vfsOf } from './runtime.js';

export interface ExecResult {
  readonly exitCode: number;
  readonly output: readonly Output[];
}

export function exec(w: Work, c: Container, argv: readonly string[], env: readonly string[], workdir?: string): ExecResult | DockerError {
  const status = statusOf(c.state);
  if (status === 'paused') return { code: 'exec_paused', name: c.name };
  if (status === 'restarting') return { code: 'restarting', id: c.id };
  if (status !== 'running') return { code: 'not_running', id: c.id };
  const merged = replaceOrAppend(processEnv(c), env);
  // runc gives every process a HOME (here always /: these root filesystems have no /etc/passwd)
  if (!merged.some((e) => e.startsWith('HOME='))) merged.push('HOME=/');
  const penvBase = { env: merged, cwd: workdir || c.config.WorkingDir || '/', pid1: false };
  const first = argv[0];
  if (first === undefined) return { code: 'exec_failed', message: 'No exec command specified', exitCode: 1 };
  let vfs = vfsOf(w, c);
  // runc enters the working directory (finalizeNamespace) before it looks the program up.
  const cwd = vfs.stat(penvBase.cwd);
  if (typeof cwd === 'string' || cwd.type !== 'dir') {
    // runc adds its mount hint to any ENOTDIR error.
    const why =
      typeof cwd === 'string' && cwd !== 'ENOTDIR'
        ? 'no such file or directory: unknown'
        : 'not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';
    const message = `OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd (${JSON.stringify(penvBase.cwd)}) set in config.json failed: ${why}`;
    return { code: 'exec_failed', message, exitCode: 126 };
  }
  const found = lookPath(vfs, first, penvBase.env, penvBase.cwd);
  if ('code' in found) {
    const message = `OCI runtime exec failed: exec failed: unable to start container process: ${found.message}: unknown`;
    return { code: 'exec_failed', message, exitCode: 126 };
  }
  const execId = w.ctx.newId();
  const pid = w.state.pids + 1;
  w.emit({ type: 'ExecStarted', id: c.id, execId, argv: [...argv] });
  const output: Output[] = [];
  const looping = loopDetector();
  let outcome = spawn(argv, { ...penvBase, fs: vfs, now: w.now, pid });
  for (;;) {
    if ('message' in outcome) return { code: 'unsupported', message: outcome.message };
    recordFs(w, c.id, vfs);
    output.push(...outcome.output);
    if (outcome.kind === 'exited') {
      if (outcome.at > w.now) w.now = outcome.at;
      w.emit({ type: 'ExecDied', id: c.id, execId, exitCode: outcome.code });
      return { exitCode: outcome.code, output };
    }
    if (outcome.wakeAt === null || looping(outcome.state, table.get(w.state.containers, c.id)?.rw ?? new Map())) return { code: 'would_block', what: `exec ${argv.join(' ')}` };
    advance(w, outcome.wakeAt);
    const now = table.get(w.state.containers, c.id);
    if (!now?.state.running) {
      // PID 1 ended while the exec slept: runc kills every process left in the container.
      w.emit({ type: 'ExecDied', id: c.id, execId, exitCode: 137 });
      return { exitCode: 137, output };
    }
    vfs = vfsOf(w, now);
    outcome = resume(outcome.state, { ...penvBase, fs: vfs, now: w.now, pid }, { kind: 'timer' });
  }
}
