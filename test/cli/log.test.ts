/**
 * `strata log` (the event log itself, one row per line of events.jsonl or per event) and `--at SEQ`
 * on the read verbs (the answer as it was right after event SEQ, replayed, never written).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerInput } from '../../src/commands.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { main as readMain } from '../../src/cli/read.js';
import { dockerCli } from '../../src/index.js';
import { Strata } from '../../src/strata.js';
import { createRequest } from '../../src/testing/decider-spec.js';
import { testEnvironment } from '../../src/testing/environment.js';
import { scenario } from '../../src/testing/index.js';
import { ModelSession } from '../../src/testing/session.js';
import { type Result, baseLayer, runEntry, tempHomes } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});
const newHome = tempHomes('strata-log-');

/** The example: an image, a container committed into a second one, a container of each. */
function store(): string {
  const home = newHome();
  const s = Strata.open(home, testEnvironment(3, Date.UTC(2026, 0, 2)));
  s.execute({ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' });
  s.execute({ type: 'run', detach: false, ...createRequest('dd1', ['sh', '-c', 'echo hi > /f']) });
  s.execute({ type: 'commit', ref: 'dd1', repoTag: 'ddimg:1', message: '', author: '', changes: [], pause: true });
  s.execute({ type: 'create', ...createRequest('dd2', ['true'], { image: 'ddimg:1' }) });
  s.execute({ type: 'run', detach: true, ...createRequest('dd3', ['sleep', '1000']) });
  s.close();
  return home;
}

const cli = (home: string, argv: readonly string[], entry: (argv: readonly string[], io: Io) => Promise<number | undefined> = main): Promise<Result> => runEntry(entry, home, argv);

const logLines = (home: string): string[] => readFileSync(join(home, 'events.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
const files = (home: string): string[] => readdirSync(home, { recursive: true }).map(String).sort();

describe('strata log', () => {
  it('[VIEW-2] prints one numbered row per line of events.jsonl, each with its events’ sequence numbers', async () => {
    const home = store();
    const r = await cli(home, ['log']);
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^LINE +SEQ +TIME +EVENTS$/);
    const lines = logLines(home);
    expect(rows.length - 1).toBe(lines.length);
    rows.slice(1).forEach((row, i) => {
      const first = (JSON.parse(lines[i]!) as { seq: number }).seq;
      expect(row.split(/ +/).slice(0, 2)).toEqual([String(i + 1), expect.stringMatching(new RegExp(`^${first}(-\\d+)?$`))]);
    });
    expect(r.out).toContain('ContainerCreated dd1');
    expect(r.out).toContain('ImageTagged ddimg:1 ->');
  });

  it('prints one row per event with --events, and chooses them with --since-seq, --until-seq and --type', async () => {
    const home = store();
    const all = await cli(home, ['log', '--events', '--format', '{{.Seq}} {{.Line}} {{.Type}}']);
    const rows = all.out.trimEnd().split('\n');
    const events = logLines(home).flatMap((l, i) => (JSON.parse(l) as { events: { event: { type: string } }[] }).events.map((e) => `${i + 1} ${e.event.type}`));
    expect(rows).toEqual(events.map((e, i) => `${i + 1} ${e}`));
    const window = await cli(home, ['log', '--events', '--since-seq', '4', '--until-seq', '7', '--format', '{{.Seq}}']);
    expect(window.out).toBe('4\n5\n6\n7\n');
    const created = await cli(home, ['log', '--events', '--type', 'ContainerCreated', '--format', '{{.Summary}}']);
    expect(created.out.trimEnd().split('\n').map((l) => l.split(' ')[0])).toEqual(['dd1', 'dd2', 'dd3']);
    // by line, only the lines that have such an event, and only those events
    const byLine = await cli(home, ['log', '--type', 'ImageTagged,LayerDeleted', '--format', '{{.Line}} {{.Types}}']);
    expect(byLine.out).toBe('1 ImageTagged\n3 ImageTagged\n');
  });

  it('refuses an unknown event type and a sequence number that is not one, changing nothing', async () => {
    const home = store();
    const before = files(home);
    const badType = await cli(home, ['log', '--type', 'ContainerExploded']);
    expect(badType).toMatchObject({ code: 125, out: '' });
    expect(badType.err).toMatch(/^strata: --type ContainerExploded: not an event type; the log's types are LayerRegistered, /);
    const badSeq = await cli(home, ['log', '--since-seq', '-1']);
    expect(badSeq.code).toBe(125);
    expect(badSeq.err).toContain('invalid argument "-1" for "--since-seq" flag');
    expect(files(home)).toEqual(before);
  });

  it('prints the same from the read verbs’ entry point as from the whole CLI', async () => {
    const home = store();
    for (const argv of [['log'], ['log', '--events'], ['log', '--until-seq', '5', '--format', '{{json .}}']]) {
      const whole = await cli(home, argv);
      const read = await cli(home, argv, readMain);
      expect(read).toEqual(whole);
    }
  });
});

describe('--at SEQ', () => {
  it('answers as the store was right after the event, and writes nothing', async () => {
    const home = store();
    const before = files(home);
    // after event 7 (the end of `run dd1`) there was one container and one image
    const ps = await cli(home, ['ps', '-a', '--at', '7', '--format', '{{.Names}} {{.Status}}']);
    expect(ps).toEqual({ code: 0, out: 'dd1 Exited (0) Less than a second ago\n', err: '' });
    const images = await cli(home, ['images', '--at', '7', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(images.out).toBe('base:1\n');
    const none = await cli(home, ['ps', '-a', '--at', '0', '-q']);
    expect(none).toEqual({ code: 0, out: '', err: '' });
    const gone = await cli(home, ['inspect', '--at', '7', 'dd3']);
    expect(gone.code).toBe(1);
    expect(gone.err).toBe('Error: No such object: dd3\n');
    // the read entry point hands `--at` to the whole CLI, untouched
    expect((await cli(home, ['ps', '-a', '--at', '7'], readMain)).code).toBeUndefined();
    expect(files(home)).toEqual(before);
  });

  it('refuses a sequence number past the log’s end (exit 1) or not a number (exit 125)', async () => {
    const home = store();
    expect(await cli(home, ['ps', '--at', '99'])).toEqual({ code: 1, out: '', err: "strata: --at 99: the log's last event is 15\n" });
    const bad = await cli(home, ['diff', '--at', 'x', 'dd1']);
    expect(bad.code).toBe(125);
    expect(bad.err).toBe('invalid argument "x" for "--at" flag: strconv.ParseUint: parsing "x": invalid syntax\nSee \'strata diff --help\'.\n');
  });

  test.prop([scenario({ containers: 3, images: 2, maxCommands: 12 })], { numRuns: 15 })('[VIEW-1] ps -a, images, diff and logs --at SEQ print what they printed right after event SEQ', (s) => {
    const session = new ModelSession('');
    // the live answers at the model clock, as `--at` answers at its event's time
    const docker = (argv: readonly string[]): string => {
      const r = dockerCli(argv, { strata: session.strata, now: () => session.state.clock });
      return `${r.exitCode}\n${r.stdout}${r.stderr}`;
    };
    const reads = (): string[][] => [['ps', '-a'], ['images', '-a'], ...['c0', 'c1', 'c2'].flatMap((n) => [['diff', n], ['logs', n]])];
    const seen: { seq: number; printed: string[] }[] = [];
    for (const command of s.commands) {
      session.run(command.argv);
      seen.push({ seq: session.state.seq, printed: reads().map(docker) });
    }
    for (const { seq, printed } of seen) expect(reads().map((argv) => docker([argv[0]!, '--at', String(seq), ...argv.slice(1)]))).toEqual(printed);
  });
});
