/**
 * Every flag docker 20.10 has for a verb strata has (src/cli/flags.ts) reaches strata: a modelled one
 * its handler, a refused one strata's line (exit 125) before any handler runs; a flag docker has not
 * stays docker's unknown flag. The management forms (`container rm`, `image ls`…) run their verb's
 * handler under docker's names and aliases, with their own usage lines.
 */
import { describe, expect, it } from 'vitest';
import type { Cli, Opts } from '../../src/cli/containers.js';
import { DOCKER_FLAGS, type DockerFlag, VERBS_NOT_MODELLED, flagCounts, flagRefusal } from '../../src/cli/flags.js';
import { GROUP_USAGES } from '../../src/cli/help.js';
import type { Io } from '../../src/cli/io.js';
import { MANAGEMENT } from '../../src/cli/management.js';
import { type Groups, runProgram } from '../../src/cli/program.js';
import { allUsages } from '../../src/cli/usage.js';
const USAGES = allUsages();

interface Ran {
  /** the handler's verb group and name, its arguments and options, when a handler ran */
  readonly call?: { readonly handler: string; readonly args: string[]; readonly opts: Opts };
  readonly out: string;
  readonly err: string;
  readonly code: number;
}

/** The whole CLI's parsing, with every handler a recorder: what reaches a handler, and what is answered before. */
async function parse(argv: readonly string[]): Promise<Ran> {
  let call: Ran['call'];
  const group = (letter: string) => async () =>
    new Proxy(
      {},
      {
        get: (_, name) =>
          name === 'then'
            ? undefined
            : (_cli: Cli, args: string[], opts: Opts): number => {
                call = { handler: `${letter}.${String(name)}`, args, opts };
                return 0;
              },
      },
    );
  const groups = Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'I', 'L', 'Q', 'S', 'X', 'Y'].map((l) => [l, group(l)])) as unknown as Groups;
  let out = '';
  let err = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) } as Io;
  const code = await runProgram(argv, io, groups, async () => ({}) as Cli);
  return { ...(call !== undefined ? { call } : {}), out, err, code };
}

/** Arguments enough for a verb's usage. */
const argsFor = (verb: string): string[] => Array.from({ length: USAGES[verb]!.min }, (_, i) => `arg${i}`);

/** The flag typed as a user would: `--publish x`, `--rm`; a flag on by default turned off. */
function typed(f: DockerFlag): string[] {
  if (f.type !== undefined) return [f.long, f.class.kind === 'partly' ? 'host' : 'x'];
  return f.class.kind === 'partly' ? [`${f.long}=false`] : [f.long];
}

/** Each docker verb strata has, as typed at the top level or in a management command, and its key in DOCKER_FLAGS. */
const FORMS: readonly { argv: string[]; verb: string; usage: string }[] = [
  ...Object.keys(DOCKER_FLAGS)
    .filter((v) => !v.includes(' '))
    .map((v) => ({ argv: [v], verb: v, usage: v })),
  ...Object.entries(MANAGEMENT).flatMap(([group, subs]) =>
    Object.entries(subs)
      .filter(([, s]) => DOCKER_FLAGS[s.verb] !== undefined)
      .map(([name, s]) => ({ argv: [group, name], verb: s.verb, usage: `${group} ${name}` })),
  ),
];

