/**
 * What can go wrong with the store itself (not with a docker command): a union on `code`, rendered to
 * one `strata: …` line in one place. The CLI prints it and exits with STORE_EXIT_CODE; nothing of the
 * failed command is acknowledged.
 */
import { CONTEXT_FAULT, type ContextFault } from '../core/context.js';

/** The exit code of every store fault (as the docker client's when it cannot reach its daemon). */
export const STORE_EXIT_CODE = 1;

export type StoreFault =
  /** a complete line of the log that fails its checks: corruption, never guessed about */
  | { code: 'corrupt'; file: string; line: number; seq: number | null; reason: string }
  /** the file system refused (EACCES, EROFS, ENOSPC, EISDIR, short writes, …) */
  | { code: 'io'; path: string; op: string; errno: string; detail: string }
  /** STRATA_HOME unusable as a store directory */
  | { code: 'home'; home: string; reason: string }
  | { code: 'locked'; home: string; holder: string; waitedMs: number }
  /** an event names a blob the store does not have (or has with other bytes) */
  | { code: 'blob_missing'; digest: string; home: string }
  /** the snapshot or repair arguments do not fit this log */
  | { code: 'repair'; reason: string };

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'file exists',
  ENOENT: 'no such file or directory',
  EIO: 'input/output error',
  SHORT: 'short write',
};

export function renderFault(f: StoreFault): string {
  switch (f.code) {
    case 'corrupt':
      return `strata: the event log ${f.file} is corrupt at line ${f.line}${f.seq === null ? '' : ` (seq ${f.seq})`}: ${f.reason}; \`strata store check\` tells more, \`strata store repair --truncate-at ${f.line}\` cuts the log there (keeping the cut lines aside)`;
    case 'io':
      return `strata: cannot ${f.op} ${f.path}: ${ERRNO_TEXT[f.errno] ?? f.detail} (${f.errno}); the command was not applied`;
    case 'home':
      return `strata: the store ${f.home === '' ? '(STRATA_HOME is empty)' : f.home} cannot be used: ${f.reason}`;
    case 'locked':
      return `strata: the store ${f.home} is locked by ${f.holder} (waited ${Math.round(f.waitedMs / 1000)} s)`;
    case 'blob_missing':
      return `strata: the store ${f.home} is missing blob ${f.digest}, which its log names; \`strata store check\` lists every missing blob`;
    case 'repair':
      return `strata: ${f.reason}`;
  }
}

/** A store fault, thrown; marked as a ContextFault, so that decide lets it through when a blob read fails. */
export class StoreError extends Error implements ContextFault {
  readonly [CONTEXT_FAULT] = true as const;
  constructor(readonly fault: StoreFault) {
    super(renderFault(fault));
  }
  get code(): StoreFault['code'] {
    return this.fault.code;
  }
}

/** A Node file-system error as a store fault; anything else is rethrown (a bug, not the environment). */
export function ioFault(e: unknown, op: string, path: string): StoreError {
  if (e instanceof StoreError) return e;
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string') throw e;
  return new StoreError({ code: 'io', path, op, errno: err.code, detail: err.message });
}

/** Run a file-system step; its errno becomes a StoreError naming what was being done. */
export function io<T>(op: string, path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw ioFault(e, op, path);
  }
}
