/**
 * commit, history, tag, rmi and images, engine vs model (docs/rules.md COMMIT-1, COMMIT-2, RMI-1–RMI-4).
 * Every image made here is committed with the label cf=img, so `images -f dangling=true` and
 * `images -a` can be restricted to this file's images (the engine holds other objects too).
 * Image listings use formats without CREATED: its width depends on wall-clock texts ("Less than a
 * second ago" vs "1 second ago") that differ between the sides by chance and are masked only after
 * alignment. A listing of several images is ordered by creation time in whole seconds, with ties in
 * arbitrary order on the engine: images listed together are made at least a second apart (TICK, a
 * foreground `sleep 1`, which the model's clock follows).
 */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-img-';
const B = `${P}base:1`;
const N = '--network none';
const L = "-c 'LABEL cf=img'";
const MINE = '--filter label=cf=img';
const IMAGES = `--format 'table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{.Size}}'`;
const TICK = step(`run ${N} --rm --name ${P}tick ${B} sleep 1`);
const HISTORY = `--format 'table {{.ID}}\\t{{.CreatedBy}}\\t{{.Size}}\\t{{.Comment}}'`;

describeEngine('images conformance', () => {
  // Each scenario starts from an engine without this file's objects, as strata starts empty.
  afterEach(() => cleanup(P));

  it('commit: metadata, -m/-a/-c, no-change commits, history', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}c1 ${B} sh -c 'echo hello > /hello.txt; rm /bin/true'`),
      step(`commit ${P}c1 ${P}cm:1`),
      step(`inspect -f '{{len .RootFS.Layers}} {{json .Config.Cmd}} {{json .Config.Env}} {{.Comment}}|{{.Author}}' ${P}cm:1`),
      step(`inspect -f '{{.Parent}} {{.Container}} {{.Size}}' ${P}cm:1`),
      step(`inspect -f '{{.Id}}' ${B}`),
      step(`history ${HISTORY} ${P}cm:1`),
      step(`history --no-trunc ${HISTORY} ${P}cm:1`),
      step(`history -q ${P}cm:1`),
      step(`history -q --no-trunc ${P}cm:1`),
      step(`commit -m 'my msg' -a me -c 'CMD ["sh"]' -c 'ENV A=1' ${P}c1 ${P}cm:chg`),
      step(`inspect -f '{{len .RootFS.Layers}} {{json .Config.Cmd}} {{json .Config.Env}} {{.Comment}}|{{.Author}}' ${P}cm:chg`),
      step(`history ${HISTORY} ${P}cm:chg`),
      step(`commit -c 'CMD echo hi' -c 'WORKDIR /data' -c 'LABEL ob=1' -c 'ENTRYPOINT ["/bin/sh","-c"]' ${P}c1 ${P}cm:chg2`),
      step(`inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}} {{.Config.WorkingDir}} {{json .Config.Labels}}' ${P}cm:chg2`),
      // (Running cm:chg2 would nest /bin/sh -c in /bin/sh -c, which the model's sh refuses.)
      step(`commit -c 'RUN echo hi' ${P}c1 ${P}x:1`),
      step(`commit -c 'FROM x' ${P}c1 ${P}x:1`),
      step(`commit -c 'BOGUS x' ${P}c1 ${P}x:1`),
      step(`commit ${P}nosuch ${P}x:1`),
      step(`commit ${P}c1 'Bad:1'`),
      step(`inspect -f '{{.Id}}' ${P}x:1`),
      step(`create ${N} --name ${P}c2 ${B} true`),
      step(`diff ${P}c2`),
      step(`commit ${P}c2 ${P}cm:nochg`),
      step(`inspect -f '{{len .RootFS.Layers}} {{json .Config.Cmd}}' ${P}cm:nochg`),
      step(`history ${HISTORY} ${P}cm:nochg`),
      step(`start -a ${P}c2`),
      step(`commit ${P}c2 ${P}cm:nochg2`),
      step(`inspect -f '{{len .RootFS.Layers}}' ${P}cm:nochg2`),
      step(`images ${IMAGES} ${P}cm:nochg`),
      step(`images ${IMAGES} ${P}cm:1`),
      step(`history ${P}nosuch:1`),
    ]);
    expectConformant(results);
  });

  it('commit chains: one layer per non-empty commit, Parent = previous image', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}k1 ${B} sh -c 'echo 1 > /f1.txt'`),
      step(`commit ${L} ${P}k1 ${P}chain:1`),
      TICK,
      step(`run ${N} --name ${P}k2 ${P}chain:1 sh -c 'echo 2 > /f2.txt'`),
      step(`commit ${P}k2 ${P}chain:2`),
      TICK,
      step(`run ${N} --name ${P}k3 ${P}chain:2 sh -c 'rm /f1.txt'`),
      step(`commit ${P}k3 ${P}chain:3`),
      step(`run ${N} --name ${P}k4 ${P}chain:3 cat /f2.txt`),
      step(`run ${N} --name ${P}k5 ${P}chain:3 cat /f1.txt`),
      step(`inspect -f '{{len .RootFS.Layers}} {{.Parent}}' ${P}chain:1`),
      step(`inspect -f '{{len .RootFS.Layers}} {{.Parent}}' ${P}chain:2`),
      step(`inspect -f '{{len .RootFS.Layers}} {{.Parent}}' ${P}chain:3`),
      step(`inspect -f '{{json .Config.Cmd}} {{json .Config.Labels}}' ${P}chain:3`),
      step(`history ${HISTORY} ${P}chain:3`),
      step(`images -a ${MINE} ${IMAGES}`),
    ]);
    expectConformant(results);
  });

  it('rmi: images used by stopped and running containers', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}m1 ${B} sh -c 'echo a > /a.txt'`),
      capture('A', `commit ${L} ${P}m1 ${P}a:1`),
      step(`rm ${P}m1`),
      step(`create ${N} --name ${P}u1 ${P}a:1 sh`),
      step(`rmi ${P}a:1`),
      step(`rmi %A:12%`),
      step(`rmi -f %A:12%`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`inspect -f '{{.Image}} {{.Config.Image}}' ${P}u1`),
      step(`ps -a --filter name=${P}u1 --format '{{.Image}}'`),
      step(`start ${P}u1`),
      step(`rm ${P}u1`),
      step(`run ${N} --name ${P}m2 ${B} sh -c 'echo c > /c.txt'`),
      capture('C', `commit ${L} ${P}m2 ${P}c:1`),
      step(`rm ${P}m2`),
      step(`run ${N} -d --name ${P}u2 ${P}c:1 sleep 1000`),
      step(`rmi ${P}c:1`),
      step(`rmi %C:12%`),
      step(`rmi -f %C:12%`),
      step(`rmi -f ${P}c:1`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`images -f dangling=true ${MINE} ${IMAGES}`),
      step(`kill ${P}u2`),
      step(`rmi %C:12%`),
      step(`rmi -f %C:12%`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`start ${P}u2`),
      step(`rm -f ${P}u2`),
    ]);
    expectConformant(results);
  });

  it('rmi: child images and the parent-pruning cascade', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}m1 ${B} sh -c 'echo p > /p.txt'`),
      capture('PA', `commit ${L} ${P}m1 ${P}p:1`),
      TICK,
      step(`run ${N} --name ${P}m2 ${P}p:1 sh -c 'echo ch > /ch.txt'`),
      step(`commit ${P}m2 ${P}ch:1`),
      step(`rm ${P}m1 ${P}m2`),
      step(`rmi %PA:12%`),
      step(`rmi -f %PA:12%`),
      step(`rmi ${P}p:1`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`images -f dangling=true ${MINE} ${IMAGES}`),
      step(`rmi ${P}ch:1`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`inspect -f '{{.Id}}' ${B}`),
      // --no-prune: the untagged parent stays, and is dangling once its child is gone.
      step(`run ${N} --name ${P}m3 ${B} sh -c 'echo q > /q.txt'`),
      capture('NP', `commit ${L} ${P}m3 ${P}np:1`),
      step(`run ${N} --name ${P}m4 ${P}np:1 sh -c 'echo r > /r.txt'`),
      step(`commit ${P}m4 ${P}np:child`),
      step(`rm ${P}m3 ${P}m4`),
      step(`rmi ${P}np:1`),
      step(`rmi --no-prune ${P}np:child`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`images -f dangling=true ${MINE} ${IMAGES}`),
      // A child with no fs changes shares its parent's layers: deleting it deletes no layer.
      step(`create ${N} --name ${P}m5 ${B} true`),
      step(`commit ${L} ${P}m5 ${P}same:1`),
      step(`rm ${P}m5`),
      step(`rmi ${P}same:1`),
      // cleanup() removes only tagged images: the dangling one goes here.
      step(`rmi %NP:12%`),
      step(`images -a ${MINE} ${IMAGES}`),
    ]);
    expectConformant(results);
  });

  it('tags: multiple tags, tag errors, rmi errors', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}m1 ${B} sh -c 'echo t > /t.txt'`),
      capture('T', `commit ${L} ${P}m1 ${P}t:1`),
      step(`rm ${P}m1`),
      step(`tag ${P}t:1 ${P}t2:latest`),
      step(`tag ${P}t:1 ${P}t:2`),
      step(`tag ${P}t:1 ${P}t:2`),
      step(`images ${IMAGES} --filter reference='${P}t*'`),
      step(`images ${IMAGES} ${P}t`),
      step(`images -q ${P}t`),
      step(`image inspect -f '{{.RepoTags}}' ${P}t:1`),
      step(`rmi %T:12%`),
      step(`rmi ${P}t2`),
      step(`rmi %T:12%`),
      step(`rmi -f %T:12%`),
      step(`images -a ${MINE} ${IMAGES}`),
      step(`tag ${P}nosuch:1 ${P}x:1`),
      step(`tag ${B} 'Bad:1'`),
      step(`tag ${B} '${P}x:'`),
      step(`tag ${B}`),
      step(`rmi ${P}nosuch:1`),
      step(`rmi -f ${P}nosuch:1`),
      step(`rmi ${P}nosuch:1 ${B}x`),
      // a tag moved to another image leaves the old one dangling
      step(`run ${N} --name ${P}m2 ${B} sh -c 'echo 1 > /1.txt'`),
      capture('RT1', `commit ${L} ${P}m2 ${P}rt:1`),
      TICK,
      step(`run ${N} --name ${P}m3 ${B} sh -c 'echo 2 > /2.txt'`),
      step(`commit ${L} ${P}m3 ${P}rt:2`),
      step(`rm ${P}m2 ${P}m3`),
      step(`tag ${P}rt:2 ${P}rt:1`),
      step(`images -f dangling=true ${MINE} ${IMAGES}`),
      step(`images ${MINE} ${IMAGES}`),
      step(`images -f dangling=bogus ${MINE}`),
      step(`images -f bogus=1`),
      step(`images -f novalue`),
      step(`image inspect -f '{{.RepoTags}}' ${P}nosuch:1`),
      // cleanup() removes only tagged images: the dangling one goes here.
      step(`rmi %RT1:12%`),
    ]);
    expectConformant(results);
  });
});
