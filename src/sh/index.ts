/** Deterministic interpreter of the busybox commands a container runs. */
export type { Errno, NodeType, ShFs, Stat } from './fs.js';
export type { Output, ProcessEnv, Unsupported } from './types.js';
export { SIGNALS, parseSignal, signalByNumber, signalNumber, type Signal } from './signal.js';
export { lookPath, type LookupError } from './lookup.js';
export { checkProgram, delayed, resume, spawn, steadyKey, type Outcome, type ProcState } from './process.js';
export { commOf, processesOf, type KernelProcess, type ProcessesOf } from './processes.js';
