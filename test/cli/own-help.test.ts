/**
 * The help of what is strata's own: `strata --help` (and `strata` alone, and `strata help`), and
 * `--help` of strata's own verbs, each held to the flags its verb takes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_HELP, EXPORT_PROMELA_HELP } from '../../src/check/help.js';
import { CHECK_FLAGS, EXPORT_FLAGS } from '../../src/check/main.js';
import { main } from '../../src/cli/main.js';
import { OWN_COMMANDS, OWN_HELP, topHelp } from '../../src/cli/own-help.js';
import { allUsages } from '../../src/cli/usage.js';
const USAGES = allUsages();
import { READ_FLAGS } from '../../src/cli/verbs.js';
import { runEntry, tempHomes } from '../support/stores.js';

const newHome = tempHomes('strata-own-help-');

/** The long flags a help text lists, `--name` from each option row. */
const listed = (help: string): string[] => [...help.matchAll(/^ {2}(?:-[a-z], | {4})(--[a-z-]+)/gm)].map((m) => m[1]!);

describe('strata --help', () => {
  it('lists docker’s commands that strata has, then strata’s own, on stdout; alone, on stderr; exit 0 both', async () => {
    const home = newHome();
    const help = await runEntry(main, home, ['--help']);
    expect(help).toMatchObject({ code: 0, out: topHelp(), err: '' });
    expect(await runEntry(main, home, ['help'])).toMatchObject({ code: 0, out: topHelp(), err: '' });
    expect(await runEntry(main, home, [])).toMatchObject({ code: 0, out: '', err: topHelp() });
    for (const verb of Object.keys(USAGES).filter((v) => !v.includes(' ') && USAGES[v]!.usage.startsWith('docker '))) {
      expect(help.out, verb).toContain(`\n  ${verb.padEnd(11)} ${USAGES[verb]!.short}\n`);
    }
    for (const [name] of OWN_COMMANDS) expect(help.out).toContain(`\n  ${name} `);
  });

  it('help WORD… is WORD… --help; a word that names no command is docker’s unknown help topic, exit 1', async () => {
    const home = newHome();
    for (const words of [['ps'], ['container', 'list'], ['check'], ['export', 'promela'], ['diagram', 'layers'], ['store']]) {
      const asked = await runEntry(main, home, [...words, '--help']);
      expect(asked.code).toBe(0);
      expect(await runEntry(main, home, ['help', ...words])).toEqual(asked);
    }
    expect(await runEntry(main, home, ['help', 'bogus'])).toMatchObject({ code: 1, out: '', err: 'unknown help topic: bogus\n' });
    expect(await runEntry(main, home, ['help', 'ps', 'extra'])).toMatchObject({ code: 1, out: '', err: 'unknown help topic: extra\n' });
  });

  it('follows a flag error on docker itself, as docker’s usage follows its own', async () => {
    const home = newHome();
    expect(await runEntry(main, home, ['--bogus'])).toMatchObject({ code: 125, out: '', err: `unknown flag: --bogus\nSee 'docker --help'.\n${topHelp()}\n` });
    expect(await runEntry(main, home, ['-x'])).toMatchObject({ code: 125, out: '', err: `unknown shorthand flag: 'x' in -x\nSee 'docker --help'.\n${topHelp()}\n` });
  });

  it('names every command it lists so that `strata COMMAND --help` answers it', async () => {
    const home = newHome();
    const names = [...topHelp().matchAll(/^ {2}([a-z]+(?: [a-z]+)?) {2,}/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const r = await runEntry(main, home, [...name.split(' '), '--help']);
      expect({ name, code: r.code, err: r.err }).toEqual({ name, code: 0, err: '' });
      expect(r.out, name).toMatch(/^\nUsage: {2}(docker|strata) /);
    }
  });
});

describe('--help of strata’s own verbs', () => {
  it('of check and export promela: each flag the checker takes, exit 0, with --help anywhere on the line', async () => {
    const home = newHome();
    expect(await runEntry(main, home, ['check', '--help'])).toMatchObject({ code: 0, out: CHECK_HELP, err: '' });
    expect(await runEntry(main, home, ['check', '--depth', '2', '--help'])).toMatchObject({ code: 0, out: CHECK_HELP, err: '' });
    expect(await runEntry(main, home, ['export', 'promela', '--help'])).toMatchObject({ code: 0, out: EXPORT_PROMELA_HELP, err: '' });
    expect(listed(CHECK_HELP).sort()).toEqual(CHECK_FLAGS.map((f) => `--${f}`).sort());
    expect(listed(EXPORT_PROMELA_HELP).sort()).toEqual(EXPORT_FLAGS.map((f) => `--${f}`).sort());
    // the top help's line for each is its verb's own
    for (const [name, help] of [['check', CHECK_HELP], ['export promela', EXPORT_PROMELA_HELP]] as const) {
      expect(help.split('\n')[3]).toBe(OWN_COMMANDS.find(([n]) => n === name)![1]);
    }
    expect(await runEntry(main, home, ['check', '--bogus'])).toMatchObject({ code: 125, err: "strata: unknown flag: --bogus\nSee 'strata check --help'.\n" });
  });

  it('of diagram, log, explore and store: their usage and flags, each flag one the verb takes', async () => {
    const home = newHome();
    expect(listed(OWN_HELP['log']!).sort()).toEqual(READ_FLAGS['log']!.map((f) => f.flags.split(' ')[0]!).sort());
    for (const verb of ['diagram lifecycle', 'diagram layers', 'log', 'explore', 'store check', 'store repair']) {
      const r = await runEntry(main, home, [...verb.split(' '), '--help']);
      expect({ verb, ...r }).toMatchObject({ verb, code: 0, out: OWN_HELP[verb], err: '' });
      expect(r.out).toContain(`\nUsage:  ${USAGES[verb]!.usage}\n\n${USAGES[verb]!.short}\n`);
      for (const flag of listed(r.out)) {
        // a flag the verb does not take is docker's unknown flag, whatever else is wrong with the line
        const typed = await runEntry(main, home, [...verb.split(' '), flag, flag === '--output' ? join(home, 'page') : '1']);
        expect(typed.err, `${verb} ${flag}`).not.toMatch(/unknown flag/);
      }
    }
    for (const group of ['diagram', 'store']) {
      expect(await runEntry(main, home, [group, '--help'])).toMatchObject({ code: 0, out: OWN_HELP[group], err: '' });
      expect(await runEntry(main, home, [group])).toMatchObject({ code: 0, out: '', err: OWN_HELP[group] });
    }
  });
});