describe('every docker flag of the verbs strata has', () => {
  it('is classified for every docker verb strata declares', () => {
    const own = /^(store|diagram) |^(explore|log)$/;
    const verbs = Object.keys(USAGES).filter((v) => !own.test(v));
    const forms = new Set(Object.entries(MANAGEMENT).flatMap(([group, subs]) => Object.keys(subs).map((name) => `${group} ${name}`)));
    const unclassified = verbs.filter((v) => DOCKER_FLAGS[v] === undefined && !(forms.has(v) && DOCKER_FLAGS[MANAGEMENT[v.split(' ')[0]!]![v.split(' ')[1]!]!.verb] !== undefined));
    expect(unclassified, 'a verb whose docker flags src/cli/flags.ts does not list').toEqual([]);
  });

  it('is classified: the counts', () => {
    const n = flagCounts();
    expect(n.modelled + n.refused + n.partly).toBe(Object.values(DOCKER_FLAGS).flat().length);
    expect(n.modelled).toBeGreaterThan(50);
  });

  it('reaches the handler when modelled, and is refused with one line, exit 125, before any handler runs when not', async () => {
    for (const form of FORMS) {
      for (const f of DOCKER_FLAGS[form.verb]!) {
        const argv = [...form.argv, ...typed(f), ...argsFor(form.usage)];
        const r = await parse(argv);
        const what = argv.join(' ');
        if (f.class.kind === 'modelled') {
          expect(r.err, what).toBe('');
          expect(r.call, what).toBeDefined();
        } else {
          const value = f.class.kind === 'partly' ? (f.type !== undefined ? 'host' : 'false') : undefined;
          // --pull host is docker's own error (an invalid value), which the handler prints
          if (f.long === '--pull' && f.type !== undefined) {
            expect(r.call, what).toBeDefined();
            continue;
          }
          expect({ err: r.err, code: r.code, ran: r.call !== undefined }, what).toEqual({ err: flagRefusal(f, value), code: 125, ran: false });
        }
      }
    }
  });

  it('by its short name too', async () => {
    const r = await parse(['container', 'run', '-p', '80:80', 'base:1', 'true']);
    expect({ err: r.err, code: r.code }).toEqual({ err: 'strata: --publish is not modelled (strata has no networks)\n', code: 125 });
    expect((await parse(['run', '-itd', 'base:1'])).err).toBe("strata: --interactive is not modelled (strata's processes have no stdin)\nstrata: --tty is not modelled (strata's processes have no terminal)\n");
  });

  it('run: -p, -v, --network host, -m, --cpus, --privileged, --cap-add and --mount are refused, each with its reason', async () => {
    const cases: [string[], string][] = [
      [['-p', '80:80'], '--publish is not modelled (strata has no networks)'],
      [['-v', '/a:/b'], '--volume is not modelled (strata has no volumes or mounts)'],
      [['--network', 'host'], '--network host is not modelled (strata has no networks but the default bridge and none)'],
      [['--network=mynet'], '--network mynet is not modelled (strata has no networks but the default bridge and none)'],
      [['-m', '1g'], '--memory is not modelled (strata has no resource limits)'],
      [['--cpus', '2'], '--cpus is not modelled (strata has no resource limits)'],
      [['--privileged'], '--privileged is not modelled (strata has no privileges or capabilities)'],
      [['--cap-add', 'NET_ADMIN'], '--cap-add is not modelled (strata has no privileges or capabilities)'],
      [['--mount', 'type=bind,src=/a,dst=/b'], '--mount is not modelled (strata has no volumes or mounts)'],
      [['--pull', 'always'], '--pull always is not modelled (strata has no registry)'],
      [['--disable-content-trust=false'], '--disable-content-trust=false is not modelled (strata has no registry)'],
      [['--domainname', 'box'], '--domainname is not modelled yet'],
    ];
    for (const [flags, line] of cases) {
      const r = await parse(['run', ...flags, 'base:1', 'true']);
      expect({ err: r.err, code: r.code, ran: r.call !== undefined }, flags.join(' ')).toEqual({ err: `strata: ${line}\n`, code: 125, ran: false });
    }
  });

  it('the networks strata models, and the defaults of flags on by default, are run', async () => {
    for (const flags of [['--network', 'none'], ['--network', 'bridge'], ['--network=default'], ['--sig-proxy'], ['--sig-proxy=true'], ['--disable-content-trust'], ['--privileged=false'], ['--pull', 'never']]) {
      const r = await parse(['run', ...flags, 'base:1', 'true']);
      expect({ err: r.err, handler: r.call?.handler, args: r.call?.args }, flags.join(' ')).toEqual({ err: '', handler: 'C.run', args: ['base:1', 'true'] });
    }
  });

  it('-h, --stop-signal and --stop-timeout reach the handler with their values', async () => {
    const r = await parse(['run', '-h', 'box', '--stop-signal', 'USR1', '--stop-timeout', '-1', 'base:1', 'true']);
    expect({ err: r.err, handler: r.call?.handler, args: r.call?.args }).toEqual({ err: '', handler: 'C.run', args: ['base:1', 'true'] });
    expect(r.call?.opts).toMatchObject({ hostname: 'box', stopSignal: 'USR1', stopTimeout: '-1' });
  });

  it('a wrong argument count is docker’s error first, as docker checks it before anything', async () => {
    const r = await parse(['run', '-p', '80:80']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^"docker run" requires at least 1 argument\./);
  });

  it('a flag docker has not stays docker’s unknown flag', async () => {
    expect(await parse(['run', '--nosuch', 'base:1'])).toEqual({ out: '', err: "unknown flag: --nosuch\nSee 'docker run --help'.\n", code: 125 });
    expect(await parse(['container', 'list', '--nosuch'])).toEqual({ out: '', err: "unknown flag: --nosuch\nSee 'docker container ls --help'.\n", code: 125 });
    expect(await parse(['image', 'rmi', '-z', 'x'])).toEqual({ out: '', err: "unknown shorthand flag: 'z' in -z\nSee 'docker image rm --help'.\n", code: 125 });
    // a flag after the command of run is the command's, as it is typed
    expect((await parse(['run', 'base:1', 'ls', '-p', '80'])).call?.args).toEqual(['base:1', 'ls', '-p', '80']);
    expect((await parse(['run', '--name', 'x', '--privileged=false', 'base:1', 'app', '--privileged=true', '--sig-proxy=false'])).call?.args).toEqual([
      'base:1',
      'app',
      '--privileged=true',
      '--sig-proxy=false',
    ]);
    expect((await parse(['run', '-e', 'A=1', '--privileged=true', 'base:1'])).err).toBe('strata: --privileged is not modelled (strata has no privileges or capabilities)\n');
  });

  it('--init reaches the handler as given: true, false, or not at all (HostConfig.Init null)', async () => {
    for (const [flag, init] of [['--init', true], ['--init=true', true], ['--init=1', true], ['--init=false', false], ['--init=0', false]] as const) {
      const r = await parse(['run', flag, 'base:1', 'app', '--init=false']);
      expect({ err: r.err, init: r.call?.opts['init'], args: r.call?.args }, flag).toEqual({ err: '', init, args: ['base:1', 'app', '--init=false'] });
    }
    expect((await parse(['create', 'base:1'])).call?.opts['init']).toBeUndefined();
    expect(await parse(['create', '--no-init', 'base:1'])).toMatchObject({ err: "unknown flag: --no-init\nSee 'docker create --help'.\n", code: 125 });
  });
});

