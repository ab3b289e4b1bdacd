/**
 * The snapshot's own check (check32) and what a read of a store with a current snapshot loads: no
 * node:crypto, since it hashes nothing, and no node:v8, since a snapshot is JSON; a CLI write leaves
 * such a snapshot, as does a read that checked lines after it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { check32 } from '../../src/log/snapshot.js';
import { Strata } from '../../src/strata.js';

/** FNV-1a's step over 32-bit words, as check32 describes it, read word by word with a DataView. */
function reference(...parts: Uint8Array[]): string {
  let h = 0x811c9dc5;
  for (const p of parts) {
    const view = new DataView(p.buffer, p.byteOffset, p.byteLength);
    const n = p.length >>> 2;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ view.getUint32(i * 4, true), 0x01000193);
    for (let i = n * 4; i < p.length; i++) h = Math.imul(h ^ p[i]!, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

describe('check32', () => {
  test.prop([fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 3 }), fc.nat(7)])('is FNV-1a over little-endian words, whatever the parts and their offsets', (parts, skew) => {
    // parts that start at any offset of their buffer (a Buffer's subarray does)
    const placed = parts.map((p) => {
      const b = new Uint8Array(p.length + skew);
      b.set(p, skew);
      return b.subarray(skew);
    });
    expect(check32(...placed)).toBe(reference(...parts));
  });

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 })])('changes whenever one byte changes', (bytes, at, flip) => {
    const changed = Uint8Array.from(bytes);
    const i = at % bytes.length;
    changed[i] = changed[i]! ^ flip;
    expect(check32(changed)).not.toBe(check32(bytes));
  });
});

describe('a read of a store whose snapshot is current', () => {
  it('loads no node:crypto (it has nothing to hash) nor node:v8 (a snapshot is JSON): a write, and a read that checked lines, leave such a snapshot', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const home = mkdtempSync(join(tmpdir(), 'strata-snapread-'));
    const preload = join(home, 'modules.cjs');
    // written with fs: process.stderr would load node's streams before the list is read
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, '\\nMODULES ' + JSON.stringify(process.moduleLoadList)));\n");
    const strata = (...args: string[]): { status: number | null; modules: string[] } => {
      const r = spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'strata.js'), ...args], { env: { ...process.env, STRATA_HOME: home }, encoding: 'utf8', timeout: 60_000 });
      const m = /\nMODULES (.*)$/.exec(r.stderr);
      return { status: r.status, modules: m ? (JSON.parse(m[1]!) as string[]) : [] };
    };
    const crypto = (modules: string[]): string[] => modules.filter((m) => /crypto/.test(m));
    try {
      const tar = spawnSync(process.execPath, [join(root, 'bin', 'strata.js'), 'check', '--depth', '0', '--quiet', '--base-tar', join(home, 'base.tar')], { encoding: 'utf8', timeout: 60_000 });
      expect(tar.status, tar.stderr).toBe(0);
      expect(strata('import', join(home, 'base.tar'), 'base:1').status).toBe(0);
      expect(strata('create', '--name', 'web', 'base:1', 'true').status).toBe(0);
      // the CLI's writer left a snapshot as it answered: the read after it has no line to check
      const afterWrite = strata('ps', '-a');
      expect(afterWrite.status).toBe(0);
      expect(crypto(afterWrite.modules)).toEqual([]);
      // a command appended through the library, which leaves no snapshot (Strata.leave is the CLI's)
      const lib = Strata.open(home);
      try {
        expect(lib.execute({ type: 'rm', ref: 'web', force: false }).error).toBeUndefined();
      } finally {
        lib.close();
      }
      const first = strata('ps', '-a'); // checks the line it reads (sha256), then leaves a snapshot
      expect(first.status).toBe(0);
      expect(first.modules).toContain('NativeModule crypto');
      const second = strata('ps', '-a');
      expect(second.status).toBe(0);
      expect(crypto(second.modules)).toEqual([]);
      // nor node:v8 (the snapshot is JSON), nor the streams either would bring
      expect(first.modules.filter((m) => /^NativeModule v8$/.test(m))).toEqual([]);
      expect(second.modules.filter((m) => /^NativeModule (v8|stream)$/.test(m))).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
