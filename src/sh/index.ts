/** Deterministic interpreter of the busybox commands a container runs. */
export { ROOT, type Cred, type Errno, type NodeType, type ShFs, type Stat } from './fs.js';
export { inKernelFs } from './path.js';
export type { Output, ProcessEnv, Unsupported } from './types.js';
export { SIGNALS, parseSignal, signalByNumber, signalNumber, type Signal } from './signal.js';
export { findProgram, lookPath, type LookupError } from './lookup.js';
export { checkProgram, delayed, resume, spawn, steadyKey, type Outcome, type ProcState } from './process.js';
export { commOf, processesOf, type KernelProcess, type ProcessesOf } from './processes.js';
