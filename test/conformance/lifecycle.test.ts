/** Container lifecycle scenarios, engine vs model (docs/rules.md LIFE-2). */
import { afterAll, expect, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';

const P = 'cf-life-';

describeEngine('lifecycle conformance', () => {
  afterAll(() => cleanup(P));

  it('create, start, stop, kill, rm in every status', async () => {
    const steps = [
      step(`create --network none --name ${P}a ${P}base:1 sleep 1000`),
      step(`inspect -f {{.State.Status}}/{{.State.Pid}}/{{.State.ExitCode}} ${P}a`),
      step(`stop ${P}a`),
      step(`kill ${P}a`),
      step(`pause ${P}a`),
      step(`unpause ${P}a`),
      step(`exec ${P}a echo hi`),
      step(`start ${P}a`),
      step(`start ${P}a`),
      step(`inspect -f {{.State.Status}}/{{.State.Running}}/{{.State.Paused}} ${P}a`),
      step(`rm ${P}a`),
      step(`pause ${P}a`),
      step(`pause ${P}a`),
      step(`exec ${P}a echo hi`),
      step(`rm ${P}a`),
      step(`start ${P}a`),
      step(`inspect -f {{.State.Status}}/{{.State.Running}}/{{.State.Paused}} ${P}a`),
      step(`kill -s TERM ${P}a`),
      step(`inspect -f {{.State.Status}} ${P}a`),
      step(`unpause ${P}a`),
      step(`kill ${P}a`),
      step(`inspect -f {{.State.Status}}/{{.State.ExitCode}} ${P}a`),
      step(`kill ${P}a`),
      step(`rm ${P}a`),
      step(`rm ${P}a`),
      step(`rm -f ${P}a`),
    ];
    const results = await runBoth(P, steps);
    for (const r of results) expect({ args: r.args.join(' '), ...r.model }).toEqual({ args: r.args.join(' '), ...r.engine });
  });
});
