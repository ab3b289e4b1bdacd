/**
 * The file store's guarantees (src/log/file-log.ts): what is acknowledged survives, a command is
 * all or nothing on disk, one writer at a time whatever happened to the last one, corruption is named
 * and repairable, snapshots are a verified cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerInput } from '../../src/commands.js';
import * as table from '../../src/core/table.js';
import { replay } from '../../src/evolve.js';
import { StoreError } from '../../src/log/errors.js';
import { FileLog, type FileLogHooks, SNAPSHOT_EVERY } from '../../src/log/file-log.js';
import { invalidEvent } from '../../src/log/schema.js';
import { snapshotFile } from '../../src/log/snapshot.js';
import { Reader } from '../../src/reader.js';
import { type State, statusOf } from '../../src/state.js';
import { Strata } from '../../src/strata.js';
import { createRequest } from '../../src/testing/decider-spec.js';
import { testEnvironment } from '../../src/testing/environment.js';
import { baseLayer, tempHomes } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});
const newHome = tempHomes('strata-log-');

const importBase = (s: Strata): void => {
  s.execute({ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' });
};
const runWeb = (s: Strata, name = 'web') => s.execute({ type: 'run', detach: false, ...createRequest(name, ['sh', '-c', 'echo hi > /f; echo out']) });

function storeWithHistory(): { home: string; live: Strata['state'] } {
  const home = newHome();
  const s = Strata.open(home, testEnvironment(1));
  importBase(s);
  runWeb(s);
  return { home, live: s.state };
}

const logFile = (home: string): string => join(home, 'events.jsonl');
const lines = (home: string): string[] => readFileSync(logFile(home), 'utf8').split('\n').filter(Boolean);
const lostFound = (home: string): string[] => (existsSync(join(home, 'lost+found')) ? readdirSync(join(home, 'lost+found')) : []);
const names = (s: Strata): string[] => [...table.values(s.state.containers)].map((c) => c.name).sort();

describe('the log', () => {
  it('replays to the live state after reopening; one line per command', () => {
    const { home, live } = storeWithHistory();
    const reopened = Strata.open(home, testEnvironment(1));
    expect(reopened.state).toEqual(live);
    expect(lines(home)).toHaveLength(2);
    expect(reopened.state.seq).toBeGreaterThan(3);
  });

  it('reads logs of the first format (one event a line) and appends batches after them', () => {
    const { home, live } = storeWithHistory();
    const { envelopes: events, commands } = new FileLog(home).read();
    // the first format: {"seq","at","event","sum"}, sum = sha256([seq, at, event]) (first 16 hex digits)
    const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const legacy = events.map(({ seq, at, event }) => `${JSON.stringify({ seq, at, event, sum: createHash('sha256').update(JSON.stringify([seq, at, event])).digest('hex').slice(0, 16) })}\n`);
    writeFileSync(logFile(home), legacy.join(''));
    // which command a line of the first format was part of, a run of them at one time tells
    expect(new FileLog(home).read().commands).toEqual(commands);
    const s = Strata.open(home, testEnvironment(2));
    expect(s.state).toEqual(live);
    runWeb(s, 'web2');
    expect(Strata.open(home).state).toEqual(s.state);
  });
});

describe('a torn write', () => {
  it('is cut whole by the next writer, kept in lost+found, with a warning; readers just ignore it', () => {
    const { home, live } = storeWithHistory();
    const intact = readFileSync(logFile(home));
    appendFileSync(logFile(home), '{"seq":99,"prev":"0000000000000000","events":[{"at":1,"ev');
    const reader = Strata.open(home, testEnvironment(2));
    expect(reader.state).toEqual(live);
    expect(reader.warnings).toEqual([]);
    expect(readFileSync(logFile(home)).length).toBeGreaterThan(intact.length); // a reader repairs nothing
    runWeb(reader, 'after');
    expect(reader.warnings[0]).toMatch(/last \d+ bytes were an unfinished write .* kept in .*lost\+found/);
    expect(lostFound(home)).toHaveLength(1);
    expect(readFileSync(logFile(home)).subarray(0, intact.length)).toEqual(intact);
    expect(names(Strata.open(home))).toEqual(['after', 'web']);
  });

  it('drops a command whole: cut inside run’s line, the container never existed (not Up for ever)', () => {
    const home = newHome();
    const s = Strata.open(home, testEnvironment(1));
    importBase(s);
    const before = readFileSync(logFile(home)).length;
    s.execute({ type: 'run', detach: false, ...createRequest('half', ['sh', '-c', 'echo hi']) });
    const full = readFileSync(logFile(home)).length;
    truncateSync(logFile(home), before + Math.floor((full - before) / 2)); // the crash came mid-write
    const after = Strata.open(home, testEnvironment(1));
    expect(names(after)).toEqual([]);
    runWeb(after, 'next'); // the writer cuts the torn half off first
    expect(names(Strata.open(home))).toEqual(['next']);
  });
});

describe('corruption', () => {
  it('a complete last line that fails its checksum is corruption: named, nothing written, then repaired with a copy kept', async () => {
    const { home } = storeWithHistory();
    const text = lines(home);
    writeFileSync(logFile(home), [text[0], text[1]!.replace('"out\\n"', '"OUT\\n"'), ''].join('\n'));
    const before = readFileSync(logFile(home));
    expect(() => Strata.open(home)).toThrow(StoreError);
    expect(() => Strata.open(home)).toThrow(/corrupt at line 2 \(seq \d+\): checksum mismatch; .*store repair --truncate-at 2/);
    expect(readFileSync(logFile(home))).toEqual(before);
    const { main } = await import('../../src/cli/main.js');
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), outBytes: () => undefined, stdoutIsTerminal: false, stdinIsTerminal: true, stdin: async () => new Uint8Array(), home, env: {} };
    expect(await main(['ps', '-a'], io)).toBe(1);
    expect(out.join('')).toMatch(/^strata: the event log .* is corrupt at line 2/);
    out.length = 0;
    expect(await main(['store', 'check'], io)).toBe(1);
    expect(out.join('')).toMatch(/problem: line 2 \(seq \d+\): checksum mismatch/);
    out.length = 0;
    expect(await main(['store', 'repair', '--truncate-at', '2'], io)).toBe(0);
    expect(out.join('')).toMatch(/cut line 2 \(1 line, \d+ events\) from the log; kept in .*lost\+found/);
    expect(lostFound(home)).toHaveLength(1);
    expect(readFileSync(join(home, 'lost+found', lostFound(home)[0]!), 'utf8')).toContain('"OUT\\n"');
    out.length = 0;
    expect(await main(['store', 'check'], io)).toBe(0);
    expect(names(Strata.open(home))).toEqual([]);
  });

  it('a corrupt line in the middle is named; a line that does not follow the one before is corruption too', () => {
    const { home } = storeWithHistory();
    runWeb(Strata.open(home, testEnvironment(3)), 'third');
    const text = lines(home);
    writeFileSync(logFile(home), [text[0], text[2], text[1], ''].join('\n'));
    expect(() => Strata.open(home)).toThrow(/corrupt at line 2 .*does not follow the line before it/);
  });
});

describe('appends are all or nothing', () => {
  const failing = (home: string, hooks: FileLogHooks): Strata => new Strata(new FileLog(home, { hooks, validate: invalidEvent }), testEnvironment(5));

  it('a short write is cut back and the command fails: the state and the log are unchanged', () => {
    const { home, live } = storeWithHistory();
    const before = readFileSync(logFile(home));
    let calls = 0;
    const s = failing(home, { write: (_fd, _b, _o, length) => (++calls === 1 ? Math.floor(length / 2) : 0) });
    expect(() => runWeb(s, 'short')).toThrow(/cannot append to .*events\.jsonl: short write \(SHORT\); the command was not applied/);
    expect(readFileSync(logFile(home))).toEqual(before);
    expect(s.state).toEqual(live);
    runWeb(Strata.open(home, testEnvironment(6)), 'later');
    expect(names(Strata.open(home))).toEqual(['later', 'web']);
  });

  it.each(['append', 'fsync'] as const)('an ENOSPC at %s is cut back and reported in one line', (step) => {
    const { home } = storeWithHistory();
    const before = readFileSync(logFile(home));
    const s = failing(home, { step: (name) => {
      if (name === step) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    } });
    expect(() => runWeb(s, 'full')).toThrow(/no space left on device \(ENOSPC\)/);
    expect(readFileSync(logFile(home))).toEqual(before);
  });

  it('blobs are written before the line that names them: a failing blob write appends nothing', () => {
    const home = newHome();
    const s = failing(home, { step: (name) => {
      if (name === 'blob') throw Object.assign(new Error('denied'), { code: 'EACCES' });
    } });
    expect(() => importBase(s)).toThrow(/cannot write the blob .*: permission denied \(EACCES\)/);
    expect(existsSync(logFile(home))).toBe(false);
  });

  it('a missing blob is one clear error, and the command appends nothing', () => {
    const { home } = storeWithHistory();
    rmSync(join(home, 'blobs'), { recursive: true });
    const before = readFileSync(logFile(home));
    const s = Strata.open(home, testEnvironment(7));
    expect(() => s.execute({ type: 'run', detach: false, ...createRequest('catter', ['cat', '/bin/sh']) })).toThrow(/is missing blob sha256:[0-9a-f]{64}, which its log names/);
    expect(readFileSync(logFile(home))).toEqual(before);
  });
});

describe('one writer at a time', () => {
  it('a second writer waits for the first (in one process too: the lock is per open file)', () => {
    const { home } = storeWithHistory();
    const a = new FileLog(home);
    const b = new FileLog(home);
    a.lock();
    expect(() => b.lock(30)).toThrow(new RegExp(`locked by process ${process.pid}`));
    a.unlock();
    expect(() => b.lock(30)).not.toThrow();
    b.unlock();
  });

  it('at every step of a command, nobody else can take the lock', () => {
    const { home } = storeWithHistory();
    const steps: string[] = [];
    const other = new FileLog(home);
    const s = new Strata(new FileLog(home, { validate: invalidEvent, hooks: { step: (name) => {
      if (name === 'lock') return;
      steps.push(name);
      expect(() => other.lock(0)).toThrow(/locked/);
    } } }), testEnvironment(8));
    s.execute({ type: 'run', detach: false, ...createRequest('guarded', ['sh', '-c', 'echo guarded > /g']) });
    expect(steps).toEqual(['blob', 'append', 'fsync']);
    expect(() => other.lock(0)).not.toThrow(); // released when the command ended
    other.unlock();
  });

  it('a holder killed with SIGKILL holds nothing: the kernel released its lock, whatever its lock file says', async () => {
    const { home } = storeWithHistory();
    const lockFile = join(home, 'lock');
    const holder = spawn(process.execPath, ['-e', `
      const fs = require('node:fs'); const fsx = require(${JSON.stringify(createRequire(import.meta.url).resolve('fs-native-extensions'))});
      const fd = fs.openSync(${JSON.stringify(lockFile)}, 'r+');
      if (!fsx.tryLock(fd)) process.exit(3);
      fs.writeSync(fd, process.pid + '\\n', 0); console.log('held'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    expect(() => new FileLog(home).lock(30)).toThrow(new RegExp(`locked by process ${holder.pid}`));
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(readFileSync(lockFile, 'utf8')).toBe(`${holder.pid}\n`); // its pid is still written there
    const s = Strata.open(home, testEnvironment(9));
    runWeb(s, 'after-kill');
    expect(names(Strata.open(home))).toEqual(['after-kill', 'web']);
  });
});

describe('the lock binary', () => {
  it("a CLI writer loads the binary fs-native-extensions ships, not the package's resolver (require-addon: some 20 ms a command)", () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const home = newHome();
    const preload = join(home, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify(Object.keys(require.cache))));\n");
    const r = spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'strata.js'), 'container', 'prune', '-f'], { env: { ...process.env, STRATA_HOME: home }, encoding: 'utf8', timeout: 60_000 });
    // prune appends its (empty) report: the writer took the lock
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(home, 'events.jsonl'))).toBe(true);
    const loaded = JSON.parse(/\nLOADED (.*)$/.exec(r.stderr)?.[1] ?? '[]') as string[];
    expect(loaded.filter((m) => m.endsWith('fs-native-extensions.node'))).toHaveLength(1);
    expect(loaded.filter((m) => /require-addon|bare-addon-resolve/.test(m))).toEqual([]);
  });
});

describe('the environment', () => {
  it('STRATA_HOME empty, a file, or a lock path that is a directory: one clear error', () => {
    expect(() => new FileLog('')).toThrow(/STRATA_HOME is set but empty/);
    const home = newHome();
    const file = join(home, 'not-a-dir');
    writeFileSync(file, 'x');
    expect(() => Strata.open(file)).toThrow(/the store .*not-a-dir cannot be used: it is not a directory/);
    expect(() => Strata.open(join(file, 'below'))).toThrow(/a part of its path is not a directory/);
    const other = newHome();
    mkdirSync(join(other, 'lock'));
    expect(() => importBase(Strata.open(other))).toThrow(/cannot open the lock file .*lock: is a directory \(EISDIR\)/);
  });

  it('opening a store that does not exist creates nothing until a command is appended', () => {
    const home = join(newHome(), 'fresh');
    expect(Strata.open(home).state.seq).toBe(0);
    expect(existsSync(home)).toBe(false);
  });
});

/** A store whose log has run past its first snapshot. */
function storeWithSnapshot(seed: number): { home: string; s: Strata } {
  const home = newHome();
  const s = Strata.open(home, testEnvironment(seed));
  importBase(s);
  while (s.state.seq < SNAPSHOT_EVERY + 5) runWeb(s, `c${s.state.seq}`);
  return { home, s };
}

