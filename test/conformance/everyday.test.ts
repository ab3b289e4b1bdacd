/**
 * Everyday flags of the read verbs, engine vs model: ps -n/--last, -l/--latest, -s/--size and
 * `{{.Size}}`; logs --tail, -t, --since, --until; images --digests; rm -v (docs/rules.md LIST-1…,
 * LOGS-1…); boolean flags given values, history -H=false.
 *
 * Tables that show CREATED or STATUS are left out or asked for with a filter that keeps no row (the
 * header alone): their widths follow "Less than a second ago" against "1 second ago", which differ
 * by wall-clock chance. Times `-t` prints are masked; the model's are checked in test/view/logs.test.ts.
 */
import { afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-day-';
const B = `${P}base:1`;
const N = '--network none';
const F = `--filter name=${P}`;
const NONE = `--filter name=${P}nomatch`;

describeEngine('everyday flags conformance', () => {
  afterEach(() => cleanup(P));

  it('ps -s: the RW layer and the virtual size; .Size in a format asks for them', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}s0 ${B} true`),
      step(`run ${N} --name ${P}s1 ${B} sh -c 'echo 1234 > /a'`),
      // directories count nothing, a symlink its target's length, a whiteout nothing
      step(`run ${N} --name ${P}s2 ${B} sh -c 'mkdir -p /d/e; echo 123456789 > /d/e/b; ln -s /d/e/b /l'`),
      step(`run ${N} --name ${P}s3 ${B} sh -c 'rm /bin/ls'`),
      // a copy-up: the whole file, once
      step(`run ${N} --name ${P}s4 ${B} sh -c 'chmod 700 /bin/busybox; mv /bin/cat /cat'`),
      step(`run ${N} --name ${P}s5 ${B} sh -c 'cp /bin/busybox /big; echo 12 > /small; rm /small'`),
      step(`run ${N} -d --name ${P}s6 ${B} sh -c 'echo 123 > /x; sleep 1000'`),
      step(`ps -a -s ${F} --format 'table {{.Names}}\t{{.Size}}'`),
      step(`ps -a --size ${F} --format '{{.Names}}: {{.Size}}'`),
      step(`ps -a ${F} --format '{{.Names}}: {{.Size}}'`),
      step(`ps -a ${F} --format '{{if false}}{{.Size}}{{end}}{{.Names}}: {{.Size}}'`),
      step(`ps ${F} --format 'table {{.Names}}\t{{.Size}}'`),
      step(`ps -a ${F} --size=false --format '{{.Names}}: {{.Size}}'`),
      step(`ps -a -s ${F} --format '{{.Names}}'`),
      step(`ps -a -s -q ${F}`),
      step(`ps -a -s ${NONE}`),
      step(`ps -a -s ${NONE} --format table`),
      step(`ps -a ${NONE} --format table`),
      step(`ps -a -q ${F} --format '{{.Names}} {{.Size}}'`),
      step(`ps -a --format '{{.Nope}}' ${NONE}`),
      step(`ps -a --format '{{slice .ID 0 3}}' ${F}`),
      step(`ps -a --format '{{.Names' ${F}`),
      step(`ps -a -s --format '{{.Nope}}' ${F}`),
      step(`ps -a -s --format '{{.Names' ${F}`),
      step(`container ls -as ${F} --format '{{.Names}} {{.Size}}'`),
      // {{json .}} calls every method of the context, Size too: sorted keys, HTML escaped
      step(`ps -a --filter name=${P}s1 --format '{{json .}}'`),
      step(`ps -a --filter name=${P}s1 --format '{{json .Command}}'`),
      step(`inspect -s -f '{{.SizeRw}} {{.SizeRootFs}}' ${P}s1 ${P}s2`),
      step(`inspect -s -f '{{.Id}}' ${B} ${P}nosuch ${B}`),
      step(`inspect -f '{{.SizeRw}} {{.SizeRootFs}}' ${P}s1`),
      step(`container inspect --size -f '{{.SizeRw}}' ${P}s4`),
      step(`rm -f ${P}s6`),
    ]);
    expectConformant(results);
  });

  it('ps -n, --last, -l, --latest', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}n1 ${B} true`),
      step(`run ${N} -d --name ${P}n2 ${B} sleep 1000`),
      step(`run ${N} --name ${P}n3 ${B} sh -c 'exit 2'`),
      step(`create ${N} --name ${P}n4 ${B} true`),
      step(`run ${N} -d --name ${P}n5 ${B} sleep 1000`),
      step(`ps -n 2 ${F} --format '{{.Names}}'`),
      step(`ps --last 3 ${F} --format '{{.Names}}'`),
      step(`ps --last=4 ${F} --format '{{.Names}}'`),
      step(`ps -n 99 ${F} --format '{{.Names}}'`),
      step(`ps -n 0x2 ${F} --format '{{.Names}}'`),
      step(`ps -n 0 ${F} --format '{{.Names}}'`),
      step(`ps -n -1 ${F} --format '{{.Names}}'`),
      step(`ps -n -7 ${F} --format '{{.Names}}'`),
      step(`ps -n 1 -a ${F} --format '{{.Names}}'`),
      step(`ps -n 2 -q ${F}`),
      step(`ps -n 2 ${F} --filter status=exited --format '{{.Names}}'`),
      step(`ps -n 2 ${F} --filter status=created --format '{{.Names}}'`),
      step(`ps -l ${F} --format '{{.Names}}'`),
      step(`ps --latest ${F} --format '{{.Names}}'`),
      step(`ps -l --filter name=${P}n3 --format '{{.Names}}'`),
      step(`ps -l -n 3 ${F} --format '{{.Names}}'`),
      step(`ps -l -n -1 ${F} --format '{{.Names}}'`),
      step(`ps -l -n 0 ${F} --format '{{.Names}}'`),
      step(`ps -lq ${F}`),
      step(`ps -n2 ${F} --format '{{.Names}}'`),
      step(`ps -n x`),
      step(`ps -n 1.5`),
      step(`ps -n 99999999999999999999`),
      step(`ps -n`),
      step(`container list -n 1 ${F} --format '{{.Names}}'`),
      step(`rm -f ${P}n2 ${P}n5`),
    ]);
    expectConformant(results);
  });

  it('logs --tail, -n, -t: messages are lines, a line waits for its newline', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}l1 ${B} sh -c 'echo one; echo two; echo three; echo four'`),
      step(`logs --tail 2 ${P}l1`),
      step(`logs -n 1 ${P}l1`),
      step(`logs --tail=3 ${P}l1`),
      step(`logs --tail 0 ${P}l1`),
      step(`logs --tail 99 ${P}l1`),
      step(`logs --tail all ${P}l1`),
      step(`logs --tail -1 ${P}l1`),
      step(`logs --tail -3 ${P}l1`),
      step(`logs --tail x ${P}l1`),
      step(`logs --tail 1.5 ${P}l1`),
      step(`logs --tail 0x2 ${P}l1`),
      step(`logs --tail +2 ${P}l1`),
      step(`logs --tail '' ${P}l1`),
      step(`logs --tail 99999999999999999999 ${P}l1`),
      step(`logs -t ${P}l1`),
      step(`logs --timestamps --tail 1 ${P}l1`),
      step(`logs -tn 2 ${P}l1`),
      step(`logs --tail 1 ${P}nosuch`),
      step(`logs --tail 1`),
      // stderr a second apart from stdout on both sides: the engine's two copiers race otherwise
      step(`run ${N} --name ${P}l2 ${B} sh -c 'echo o1; sleep 1; echo e1 >&2; sleep 1; echo o2'`),
      step(`logs --tail 2 ${P}l2`),
      step(`logs --tail 1 ${P}l2`),
      step(`logs -t --tail 2 ${P}l2`),
      // a line is logged when its newline comes; what is left at the end, as it is
      step(`run ${N} --name ${P}l3 ${B} sh -c 'echo -n par; sleep 1; echo tial; echo -n end'`),
      step(`logs ${P}l3`),
      step(`logs --tail 1 ${P}l3`),
      step(`logs --tail 2 ${P}l3`),
      step(`logs -t ${P}l3`),
      step(`start -a ${P}l3`),
      step(`logs ${P}l3`),
      step(`logs --tail 1 ${P}l3`),
      step(`logs --tail 3 ${P}l3`),
      // a running process's unfinished line is not in the log yet
      step(`run ${N} -d --name ${P}l4 ${B} sh -c 'echo done; echo -n wait; sleep 1000'`),
      step(`logs ${P}l4`),
      step(`logs --tail 1 ${P}l4`),
      step(`kill ${P}l4`),
      step(`wait ${P}l4`),
      step(`logs ${P}l4`),
      step(`logs --tail 1 ${P}l4`),
      step(`create ${N} --name ${P}l5 ${B} true`),
      step(`logs --tail 1 -t ${P}l5`),
    ]);
    expectConformant(results);
  });

  it('logs --since, --until: after the tail, far from the window edges', async () => {
    // the lines before the sleep are 3 s before the logs commands, the last one just before them: a
    // window edge 2 s back (rounded down to the second by the client) falls between them on both sides
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}t1 ${B} sh -c 'echo one; echo two; sleep 3; echo three'`),
      step(`logs --since 2s ${P}t1`),
      // the windows 2 s back come first: under load, twenty commands on the engine take seconds,
      // and the edge would move past the last line on one side only
      step(`logs -t --since 2s ${P}t1`),
      step(`logs --until 2s ${P}t1`),
      step(`logs --since 2s --tail 2 ${P}t1`),
      step(`logs --until 2s --tail 1 ${P}t1`),
      step(`logs --since 10m ${P}t1`),
      step(`logs --until 10m ${P}t1`),
      step(`logs --since -10m ${P}t1`),
      step(`logs --since 2000-01-01 ${P}t1`),
      step(`logs --since 2000-01-01T00:00:00Z --tail 1 ${P}t1`),
      step(`logs --since 2099-01-01 ${P}t1`),
      step(`logs --until 2000-01-01 ${P}t1`),
      step(`logs --until 2099-01-01 --tail 2 ${P}t1`),
      step(`logs --since 0 ${P}t1`),
      step(`logs --until 0 ${P}t1`),
      step(`logs --since 946684800 ${P}t1`),
      step(`logs --until 946684800.5 ${P}t1`),
      step(`logs --since 2099-01-01 --until 2000-01-01 ${P}t1`),
      step(`logs --since '' --until '' ${P}t1`),
      step(`logs --since 1e3 ${P}t1`),
      step(`logs --since abc ${P}t1`),
      step(`logs --until xyz ${P}t1`),
      step(`logs --since 2020-13-01 ${P}t1`),
      step(`logs --since 1.5.5 ${P}t1`),
      step(`logs --since abc --until xyz ${P}t1`),
      step(`logs --since abc ${P}nosuch`),
    ]);
    expectConformant(results);
  });

  it('images --digests; rm -v', async () => {
    const results = await runBoth(P, [
      step(`tag ${B} ${P}other:2`),
      step(`run ${N} --name ${P}c1 ${B} sh -c 'echo 1 > /f'`),
      step(`commit ${P}c1 ${P}made:1`),
      // one image a step: the engine's base image may be older than this scenario (ensureBaseImage)
      step(`images --digests --format 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}' ${P}made`),
      step(`images --digests --format 'table {{.Repository}}\t{{.Tag}}' ${P}made`),
      step(`images --digests --format 'table {{.Repository}} {{ .Digest }}' ${P}other`),
      step(`images --digests --format '{{.Repository}}:{{.Tag}} {{.Digest}}' '${P}*:2'`),
      step(`images --format '{{.Repository}}:{{.Tag}} {{.Digest}}' ${P}made`),
      step(`images --digests -q ${P}made`),
      step(`images --digests -q --format 'table {{.Repository}}' ${P}other`),
      step(`images -q --format '{{.Repository}}' ${P}made`),
      step(`images --digests ${P}nomatch`),
      step(`images --digests --format table ${P}nomatch`),
      step(`images --format table ${P}nomatch`),
      step(`images --digests=true --format '{{.Digest}}' ${B}`),
      step(`image ls --digests --format '{{.Tag}} {{.Digest}}' ${B}`),
      step(`images --format '{{.Size}} {{.VirtualSize}}' ${B}`),
      step(`images --format '{{json .}}' ${P}made`),
      step(`history --format '{{json .}}' ${P}made`),
      step(`history --format '{{.CreatedAt}}|{{.Nope}}' ${P}made`),
      step(`rm -v ${P}c1`),
      step(`run ${N} -d --name ${P}c2 ${B} sleep 1000`),
      step(`rm -v ${P}c2`),
      step(`rm -fv ${P}c2`),
      step(`rm --volumes=true ${P}nosuch`),
    ]);
    expectConformant(results);
  });

  it('wait under a restart policy ends at the next exit, whether the container is then restarted or stopped', async () => {
    const results = await runBoth(P, [
      step(`run ${N} -d --restart always --name ${P}wa1 ${B} sh -c 'exit 3'`),
      step(`wait ${P}wa1`),
      step(`run ${N} -d --restart on-failure:2 --name ${P}wa2 ${B} sh -c 'sleep 1; exit 4'`),
      step(`wait ${P}wa2`),
      step(`wait ${P}wa2`),
      step(`rm -f ${P}wa1 ${P}wa2`),
    ]);
    expectConformant(results);
  });

  it('boolean flags as pflag reads them: -H=false, --human=F, a shorthand with a value, a value it cannot read; a program’s words its own', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}h1 ${B} sh -c 'echo hi > /f'`),
      step(`commit -m 'a msg' ${P}h1 ${P}h:1`),
      // CREATED AT and SIZE in bytes; the times are the engine's clock against the model's: formats that leave them out
      step(`history -H=false --format '{{.ID}} {{.Size}} {{.CreatedBy}}' ${P}h:1`),
      step(`history --human=F --format '{{.Size}}|{{.Comment}}' ${P}h:1`),
      step(`history -H=0 --format 'table {{.Size}}' ${P}h:1`),
      step(`history -H=true --format '{{.Size}}' ${P}h:1`),
      step(`history -H=maybe ${P}h:1`),
      step(`history --human=yes ${P}h:1`),
      step(`ps -a=x`),
      step(`container ls -a=true -q --filter name=${P}nomatch`),
      step(`rm --force=yes ${P}nosuch`),
      step(`run --rm=maybe ${N} ${B} true`),
      step(`run --rm=true ${N} ${B} echo --rm=true -d=1 --all=0`),
      step(`run --rm=T ${N} --name ${P}h2 -e A=1 ${B} sh -c 'echo "$A" "$@"' sh --rm=false`),
      step(`exec ${P}nosuch echo --tty=true`),
      step(`run --no-rm ${N} ${B} true`),
      step(`commit --no-pause ${P}h1 ${P}h:2`),
      step(`history --no-human ${P}h:1`),
      step(`ps --no-trunc -a --filter name=${P}nomatch`),
    ]);
    expectConformant(results);
  });
});
