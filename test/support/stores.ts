/** What the tests of stores on disk share: the base image's layer and temporary store directories. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { LayerInput } from '../../src/commands.js';
import type { Io } from '../../src/cli/io.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { readLayerTar } from '../../src/layer/tar-read.js';
import { render } from '../../src/core/errors.js';

/** The layer of the base image: a busybox root filesystem whose binary is a stand-in. */
export async function baseLayer(): Promise<LayerInput> {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(render(layer.error));
  return layer;
}

/** A maker of temporary store directories named `prefix…`, each removed after the test that made it. */
export function tempHomes(prefix: string): () => string {
  const homes: string[] = [];
  afterEach(() => {
    for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
  });
  return () => {
    const home = mkdtempSync(join(tmpdir(), prefix));
    homes.push(home);
    return home;
  };
}

/** What a CLI entry point printed and answered (undefined: the read entry handed the command back). */
export interface Result {
  readonly code: number | undefined;
  readonly out: string;
  readonly err: string;
}

/** Run a CLI entry point (main.ts's or read.ts's `main`) on a store, capturing what it prints. */
export async function runEntry(entry: (argv: readonly string[], io: Io) => Promise<number | undefined>, home: string, argv: readonly string[]): Promise<Result> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    outBytes: (b) => void (out += Buffer.from(b).toString('latin1')),
    stdoutIsTerminal: false,
    stdinIsTerminal: false,
    stdin: async () => new Uint8Array(),
    home,
    env: {},
  };
  const code = await entry(argv, io);
  return { code, out, err };
}
