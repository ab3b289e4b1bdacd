import type { ShFs } from './fs.js';

/** One chunk a process wrote to its stdout or stderr (adjacent chunks of one stream are merged). */
export interface Output {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface ProcessEnv {
  /** mutated by the process (writes go to the container's RW layer) */
  readonly fs: ShFs;
  /** "KEY=value" list, as the OCI process env (PATH etc. already set by the caller) */
  readonly env: readonly string[];
  /** absolute WorkingDir ("/" when unset) */
  readonly cwd: string;
  /** model clock, milliseconds */
  readonly now: number;
  /** PID 1 of the container ignores signals it has no handler for (not KILL) */
  readonly pid1: boolean;
  /** pid of a non-PID-1 process (docker exec); only needed when a script reads `$$` */
  readonly pid?: number;
}

export type Unsupported = { readonly code: 'unsupported'; readonly message: string };

export function unsupported(what: string): Unsupported {
  return { code: 'unsupported', message: `strata: unsupported ${what}` };
}

export function isUnsupported(x: unknown): x is Unsupported {
  return typeof x === 'object' && x !== null && (x as { code?: unknown }).code === 'unsupported';
}
