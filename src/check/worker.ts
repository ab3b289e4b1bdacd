/**
 * A worker thread of `strata check`: one shard (shard.ts), driven by the coordinator's messages.
 * Each message is a request `{ id, op, … }`; the answer is `{ id, result }` or `{ id, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CHECK_FAULT, loadChecks } from './modules.js';
import { Shard, type ShardRequest, serve } from './shard.js';
import { type Blobs, makeUniverse, rootState } from './universe.js';
import type { WorkerSetup } from './explore.js';

const port = parentPort;
if (port === null) throw new Error('strata check: worker.ts runs as a worker thread only');

const setup = workerData as WorkerSetup;
const ready = (async (): Promise<Shard> => {
  const blobs: Blobs = new Map();
  const root = await rootState(blobs);
  const universe = makeUniverse(setup.universe, root, blobs);
  return new Shard(universe, blobs, await loadChecks(setup.invariants, setup.library), { edges: setup.edges === true });
})();

port.on('message', (req: ShardRequest & { id: number }) => {
  void ready
    .then((shard) => serve(shard, req))
    .then(
      (result) => port.postMessage({ id: req.id, result }),
      // a fault of the check's input (an invariant module) is told as it is; anything else with its stack
      (e: unknown) => port.postMessage({ id: req.id, error: e instanceof Error ? (e.message.startsWith(CHECK_FAULT) ? e.message : (e.stack ?? e.message)) : String(e) }),
    );
});
