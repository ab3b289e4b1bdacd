/**
 * docker's management commands (`docker container …`, `docker image …`, `docker system …`), engine
 * vs model: the same lines typed into both, their aliases, usage errors naming the management form,
 * the management commands alone and with a subcommand they do not know. And the 20.10 client's own
 * flag lists (`docker VERB --help`) against strata's table of them (src/cli/flags.ts).
 */
import { afterEach, expect, it } from 'vitest';
import { DOCKER_FLAGS } from '../../src/cli/flags.js';
import { MANAGEMENT } from '../../src/cli/management.js';
import { cleanup, describeEngine, docker } from '../support/engine.js';
import { capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-mg-';
const B = `${P}base:1`;
const N = '--network none';
const F = `--filter name=${P}`;
const NAMES = `--format 'table {{.Names}}\\t{{.Image}}\\t{{.Command}}\\t{{.State}}'`;
const IMAGES = `--format 'table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}'`;
const MINE = `--filter reference=${P}*`;

describeEngine('management commands conformance', () => {
  afterEach(() => cleanup(P));

  it('container: ls and its aliases, the lifecycle verbs, rm, inspect, logs, diff', async () => {
    const results = await runBoth(P, [
      step(`container create ${N} --name ${P}c1 ${B} sh -c 'echo hi; touch /f'`),
      step(`container start -a ${P}c1`),
      step(`container run ${N} -d --name ${P}c2 ${B} sleep 1000`),
      step(`container ls ${F} ${NAMES}`),
      step(`container ls -a ${F} ${NAMES}`),
      step(`container ps -a ${F} ${NAMES}`),
      step(`container list -aq ${F} --no-trunc`),
      step(`container pause ${P}c2`),
      step(`container ls ${F} --format '{{.Names}} {{.State}}'`),
      step(`container unpause ${P}c2`),
      step(`container exec ${P}c2 sh -c 'echo in; exit 4'`),
      step(`container kill -s KILL ${P}c2`),
      step(`container wait ${P}c2`),
      step(`container restart -t 0 ${P}c2`),
      step(`container stop -t 0 ${P}c2`),
      step(`container logs ${P}c1`),
      step(`container diff ${P}c1`),
      step(`container inspect -f '{{.Name}} {{.State.Status}} {{.HostConfig.NetworkMode}}' ${P}c1 ${P}c2`),
      step(`container inspect ${B}`),
      step(`container inspect ${P}nosuch`),
      step(`container rename ${P}c1 ${P}c1b`),
      capture('IMG', `container commit ${P}c1b ${P}committed:1`),
      step(`container rm ${P}c1b ${P}nosuch`),
      step(`container rm -f ${P}c2`),
      step(`container ls -a ${F} ${NAMES}`),
      step(`container run ${N} --name ${P}c3 ${B} true`),
      step(`container prune -f --filter label=nosuch=1`),
      step(`container rm ${P}c3`),
    ]);
    expectConformant(results);
  });

  it('image: ls and list, tag, history, inspect, rm and its aliases', async () => {
    const results = await runBoth(P, [
      step(`image tag ${B} ${P}t:1`),
      step(`image tag ${B} ${P}t:2`),
      step(`image tag ${B} ${P}t:3`),
      // one image in two repositories lists its repositories in the order of a Go map walk (the
      // client's image formatter), which changes from run to run: listings name one repository here
      step(`image ls ${P}t ${IMAGES}`),
      step(`image list ${P}t ${IMAGES}`),
      step(`image ls -q ${P}t:1`),
      step(`image history --format '{{.CreatedBy}}|{{.Comment}}' ${P}t:1`),
      step(`image inspect -f '{{.RepoTags}}' ${P}t:1`),
      step(`image inspect ${P}nosuch`),
      step(`image rm ${P}t:1`),
      step(`image rmi ${P}t:2`),
      step(`image remove ${P}t:3`),
      step(`image rm ${P}t:3`),
      step(`image ls ${MINE} ${IMAGES}`),
    ]);
    expectConformant(results);
  });

  it('usage errors name the management form; alone, with --help or an unknown subcommand, docker’s usage', async () => {
    const results = await runBoth(P, [
      step(`container rm`),
      step(`container ls extra`),
      step(`container list extra`),
      step(`container inspect`),
      step(`container rename ${P}x`),
      step(`container exec ${P}x`),
      step(`container logs`),
      step(`container run`),
      step(`image rm`),
      step(`image rmi`),
      step(`image ls a b`),
      step(`image tag x`),
      step(`image history`),
      step(`image prune extra`),
      step(`image load extra`),
      step(`system info extra`),
      step(`info extra`),
      step(`version extra`),
      step(`container`),
      step(`container --help`),
      step(`container nosuch`),
      step(`container remove x`),
      step(`image`),
      step(`image --help`),
      step(`image nosuch`),
      step(`system`),
      step(`container ls --nosuch`),
      step(`container list --nosuch`),
      step(`image list -z`),
      step(`image rmi --nosuch x`),
      step(`container nosuch --foo`),
      step(`container --foo`),
      step(`container run --nosuch ${B}`),
      step(`container kill -s`),
    ]);
    expectConformant(results);
  });

  it('the 20.10 client lists exactly the flags strata classifies, verb by verb', async () => {
    const forms: Record<string, string[]> = Object.fromEntries(Object.keys(DOCKER_FLAGS).map((v) => [v, v.split(' ')]));
    for (const [group, subs] of Object.entries(MANAGEMENT)) {
      for (const [name, s] of Object.entries(subs)) if (DOCKER_FLAGS[s.verb] !== undefined && !s.verb.includes(' ')) forms[`${group} ${name}`] = [group, name];
    }
    for (const [form, argv] of Object.entries(forms)) {
      const key = form.includes(' ') && DOCKER_FLAGS[form] === undefined ? MANAGEMENT[argv[0]!]![argv[1]!]!.verb : form;
      const help = await docker([...argv, '--help']);
      expect(help.exitCode, form).toBe(0);
      const listed = help.stdout
        .split('\n')
        .map((l) => /^ {2,6}(?:(-[A-Za-z]), )?(--[a-z0-9-]+)(?: ([a-z0-9-]+))?/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ short: m[1], long: m[2]!, type: m[3] }))
        .filter((f) => f.long !== '--help');
      const table = DOCKER_FLAGS[key]!.map((f) => ({ short: f.short, long: f.long, type: f.type }));
      expect(table, form).toEqual(listed);
    }
  });
});
