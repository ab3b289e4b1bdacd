/**
 * The client that stays with a process while it runs, in real time: a foreground `run`, `start -a`
 * and `attach` print what the process writes as it writes it and end with its exit code, forwarding
 * the signals the client receives to it (sig-proxy); `logs -f` prints its log's lines as they
 * complete; `wait` prints the exit code; `events` prints the messages of what happens. The model clock follows the wall clock: the follower sleeps
 * until the next timer falls due (a `sleep` ending) and logs what happens then, as any command does,
 * and looks at the log between times for what other clients did (a `docker stop` from another
 * shell). It holds the writer lock only while it logs.
 */
import { type Envelope, nextWake, type Output, type State, type Strata } from '../index.js';
import type { Cli } from './containers.js';

/** node:timers/promises, loaded when a follower first waits: loading it costs every read a few million instructions. */
const delay = (): typeof import('node:timers/promises').setTimeout => process.getBuiltinModule('node:timers/promises').setTimeout;

/**
 * The signals docker's client forwards to the container (ForwardAllSignals: all it catches but
 * SIGCHLD and SIGPIPE), of those a Node process can catch. The client survives them all.
 */
export const FORWARDED: readonly NodeJS.Signals[] = [
  'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGALRM', 'SIGTERM', 'SIGCONT', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGWINCH',
];

/**
 * The client's signals, caught from before the command is sent (docker's run sets up its proxy
 * before it starts the container): forwarded once the follower runs, or dropped if the command
 * ends at once (the client would forward them to a process that is gone: an error it ignores).
 */
export class SignalProxy {
  readonly caught: NodeJS.Signals[] = [];
  private wake = new AbortController();
  private readonly on = (sig: NodeJS.Signals): void => {
    this.caught.push(sig);
    this.wake.abort();
  };

  constructor() {
    for (const sig of FORWARDED) process.on(sig, this.on);
  }

  /** aborted when a signal comes; a new one once the last has been seen */
  signal(): AbortSignal {
    if (this.wake.signal.aborted) this.wake = new AbortController();
    return this.wake.signal;
  }

  release(): void {
    for (const sig of FORWARDED) process.off(sig, this.on);
  }
}

export interface Following {
  /** the state the caller last saw: what is appended after it is followed */
  readonly from: State;
  /**
   * forwards the client's signals to the container `id` (its full id) as `kill -s`, released when
   * the follow ends; without one, the client has no handler and a signal ends it, as it ends a Go
   * program. The id comes with the proxy so that no signal it catches can be dropped.
   */
  readonly proxy?: { readonly id: string; readonly signals: SignalProxy };
  /**
   * what happened, one fold at a time: the commands folded (each its envelopes), and the states
   * before and after them. A number ends the follow with that exit code.
   */
  readonly onCommands: (commands: readonly (readonly Envelope[])[], before: State, after: State) => number | undefined;
  /** ends the follow, with 143 when its reason is 'SIGTERM' and 130 otherwise (a client's interrupt) */
  readonly signal?: AbortSignal;
  /** the model time (ms) at which the follow ends with 0, once what came before it is told */
  readonly deadline?: number;
  /** ms between looks at the log when no timer falls due sooner (default 200) */
  readonly pollMs?: number;
}

/** Follow the log in real time until `onCommands` ends it, the deadline passes or a signal comes. */
export async function follow(cli: Cli, f: Following): Promise<number> {
  if (cli.attached === undefined) throw new Error('strata: following the log needs the process CLI');
  const folds: { commands: readonly (readonly Envelope[])[]; after: State }[] = [];
  let strata: Strata | undefined;
  strata = await cli.attached((commands) => folds.push({ commands, after: strata!.state }));
  const s = strata;
  // what others appended between the caller's look and this one
  if (s.state.seq > f.from.seq) folds.push({ commands: s.commandsAfter(f.from.seq), after: s.state });
  const idle = new AbortController();
  let before = f.from;
  try {
    for (;;) {
      const wake = f.proxy?.signals.signal() ?? idle.signal;
      for (let fold = folds.shift(); fold !== undefined; fold = folds.shift()) {
        const code = f.onCommands(fold.commands, before, fold.after);
        before = fold.after;
        if (code !== undefined) return code;
      }
      if (f.signal?.aborted) return f.signal.reason === 'SIGTERM' ? 143 : 130;
      const sig = f.proxy?.signals.caught.shift();
      if (f.proxy !== undefined && sig !== undefined) {
        // ContainerKill with the signal's name; the client only logs a failure (at debug level)
        s.execute({ type: 'kill', ref: f.proxy.id, signal: sig.slice(3) });
        continue;
      }
      const now = s.context().now;
      if (f.deadline !== undefined && now >= f.deadline) return 0;
      const wait = Math.min(f.pollMs ?? 200, nextWake(s.state) - now, (f.deadline ?? Infinity) - now);
      await delay()(Math.max(0, wait), undefined, { signal: f.signal ? AbortSignal.any([wake, f.signal]) : wake }).catch(() => undefined);
      if (f.signal?.aborted) continue;
      // what others did, then what fell due by now, logged as any command does
      s.refresh();
      s.tick();
    }
  } finally {
    f.proxy?.signals.release();
    s.close();
  }
}

/**
 * What an attached client prints: the process's output as it comes, until its exit (the first
 * after `from`, before any restart), whose code ends the client.
 */
export function attachedStream(cli: Cli, id: string): Following['onCommands'] {
  return (commands) => {
    for (const { event: e } of commands.flat()) {
      if (e.type === 'ContainerOutput' && e.id === id) printOutput(cli, e.output);
      if (e.type === 'ContainerDied' && e.id === id) return e.exitCode;
    }
    return undefined;
  };
}

export function printOutput(cli: Cli, output: readonly Output[] | undefined): void {
  for (const o of output ?? []) (o.stream === 'stdout' ? cli.io.out : cli.io.err)(o.text);
}
