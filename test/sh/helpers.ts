import { resume, spawn, type Outcome, type ProcessEnv, type ProcState, type Signal, type Unsupported } from '../../src/sh/index.js';
import { baseFs, type MemFs } from './memfs.js';

/** docker run's environment for base:1 (HOSTNAME is the container id) */
export const DOCKER_ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=04179d31da95', 'HOME=/'];

export function penv(fs: MemFs, over: Partial<ProcessEnv> = {}): ProcessEnv {
  return { fs, env: DOCKER_ENV, cwd: '/', now: 0, pid1: true, ...over };
}

export function exited(r: Outcome | Unsupported): Extract<Outcome, { kind: 'exited' }> {
  if (!('kind' in r) || r.kind !== 'exited') throw new Error(`expected exited, got ${JSON.stringify(r)}`);
  return r;
}

export function blocked(r: Outcome | Unsupported): Extract<Outcome, { kind: 'blocked' }> {
  if (!('kind' in r) || r.kind !== 'blocked') throw new Error(`expected blocked, got ${JSON.stringify(r)}`);
  return r;
}

export function refused(r: unknown): string {
  const u = r as Unsupported | undefined;
  if (u?.code !== 'unsupported') throw new Error(`expected unsupported, got ${JSON.stringify(r)}`);
  return u.message;
}

/** stdout and stderr interleaved, as `docker logs` shows them */
export function text(r: { output: Outcome['output'] }): string {
  return r.output.map((o) => o.text).join('');
}

export function stream(r: { output: Outcome['output'] }, s: 'stdout' | 'stderr'): string {
  return r.output.filter((o) => o.stream === s).map((o) => o.text).join('');
}

/** `docker run base:1 sh -c SCRIPT [args]` in the model, run to completion; returns output and exit code. */
export function sh(script: string, opts: { fs?: MemFs; args?: string[]; env?: Partial<ProcessEnv> } = {}): { out: string; code: number; fs: MemFs } {
  const fs = opts.fs ?? baseFs();
  const r = exited(spawn(['sh', '-c', script, ...(opts.args ?? [])], penv(fs, opts.env)));
  return { out: text(r), code: r.code, fs };
}

export function resumeAt(state: ProcState, fs: MemFs, now: number, why: { kind: 'timer' } | { kind: 'signal'; signal: Signal }, over: Partial<ProcessEnv> = {}): Outcome | Unsupported {
  // states are stored as JSON in events: always go through a round trip
  return resume(JSON.parse(JSON.stringify(state)) as ProcState, penv(fs, { now, ...over }), why);
}
