/**
 * A store written through the library, command by command, so that its log is what the CLI would
 * have written: a base image imported, then containers that write a file and print lines, run in
 * the foreground and removed again, the last `kept` of them kept. `npm run bench:cli` times the CLI
 * on such stores; `npm run build` primes the CLI's code caches on a small one.
 */
import { mkdirSync } from 'node:fs';

/** How many containers a store keeps by default. */
export const KEPT = 10;

/** One container's run: a file written, a few lines printed, as a small job does. */
const runCommand = (name) => ({
  type: 'run',
  detach: false,
  image: 'base:1',
  name,
  cmd: ['sh', '-c', `mkdir -p /out && echo ${name} > /out/name; echo starting; echo working; echo step 1; echo step 2; echo step 3; echo done`],
  env: ['JOB=bench'],
  labels: [],
  restart: { name: 'no', max: 0 },
  autoRemove: false,
  network: 'default',
  attach: true,
});

function check(d, what) {
  if (d.error) throw new Error(`strata: writing a store: ${what} was refused: ${JSON.stringify(d.error)}`);
}

/**
 * Write the store in `home` with `lib` (a dist/index.js): the image, then containers until the log
 * holds `events` events (none: the image alone). What it holds: its events and containers.
 */
export async function writeStore(lib, home, events, kept = KEPT) {
  mkdirSync(home, { recursive: true });
  const strata = lib.Strata.open(home);
  try {
    const layer = await lib.readLayerTar(lib.makeBaseRootfs(lib.loadBusybox(), lib.DEFAULT_APPLETS));
    if ('code' in layer) throw new Error(`strata: writing a store: ${layer.message}`);
    check(strata.execute({ type: 'import', layer, message: '', changes: [], repoTag: 'base:1' }), 'import');
    const names = [];
    for (let i = 0; strata.state.seq < events; i++) {
      names.push(`job-${i}`);
      check(strata.execute(runCommand(`job-${i}`)), 'run');
      if (names.length > kept) check(strata.execute({ type: 'rm', ref: names.shift(), force: false }), 'rm');
    }
    return { events: strata.state.seq, containers: Math.min(names.length, kept) };
  } finally {
    strata.close();
  }
}
