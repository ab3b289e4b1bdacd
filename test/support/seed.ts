// The one seed every fast-check property of a test run draws from, so that a run is a pure function
// of the code: the same seed, the same cases, the same verdict. `STRATA_SEED=N` picks another one
// (the soak, scripts/soak.sh, does so with a fresh seed each time).
export const SEED_ENV = 'STRATA_SEED';

/** What `npm test` uses when STRATA_SEED is unset. */
export const DEFAULT_SEED = 20261204;

const INT32 = 2 ** 31;

/** The seed STRATA_SEED names (an integer that fits fast-check's 32-bit seeds), else the default. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[SEED_ENV];
  if (text === undefined || text.trim() === '') return DEFAULT_SEED;
  const seed = Number(text);
  if (!Number.isInteger(seed) || seed < -INT32 || seed >= INT32) {
    throw new Error(`${SEED_ENV}=${text}: expected an integer from ${-INT32} to ${INT32 - 1}`);
  }
  return seed;
}
