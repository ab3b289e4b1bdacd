/** docker exec: a second process in a running container, run in the foreground to its end. */
import type { DockerError } from '../core/errors.js';
import type { Work } from '../core/work.js';
import { type Output, type ProcState, type ProcessEnv, findProgram, resume, spawn } from '../sh/index.js';
import type { Vfs } from '../layer/vfs.js';
import { type Step, lookAhead, wakeOf } from './ahead.js';
import * as table from '../core/table.js';
import { type Container, type ProcessUser, statusOf } from '../state.js';
import { LONGEST_WAIT, WAIT_ROUNDS, advance, daemonEnv, loopDetector, nextChange, recordFs, replaceOrAppend, unreachableCwd, vfsOf, withHome } from './runtime.js';
import { ROOT_USER, homeOf, processUser } from './user.js';

export interface ExecResult {
  readonly exitCode: number;
  readonly output: readonly Output[];
}

/**
 * The exec's user: `-u`, else the container's own, looked up now (daemon execSetPlatformOpt); a
 * container without one runs it as PID 1 was started. Its HOME is runc's, from /etc/passwd now.
 */
function execUser(w: Work, c: Container, user: string | undefined): ProcessUser | DockerError {
  const spec = user || c.config.User;
  const root = vfsOf(w, c, 'daemon');
  if (spec !== '') return processUser(root, spec);
  const pid1 = c.state.user ?? ROOT_USER;
  const home = homeOf(root, pid1);
  return typeof home === 'string' ? { ...pid1, home } : home;
}

/** An exec the daemon created and started, which runc could not run (its user, its working directory, its program): logged all the same. */
export interface ExecFailed {
  readonly failed: DockerError;
}

/**
 * The exec instance is created and started (exec_create, exec_start) before runc looks at the user,
 * the working directory and the program: when one fails there is no exec_die (observed on 20.10).
 */
function startFailed(w: Work, c: Container, argv: readonly string[], failed: DockerError): ExecFailed {
  execStarted(w, c, argv);
  return { failed };
}

/** exec_create and exec_start: a new exec instance, its id. */
function execStarted(w: Work, c: Container, argv: readonly string[]): string {
  const execId = w.ctx.newId();
  w.emit({ type: 'ExecStarted', id: c.id, execId, argv: [...argv] });
  return execId;
}

