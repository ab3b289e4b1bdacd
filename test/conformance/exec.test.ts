/** docker exec, engine vs model (docs/rules.md LIFE-8), and what it logs. */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-exec-';
const B = `${P}base:1`;
const N = '--network none';

describeEngine('exec conformance', () => {
  // Each scenario starts from an engine without this file's objects, as strata starts empty.
  afterEach(() => cleanup(P));

  it('output, exit codes, missing binaries, env and workdir', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}a -e FROM_RUN=r ${B} sleep 1000`),
      step(`exec ${P}a echo hi`),
      step(`exec ${P}a sh -c 'echo hi; exit 4'`),
      step(`exec ${P}a sh -c 'echo to-err >&2; exit 255'`),
      step(`exec ${P}a sh -c 'exit 256'`),
      step(`exec ${P}a nosuchcmd`),
      step(`exec ${P}a /etc`),
      step(`exec ${P}a /bin/nosuch arg`),
      step(`exec ${P}a sh -c 'echo $FROM_RUN $X'`),
      step(`exec -e X=1 ${P}a sh -c 'echo $FROM_RUN $X'`),
      step(`exec -w /bin ${P}a pwd`),
      step(`exec -w /nonexistent ${P}a pwd`),
      step(`exec -w /nonexistent ${P}a nosuchcmd`),
      step(`exec -w /bin/busybox ${P}a pwd`),
      step(`exec ${P}a env`),
      step(`exec -e HOME=/tmp -e NEW=1 ${P}a env`),
      // a bare name the client does not have unsets the variable (moby ReplaceOrAppendEnvValues)
      step(`exec -e FROM_RUN -e STRATA_NEVER_SET ${P}a env`),
      step(`exec ${P}a cat /etc/hosts /etc/hostname`),
      step(`exec ${P}a pwd`),
      step(`exec ${P}a sh -c 'nosuchcmd'`),
      step(`exec ${P}a false`),
      step(`exec ${P}nosuch echo hi`),
      step(`exec ${P}a`),
      step(`exec -u nosuch ${P}a true`),
      step(`inspect -f {{.State.Status}}/{{.State.ExitCode}} ${P}a`),
      // `--until 0s` is the client's now in whole seconds: a second for the last events to fall in the window
      step(`run ${N} --rm --name ${P}tick ${B} sleep 1`),
      // an exec runc could not run (program, working directory, user) was created and started: no exec_die
      step(`events --since %T0% --until 0s --filter container=${P}a --format '{{.Action}} {{.Actor.Attributes.exitCode}}'`),
    ]);
    expectConformant(results);
  });

  it('refused in created, exited and paused containers', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c ${B} sleep 1000`),
      step(`exec ${P}c echo hi`),
      step(`run ${N} --name ${P}x ${B} true`),
      step(`exec ${P}x echo hi`),
      step(`run ${N} -d --name ${P}p ${B} sleep 1000`),
      step(`pause ${P}p`),
      step(`exec ${P}p echo hi`),
      step(`exec ${P}p nosuchcmd`),
      step(`unpause ${P}p`),
      step(`exec ${P}p echo back`),
    ]);
    expectConformant(results);
  });

  it('exec writes show in diff', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --name ${P}d ${B} sleep 1000`),
      step(`diff ${P}d`),
      step(`exec ${P}d sh -c 'echo x > /new.txt; mkdir -p /a/b; echo y > /a/b/c.txt'`),
      step(`diff ${P}d`),
      step(`exec ${P}d sh -c 'rm /new.txt; rm -r /a'`),
      step(`diff ${P}d`),
      step(`exec ${P}d sh -c 'echo z > /bin/zz; touch /bin/busybox'`),
      step(`diff ${P}d`),
      step(`exec ${P}d cat /bin/zz`),
    ]);
    expectConformant(results);
  });
});
