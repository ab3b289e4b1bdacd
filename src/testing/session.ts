/**
 * The model as a docker engine in memory: docker command lines run through strata's CLI, against a
 * store in memory, on a clock that only moves when told to, with ids from a seed. Two sessions given
 * the same seed and lines print the same bytes and reach the same state.
 */
import { DEFAULT_APPLETS, type State, Strata, type TestEnvironment, dockerCli, loadBusybox, makeBaseRootfs, readLayerTarSync, render, testEnvironment } from '../index.js';
import type { Result } from './observe.js';
import { baseRef } from './plan.js';


/** How long the model clock moves between two commands (a command on a real engine takes about as long). */
export const STEP_MS = 100;

const bases = new Map<string, Uint8Array>();

/**
 * The busybox rootfs tar scenarios start from (`base:1`): /bin/busybox of this machine and a link
 * per applet. Give the engine the same file (`BASE_TAR` in toDockerScript's scripts), so that sizes
 * and the base layer's digest agree. A scenario with a prefix gets a base of its own (one more file,
 * `/.strata-scenario`, holding the prefix): on an engine shared with other images of the same
 * rootfs, a layer is deleted only once no image uses it, and what `rmi` prints would depend on them.
 */
export function baseTar(prefix = ''): Uint8Array {
  let tar = bases.get(prefix);
  if (tar === undefined) {
    tar = makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS, prefix === '' ? {} : { '.strata-scenario': prefix });
    bases.set(prefix, tar);
  }
  return tar.slice();
}

export interface SessionOptions {
  /** seeds the ids the model makes (default 1) */
  readonly seed?: number;
  /** the rootfs tar imported as the base image (default: baseTar(prefix)) */
  readonly base?: Uint8Array;
}

export class ModelSession {
  readonly env: TestEnvironment;
  readonly strata: Strata;

  /** A model holding the base image, imported as `<prefix>base:1` (what `docker import BASE_TAR <ref>` does). */
  constructor(prefix: string, options: SessionOptions = {}) {
    const ref = baseRef(prefix);
    this.env = testEnvironment(options.seed ?? 1);
    this.strata = Strata.inMemory(this.env);
    // what `docker import BASE_TAR ref` asks of the engine (the in-process CLI reads no files)
    const layer = readLayerTarSync(options.base ?? baseTar(prefix));
    if ('code' in layer) throw new TypeError(`strata/testing: the base image is not a layer tar: ${render(layer.error)}`);
    this.env.advance(STEP_MS);
    const d = this.strata.execute({ type: 'import', layer, message: '', changes: [], repoTag: ref });
    if (d.error) throw new TypeError(`strata/testing: importing the base image as ${ref} failed: ${d.error.code}`);
  }

  get state(): State {
    return this.strata.state;
  }

  /** `docker <argv>`, after the clock has moved by STEP_MS. */
  run(argv: readonly string[]): Result {
    this.env.advance(STEP_MS);
    return dockerCli(argv, { strata: this.strata, now: () => this.env.now() });
  }
}