describe('the management commands', () => {
  it('run their verb’s handler under every name and alias', async () => {
    const cases: [string[], string][] = [
      [['container', 'ls', '-a'], 'Q.ps'],
      [['container', 'ps', '-a'], 'Q.ps'],
      [['container', 'list', '-a'], 'Q.ps'],
      [['container', 'rm', '-f', 'x'], 'C.rm'],
      [['container', 'run', '-d', 'base:1'], 'C.run'],
      [['container', 'prune', '-f'], 'I.containerPrune'],
      [['container', 'commit', 'x'], 'C.commit'],
      [['container', 'export', 'x'], 'X.exportCmd'],
      [['image', 'ls'], 'Q.images'],
      [['image', 'list'], 'Q.images'],
      [['image', 'rm', 'x'], 'I.rmi'],
      [['image', 'rmi', 'x'], 'I.rmi'],
      [['image', 'remove', 'x'], 'I.rmi'],
      [['image', 'build', '.'], 'B.build'],
      [['image', 'save', 'x'], 'A.save'],
      [['image', 'prune', '-a', '-f'], 'I.imagePrune'],
      [['system', 'info'], 'Y.info'],
      [['version'], 'Y.version'],
    ];
    for (const [argv, handler] of cases) expect((await parse(argv)).call?.handler, argv.join(' ')).toBe(handler);
    const inspected = await parse(['container', 'inspect', '-s', 'x']);
    expect(inspected.call?.handler).toBe('Q.inspect');
    expect(inspected.call?.opts).toMatchObject({ type: 'container', size: true });
    expect((await parse(['image', 'inspect', 'x'])).call?.opts).toMatchObject({ type: 'image' });
  });

  it('name themselves in argument errors, as docker does', async () => {
    expect(await parse(['container', 'rm'])).toEqual({
      out: '',
      err: '"docker container rm" requires at least 1 argument.\nSee \'docker container rm --help\'.\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n',
      code: 1,
    });
    expect((await parse(['container', 'list', 'x'])).err).toBe('"docker container ls" accepts no arguments.\nSee \'docker container ls --help\'.\n\nUsage:  docker container ls [OPTIONS]\n\nList containers\n');
    expect((await parse(['image', 'rmi'])).err).toMatch(/^"docker image rm" requires at least 1 argument\.\nSee 'docker image rm --help'\.\n\nUsage: {2}docker image rm \[OPTIONS\] IMAGE \[IMAGE\.\.\.\]\n/);
    expect((await parse(['container', 'inspect'])).err).toMatch(/Usage: {2}docker container inspect \[OPTIONS\] CONTAINER \[CONTAINER\.\.\.\]\n\nDisplay detailed information on one or more containers\n$/);
  });

  it('alone print docker’s usage on stderr (exit 0), with --help on stdout, and for a subcommand they do not know exit 1', async () => {
    for (const group of ['container', 'image', 'system']) {
      expect(await parse([group])).toEqual({ out: '', err: GROUP_USAGES[group], code: 0 });
      expect(await parse([group, '--help'])).toEqual({ out: GROUP_USAGES[group], err: '', code: 0 });
      expect(await parse([group, 'nosuch'])).toEqual({ out: '', err: GROUP_USAGES[group], code: 1 });
    }
    // 20.10 has no `container remove`
    expect(await parse(['container', 'remove', 'x'])).toEqual({ out: '', err: GROUP_USAGES['container'], code: 1 });
    expect(await parse(['container', 'nosuch', '--foo'])).toEqual({ out: '', err: `unknown flag: --foo\nSee 'docker container --help'.\n${GROUP_USAGES['container']}\n`, code: 125 });
  });

  it('refuse the verbs docker has and strata has not, whatever follows', async () => {
    for (const verb of Object.keys(VERBS_NOT_MODELLED)) {
      const r = await parse([...verb.split(' '), '--whatever', 'x']);
      expect({ err: r.err, code: r.code, ran: r.call !== undefined }, verb).toEqual({ err: expect.stringMatching(new RegExp(`^strata: docker ${verb} is not modelled`)), code: 125, ran: false });
    }
    expect((await parse(['port', 'x'])).err).toBe('strata: docker port is not modelled (strata has no networks)\n');
    expect((await parse(['image', 'pull', 'busybox'])).err).toBe('strata: docker image pull is not modelled (strata has no registry)\n');
  });
});
