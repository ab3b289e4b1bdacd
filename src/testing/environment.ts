/**
 * A deterministic world for tests and properties: a clock you move by hand and ids drawn from a
 * seeded generator, so a run (and its log) is reproducible from its seed.
 */
import { createHash } from 'node:crypto';
import { randomName } from '../core/names.js';
import type { Environment } from '../strata.js';

export interface TestEnvironment extends Environment {
  /** move the wall clock forward */
  advance(ms: number): void;
}

export function testEnvironment(seed = 1, start = Date.UTC(2026, 10, 29, 12, 0, 0)): TestEnvironment {
  let now = start;
  let counter = 0;
  const next = (): Buffer => createHash('sha256').update(`${seed}:${counter++}`).digest();
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    newId: () => next().toString('hex'),
    randomName: () => randomName((n) => next().readUInt32BE(0) % n),
  };
}
