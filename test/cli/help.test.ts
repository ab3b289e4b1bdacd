/**
 * `strata VERB --help` prints what docker 20.10's client prints (src/cli/help-texts.ts, written by
 * `npm run help-texts`), then strata's own flags on the verb; and that file is what the client prints
 * now, when the client is installed (`--help` needs no engine).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRATA_FLAGS } from '../../src/cli/flags.js';
import { DOCKER_HELP } from '../../src/cli/help-texts.js';
import { HELP_VERBS } from '../../src/cli/help-verbs.js';
import { main } from '../../src/cli/main.js';
import { MANAGEMENT } from '../../src/cli/management.js';
import { runEntry, tempHomes } from '../support/stores.js';

const DOCKER = '/usr/bin/docker';
const newHome = tempHomes('strata-help-');

describe('--help', () => {
  it('of every docker verb strata has, and its management forms, is docker’s text, then strata’s own options', async () => {
    expect(Object.keys(DOCKER_HELP).sort()).toEqual([...HELP_VERBS]);
    const home = newHome();
    for (const verb of HELP_VERBS) {
      const r = await runEntry(main, home, [...verb.split(' '), '--help']);
      expect({ verb, code: r.code, err: r.err }).toEqual({ verb, code: 0, err: '' });
      expect(r.out.startsWith(DOCKER_HELP[verb]!), verb).toBe(true);
      const own = r.out.slice(DOCKER_HELP[verb]!.length);
      // a management form has its verb's flags (`container ls` is `ps`)
      const [group, sub] = verb.split(' ');
      const flags = STRATA_FLAGS[(sub !== undefined ? MANAGEMENT[group!]?.[sub]?.verb : undefined) ?? verb] ?? [];
      for (const f of flags) expect(own, verb).toContain(f.flag);
      if (flags.length === 0) expect(own, verb).toBe('');
    }
  });

  it.skipIf(!existsSync(DOCKER))(`an unknown help topic and a flag error on docker itself read as ${DOCKER}'s (skipped when the client is not installed)`, async () => {
    const client = (args: string[]) => spawnSync(DOCKER, args, { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    const home = newHome();
    for (const args of [['help', 'bogus'], ['help', 'ps', 'extra']]) {
      const d = client(args);
      expect(await runEntry(main, home, args)).toMatchObject({ code: d.status, out: d.stdout, err: d.stderr });
    }
    // then each prints its own usage: docker's lists what strata does not have
    const firstLines = (t: string): string => t.split('\n').slice(0, 3).join('\n');
    for (const args of [['--bogus'], ['-x']]) {
      const d = client(args);
      const r = await runEntry(main, home, args);
      expect({ code: r.code, err: firstLines(r.err) }).toEqual({ code: d.status, err: firstLines(d.stderr) });
    }
  });

  it.skipIf(!existsSync(DOCKER))(`help-texts.ts is what ${DOCKER} prints (skipped when the client is not installed)`, () => {
    for (const verb of HELP_VERBS) {
      const text = execFileSync(DOCKER, [...verb.split(' '), '--help'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
      expect(DOCKER_HELP[verb], `${verb}: run npm run build && npm run help-texts`).toBe(text);
    }
  });
});
