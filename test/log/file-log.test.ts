/** The JSONL event log: what is acknowledged survives, a torn tail is cut, corruption is named. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LayerInput } from '../../src/commands.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { readLayerTar } from '../../src/layer/tar-read.js';
import { FileLog, LogError } from '../../src/log/file-log.js';
import { Strata } from '../../src/strata.js';
import { testEnvironment } from '../../src/testing/environment.js';
import { createRequest } from '../../src/testing/decider-spec.js';

let base: LayerInput;
const homes: string[] = [];
beforeAll(async () => {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(layer.message);
  base = layer;
});
afterEach(() => {
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
});

let lastLive: Strata['state'] | undefined;

function storeWithHistory(): string {
  const home = mkdtempSync(join(tmpdir(), 'strata-log-'));
  homes.push(home);
  const s = Strata.open(home, testEnvironment(1));
  s.execute({ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' });
  s.execute({ type: 'run', detach: false, ...createRequest('web', ['sh', '-c', 'echo hi > /f; echo out']) });
  lastLive = s.state;
  s.close();
  return home;
}

describe('the file log', () => {
  it('replays to the live state after reopening', () => {
    const home = storeWithHistory();
    const reopened = Strata.open(home, testEnvironment(1));
    expect(reopened.state).toEqual(lastLive);
    expect(reopened.state.seq).toBeGreaterThan(3);
    reopened.close();
  });

  it('cuts a torn last line off with a warning, keeping every complete event', () => {
    const home = storeWithHistory();
    const file = join(home, 'events.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    appendFileSync(file, '{"seq":99,"at":1,"ev');
    const s = Strata.open(home, testEnvironment(1));
    expect(s.warnings[0]).toMatch(/last line \(\d+\) is incomplete/);
    expect(s.state.seq).toBe(lines);
    s.close();
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('refuses a corrupt line in the middle, naming it, and writes nothing after it', () => {
    const home = storeWithHistory();
    const file = join(home, 'events.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"seq":2', '"seq":3');
    writeFileSync(file, lines.join('\n'));
    const before = readFileSync(file);
    expect(() => Strata.open(home, testEnvironment(1))).toThrow(LogError);
    expect(() => Strata.open(home, testEnvironment(1))).toThrow(/corrupt at line 2: checksum mismatch/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses an event that does not match its schema even with a valid checksum', () => {
    const home = mkdtempSync(join(tmpdir(), 'strata-log-'));
    homes.push(home);
    const log = new FileLog(home);
    log.lock();
    log.append([{ seq: 1, at: 1, event: { type: 'ContainerStopped', id: 'not-an-id' } as never }]);
    log.append([{ seq: 2, at: 2, event: { type: 'ContainerStopped', id: 'a'.repeat(64) } }]);
    log.unlock();
    expect(() => new FileLog(home).read()).toThrow(/line 1: bad event: id/);
  });

  it('one writer at a time: a live holder of the lock keeps others out', () => {
    const home = storeWithHistory();
    writeFileSync(join(home, 'lock'), String(process.ppid));
    expect(() => new FileLog(home).lock(50)).toThrow(/is locked by process/);
  });

  it('a dead holder’s lock is taken over', () => {
    const home = storeWithHistory();
    writeFileSync(join(home, 'lock'), '999999999');
    const log = new FileLog(home);
    expect(() => log.lock(50)).not.toThrow();
    log.unlock();
  });
});