describe('snapshots', () => {
  /** The seq a snapshot file folds the log up to. */
  const snapshotSeq = (home: string): number => (JSON.parse(readFileSync(snapshotFile(home), 'latin1').split('\n')[1]!) as { cursor: { seq: number } }).cursor.seq;

  it('a reader that read lines after a small snapshot leaves a new one at once, so the next read checks none; a writer waits for 256 events', () => {
    const { home, s } = storeWithSnapshot(15);
    const taken = snapshotSeq(home);
    runWeb(s, 'a');
    expect(snapshotSeq(home)).toBe(taken);
    const r = Reader.open(home);
    // opening writes nothing (a refused verb, a look at the past): the snapshot is left once answered
    expect(snapshotSeq(home)).toBe(taken);
    r.leave();
    expect(snapshotSeq(home)).toBe(s.state.seq);
    expect(r.state).toEqual(s.state);
    expect(new FileLog(home).project(null)).toEqual({ state: s.state, replayed: 0 });
  });

  it('past the small size, a reader leaves one only once the lines it decodes after the snapshot outweigh it in bytes', () => {
    // containers run and removed: the log grows, the state (and so the snapshot) stays small
    const home = newHome();
    const s = Strata.open(home, testEnvironment(14));
    importBase(s);
    let n = 0;
    const runRm = (): void => {
      runWeb(s, `b${n}`);
      s.execute({ type: 'rm', ref: `b${n++}`, force: false });
    };
    while (s.state.seq < SNAPSHOT_EVERY + 5) runRm();
    const taken = snapshotSeq(home);
    const size = statSync(snapshotFile(home)).size;
    const tail = (): number => statSync(logFile(home)).size - Number(/"offset":(\d+)/.exec(readFileSync(snapshotFile(home), 'latin1'))![1]);
    /** what a reader does, with every snapshot counted as large */
    const read = (): State => {
      const log = new FileLog(home, { frozen: false, smallSnapshot: 0 });
      const { state } = log.project(null);
      log.checkpoint(state, true);
      return state;
    };
    runWeb(s, 'a');
    expect(tail()).toBeLessThan(size);
    read();
    expect(snapshotSeq(home)).toBe(taken);
    while (tail() < size) {
      if (s.state.seq - taken >= SNAPSHOT_EVERY) throw new Error('the lines after the snapshot never outweighed it');
      runRm();
    }
    expect(s.state.seq - taken).toBeLessThan(SNAPSHOT_EVERY);
    expect(snapshotSeq(home)).toBe(taken);
    expect(read()).toEqual(s.state);
    expect(snapshotSeq(home)).toBe(s.state.seq);
    expect(new FileLog(home).project(null)).toEqual({ state: s.state, replayed: 0 });
  });

  it(`are written once ${SNAPSHOT_EVERY} events have been appended, and opening then replays only the tail`, () => {
    const home = newHome();
    const s = Strata.open(home, testEnvironment(10));
    importBase(s);
    let n = 0;
    while (s.state.seq < SNAPSHOT_EVERY + 20) runWeb(s, `c${n++}`);
    expect(existsSync(snapshotFile(home))).toBe(true);
    const opened = new FileLog(home).project(null);
    expect(opened.state).toEqual(s.state);
    expect(opened.replayed).toBeLessThan(s.state.seq - SNAPSHOT_EVERY + 20);
    expect(opened.state).toEqual(replay(new FileLog(home).read().envelopes));
  });

  it('a snapshot written by another build of strata (another state layout) is rebuilt, without a warning', () => {
    const { home, s } = storeWithSnapshot(13);
    const bytes = readFileSync(snapshotFile(home));
    const other = Buffer.from(bytes.toString('latin1').replace(/"build":"[^"]*"/, '"build":"0.0.0:1:1"'), 'latin1');
    expect(other.equals(bytes)).toBe(false);
    writeFileSync(snapshotFile(home), other);
    const log = new FileLog(home);
    const opened = log.project(null);
    expect(opened.replayed).toBe(s.state.seq);
    expect(opened.state).toEqual(s.state);
    expect(log.warnings).toEqual([]);
  });

  it('a snapshot of another log (or a repaired one) is not used', () => {
    const { home } = storeWithSnapshot(11);
    const snapshot = readFileSync(snapshotFile(home));
    const other = newHome();
    const t = Strata.open(other, testEnvironment(12));
    importBase(t);
    writeFileSync(snapshotFile(other), snapshot);
    const opened = new FileLog(other).project(null);
    expect(opened.state).toEqual(t.state);
    expect(opened.replayed).toBe(t.state.seq);
    expect(statSync(snapshotFile(other)).size).toBe(snapshot.length);
    expect([...table.values(opened.state.containers)].map((c) => statusOf(c.state))).toEqual([]);
  });
});
