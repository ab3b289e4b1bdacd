// Vitest globalSetup: settles the property seed once per run and says which one it is, so any
// failure can be replayed with `STRATA_SEED=<seed> npm test`. Workers read it back from
// process.env (see global-engine.ts for why that reaches them), through setup-seed.ts.
import { SEED_ENV, propertySeed } from './seed.js';

export default function setup(): void {
  const seed = propertySeed();
  process.env[SEED_ENV] = String(seed);
  process.stderr.write(`strata: properties run with seed ${seed} (${SEED_ENV}=${seed} replays them)\n`);
}