export function exec(w: Work, c: Container, argv: readonly string[], env: readonly string[], workdir?: string, user?: string): ExecResult | ExecFailed | DockerError {
  const status = statusOf(c.state);
  if (status === 'paused') return { code: 'exec_paused', name: c.name };
  if (status === 'restarting') return { code: 'restarting', id: c.id };
  if (status !== 'running') return { code: 'not_running', id: c.id };
  const first = argv[0];
  if (first === undefined) return { code: 'exec_failed', cause: { code: 'exec_no_command' }, exitCode: 1 };
  const who = execUser(w, c, user);
  if ('code' in who) return who.code === 'unsupported' ? who : startFailed(w, c, argv, { code: 'exec_failed', cause: who, exitCode: 126 });
  const penvBase = { env: withHome(replaceOrAppend(daemonEnv(c), env), who.home), cwd: workdir || c.config.WorkingDir || '/', pid1: false };
  // runc enters the working directory (finalizeNamespace) as root before it looks the program up.
  const cwd = vfsOf(w, c, 'process', ROOT_USER).stat(penvBase.cwd);
  if (typeof cwd === 'string' || cwd.type !== 'dir') {
    // runc adds its mount hint to any ENOTDIR error (a file there, or a file above it).
    const notDirectory = typeof cwd !== 'string' || cwd === 'ENOTDIR';
    return startFailed(w, c, argv, { code: 'exec_failed', cause: { code: 'exec_chdir', cwd: penvBase.cwd, notDirectory }, exitCode: 126 });
  }
  const vfsAs = (): Vfs => vfsOf(w, table.get(w.state.containers, c.id)!, 'process', who);
  let vfs = vfsAs();
  const cwdRefused = unreachableCwd(vfs, penvBase.cwd);
  if (cwdRefused !== undefined) return cwdRefused;
  const found = findProgram(vfs, first, penvBase.env, penvBase.cwd, 'eaccess');
  if ('code' in found) return startFailed(w, c, argv, { code: 'exec_failed', cause: { code: 'exec_lookup', cause: found }, exitCode: 126 });
  const execId = execStarted(w, c, argv);
  const pid = w.state.pids + 1;
  const output: Output[] = [];
  const looping = loopDetector();
  const penv = (fs: Vfs, now: number) => ({ ...penvBase, fs, now, pid });
  let outcome = spawn(argv, penv(vfs, w.now));
  for (let round = 0; round < WAIT_ROUNDS; round++) {
    if ('message' in outcome) return { code: 'unsupported', message: outcome.message };
    recordFs(w, c.id, vfs);
    output.push(...outcome.output);
    if (outcome.kind === 'exited') {
      if (outcome.at > w.now) w.now = outcome.at;
      w.emit({ type: 'ExecDied', id: c.id, execId, exitCode: outcome.code });
      return { exitCode: outcome.code, output };
    }
    // back where it was, with the same files: it repeats for ever, unless PID 1 ends it
    const rw = table.get(w.state.containers, c.id)?.rw ?? new Map();
    if (looping(outcome.state, rw) && !nextChange(w, c.id, w.now + LONGEST_WAIT)) return blocks(argv);
    const next = nextWake(w, c.id, outcome.state, penv, vfsAs);
    if (next === 'never') return blocks(argv);
    if (next === 'killed') {
      // PID 1 ends while the exec sleeps: runc kills every process left in the container.
      w.emit({ type: 'ExecDied', id: c.id, execId, exitCode: 137 });
      advance(w, w.now);
      return { exitCode: 137, output };
    }
    vfs = vfsAs();
    outcome = resume(next.state, penv(vfs, w.now), { kind: 'timer' });
  }
  return blocks(argv);
}

const blocks = (argv: readonly string[]): DockerError => ({ code: 'would_block', what: `exec ${argv.join(' ')}` });

/**
 * Move the clock to the exec's next wake-up that does something, and answer the state it wakes
 * from. Its quiet wake-ups are run ahead (ahead.ts) up to the next thing PID 1 does, which may
 * change what the exec reads. At the same instant PID 1 goes first, as the exec's wake-up waits for
 * the clock to get there; if PID 1 ends first, the clock stops just before (`killed`): runc kills
 * the exec as PID 1 exits, and the engine logs exec_die before die.
 */
function nextWake(w: Work, id: string, asleep: ProcState, penv: (fs: Vfs, now: number) => ProcessEnv, vfsAs: () => Vfs): { state: ProcState } | 'killed' | 'never' {
  let state = asleep;
  for (;;) {
    const bound = w.now + LONGEST_WAIT;
    const first = Math.max(wakeOf(state) ?? Infinity, w.now);
    const pid1 = nextChange(w, id, bound);
    if (pid1 && pid1.at <= first) {
      advance(w, pid1.ends ? pid1.at - 1 : pid1.at);
      if (pid1.ends) {
        w.now = Math.max(w.now, pid1.at);
        return 'killed';
      }
      continue;
    }
    if (first > bound) return 'never';
    const vfs = vfsAs();
    const step: Step = (s, now) => ({ outcome: resume(s, penv(vfs, now), { kind: 'timer' }), touched: vfs.touched.size > 0 });
    const ahead = lookAhead(state, first, pid1 ? pid1.at - 1 : bound, step);
    if (ahead.kind === 'loud') {
      advance(w, ahead.at);
      return { state: ahead.state };
    }
    if (ahead.kind === 'endless' || !pid1) return 'never';
    state = ahead.state;
  }
}
