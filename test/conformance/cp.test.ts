/**
 * docker cp, engine vs model (docs/rules.md CP-1–CP-6): files and directories both ways, `-` as a tar
 * on stdin and on stdout, the client's path rules (trailing `/`, `/.`, a destination that exists or
 * not), its errors and the daemon's, whiteouts, a paused container, then diff, commit and export
 * after the copies, and the events cp logs.
 *
 * A tar the engine writes to stdout is compared as a listing (scenario.ts tarListing: every header
 * field and a digest of each file's bytes), not as bytes, and times the two sides each took from
 * their own clock show as `<recent>`. Trees written on the host are compared the same way, a
 * directory per side (`%SIDE%`).
 */
import { chownSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { OLD, makeHostSources, treeListing } from '../../src/conformance/host.js';
import { writeTar } from '../../src/layer/tar-write.js';
import { cleanup, describeEngine } from '../support/engine.js';
import { type Step, capture, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-cp-';
const B = `${P}base:1`;
const N = '--network none';

/** A step whose stdout is a tar. */
const tar = (line: string, input?: string | Uint8Array): Step => ({ ...step(line), tar: true, ...(input === undefined ? {} : { input }) });
const withInput = (line: string, input: Uint8Array): Step => ({ ...step(line), input });

/** The host's source files (host.ts makeHostSources, under h/), and two trees the whiteout and error scenarios copy. */
function hostFiles(root: string): void {
  makeHostSources(join(root, 'h'));
  mkdirSync(join(root, 'h4', 'dir'), { recursive: true });
  writeFileSync(join(root, 'h4', 'dir', 'sub'), 'z\n');
  mkdirSync(join(root, 'h5', 'gone'), { recursive: true });
  writeFileSync(join(root, 'h5', 'gone', 'a'), 'new\n');
  writeFileSync(join(root, 'h5', 'cat'), 'cat\n');
  for (const p of ['h4/dir/sub', 'h4/dir', 'h5/gone/a', 'h5/gone', 'h5/cat']) utimesSync(join(root, p), OLD, OLD);
  for (const side of ['engine', 'model']) mkdirSync(join(root, `out-${side}`));
  // a file of another owner (the tests run as root, as the engine does)
  mkdirSync(join(root, 'h6'));
  writeFileSync(join(root, 'h6', 'owned'), 'o\n');
  chownSync(join(root, 'h6', 'owned'), 1234, 5678);
  utimesSync(join(root, 'h6', 'owned'), OLD, OLD);
}

describeEngine('cp conformance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-cf-cp-'));
  hostFiles(dir);
  const h = join(dir, 'h');
  const out = join(dir, 'out-%SIDE%');
  afterEach(() => cleanup(P));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('host to container: files, directories, the path rules, -a, -L, then diff and the tars out', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c1 ${B} sh`),
      step(`cp ${h}/f.txt ${P}c1:/`),
      step(`cp ${h}/dir ${P}c1:/newdir`),
      step(`cp ${h}/dir ${P}c1:/`),
      step(`cp -a ${h}/f.txt ${P}c1:/fa.txt`),
      step(`cp ${h}/dir/. ${P}c1:/dots`),
      step(`cp ${h}/dir/ ${P}c1:/slash`),
      step(`cp ${h}/f.txt ${P}c1:/slash/`),
      step(`cp ${h}/f.txt ${P}c1:/bin`),
      step(`cp ${h}/link ${P}c1:/`),
      step(`cp -L ${h}/link ${P}c1:/followed`),
      step(`cp ${h}/f.txt ${P}c1:f2.txt`),
      step(`diff ${P}c1`),
      tar(`cp ${P}c1:/newdir -`),
      tar(`cp ${P}c1:/newdir/ -`),
      tar(`cp ${P}c1:newdir/. -`),
      tar(`cp ${P}c1:/f.txt -`),
      tar(`cp ${P}c1:/fa.txt -`),
      tar(`cp ${P}c1:/bin/f.txt -`),
      tar(`cp ${P}c1:/link -`),
      tar(`cp -L ${P}c1:/link -`),
      tar(`cp ${P}c1:/bin/sh -`),
      tar(`cp ${P}c1:/etc -`),
      tar(`cp ${P}c1:/dots -`),
      step(`cp -L ${P}c1:/etc/mtab -`),
    ]);
    expectConformant(results);
  });

  it('container to host: files, directories, /. and symlinks, written as the client writes them', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c2 ${B} sh`),
      step(`cp ${h}/dir ${P}c2:/d`),
      step(`cp ${P}c2:/d ${out}/d`),
      step(`cp ${P}c2:/d/. ${out}/dots`),
      step(`cp ${P}c2:/d ${out}/dots`),
      step(`cp ${P}c2:/d/a.txt ${out}/`),
      step(`cp ${P}c2:/d/a.txt ${out}/renamed`),
      step(`cp ${P}c2:/bin/sh ${out}/sh`),
      step(`cp ${P}c2:/d/sub/b.txt ${out}/d/a.txt`),
    ]);
    expectConformant(results);
    expect(treeListing(join(dir, 'out-model'))).toEqual(treeListing(join(dir, 'out-engine')));
  });

  it('errors: the client’s path rules, missing containers and paths, the daemon’s', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c3 ${B} sh`),
      step(`cp ${h}/f.txt ${P}c3:/`),
      step(`cp ${h}/f.txt ${P}nosuch:/x`),
      step(`cp ${P}nosuch:/x ${out}/x`),
      step(`cp ${P}c3:/nope ${out}/x`),
      step(`cp ${P}c3:/nope/ ${out}/x`),
      step(`cp ${h}/nope ${P}c3:/`),
      // a file followed by more of the path: filepath.EvalSymlinks' bare ENOTDIR
      step(`cp ${h}/f.txt/ ${P}c3:/`),
      step(`cp -L ${h}/f.txt/x ${P}c3:/`),
      step(`cp ${h}/link/ ${P}c3:/`),
      step(`cp ${h}/nope/ ${P}c3:/`),
      step(`cp ${h}/f.txt ${h}/g.txt`),
      step(`cp ${P}c3:/f.txt ${P}c3:/g.txt`),
      step(`cp ${h}/f.txt ${P}c3:/nodir/x`),
      step(`cp ${h}/f.txt ${P}c3:/nodir/`),
      step(`cp ${h}/dir ${P}c3:/f.txt`),
      step(`cp ${h}/f.txt ${P}c3:/bin/busybox/x`),
      step(`cp ${h}/f.txt ${P}c3:/f.txt/`),
      step(`cp - ${P}c3:/f.txt`),
      step(`cp - ${P}c3:/nope`),
      step(`cp '' ${P}c3:/`),
      step(`cp ${h}/f.txt ''`),
      step(`cp ${h}/f.txt`),
      step(`cp -x ${h}/f.txt ${P}c3:/`),
      step(`cp ${P}c3:/bin ${h}/f.txt`),
      step(`cp ${P}c3:/f.txt ${h}/dir/sub/b.txt/`),
      step(`cp ${P}c3:/f.txt ${h}/nodir/x`),
      step(`cp ${P}c3:/f.txt ${h}/nodir/`),
      step(`cp ${P}c3:/bin/. ${h}/f.txt`),
      // the daemon's lstat on its mount of the container (the masker hides the data root and the mount id)
      step(`cp ${P}c3:/f.txt/ ${out}/`),
      step(`cp ${P}c3:/bin/busybox/x ${out}/`),
      step(`cp ${dir}/h4/dir ${P}c3:/bin/..`),
      step(`cp ${dir}/h4/dir ${P}c3:/`),
    ]);
    expectConformant(results);
  });

  it('cp -a into a container with a user: root by name or uid owns what it copies, a user with a colon is no passwd entry', async () => {
    const owned = `${dir}/h6/owned`;
    const results = await runBoth(P, [
      step(`create ${N} -u root --name ${P}ur ${B} sh`),
      step(`create ${N} -u 0 --name ${P}u0 ${B} sh`),
      step(`create ${N} -u 0:0 --name ${P}uc ${B} sh`),
      capture('T0', `inspect -f {{.Created}} ${P}uc`),
      step(`create ${N} --read-only -u 0:0 --name ${P}ro ${B} sh`),
      step(`cp -a ${owned} ${P}ur:/`),
      step(`cp ${owned} ${P}ur:/kept`),
      step(`cp -a ${owned} ${P}u0:/bin/`),
      step(`cp -a ${owned} ${P}uc:/`),
      step(`cp ${owned} ${P}uc:/`),
      // the daemon refuses a read-only rootfs before it looks the user up
      step(`cp -a ${owned} ${P}ro:/`),
      tar(`cp ${P}ur:/owned -`),
      tar(`cp ${P}ur:/kept -`),
      tar(`cp ${P}u0:/bin/owned -`),
      tar(`cp ${P}uc:/owned -`),
      step(`diff ${P}ur`),
      // `--until 0s` is the client's now in whole seconds: a second for the last events to fall in the window
      step(`run ${N} --rm --name ${P}tick ${B} sleep 1`),
      step(`events --since %T0% --until 0s --filter container=${P}uc --format '{{.Action}}'`),
    ]);
    expectConformant(results);
  });

  it('stdin and stdout: a tar in, garbage, nothing, and what comes out', async () => {
    const made = writeTar([
      { name: 'in/', type: 'dir', mode: 0o750, mtime: OLD },
      { name: 'in/x', type: 'file', mode: 0o640, mtime: OLD, data: new TextEncoder().encode('x\n') },
      { name: 'in/l', type: 'symlink', mode: 0o777, mtime: OLD, target: 'x' },
    ]);
    // names that climb out of the destination, an absolute one, and a directory of the image given a new mode
    const odd = writeTar([
      { name: 'bin/', type: 'dir', mode: 0o700, mtime: OLD },
      { name: '../../up', type: 'file', mode: 0o644, mtime: OLD, data: new TextEncoder().encode('u\n') },
      { name: '/abs/x', type: 'file', mode: 0o600, mtime: OLD, data: new TextEncoder().encode('a\n') },
    ]);
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}c4 ${B} sh`),
      withInput(`cp - ${P}c4:/`, made),
      withInput(`cp - ${P}c4:/bin`, made),
      withInput(`cp - ${P}c4:/in`, odd),
      withInput(`cp - ${P}c4:/`, odd),
      tar(`cp ${P}c4:/bin -`),
      tar(`cp ${P}c4:/abs -`),
      step(`cp - ${P}c4:/`, 'garbage'),
      step(`cp - ${P}c4:/`, ''),
      step(`diff ${P}c4`),
      tar(`cp ${P}c4:/in -`),
      tar(`cp ${P}c4:/bin/in/. -`),
    ]);
    expectConformant(results);
  });

  it('whiteouts, a paused container, and what diff, commit, export and events show after', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}mk ${B} sh -c 'mkdir /gone; echo a > /gone/a; echo b > /gone/b'`),
      step(`commit ${P}mk ${P}g:1`),
      capture('T0', `inspect -f {{.Created}} ${P}mk`),
      step(`run ${N} --name ${P}w ${P}g:1 sh -c 'rm -r /gone; rm /bin/cat'`),
      step(`cp ${dir}/h5/gone ${P}w:/`),
      step(`cp ${dir}/h5/cat ${P}w:/bin/cat`),
      step(`diff ${P}w`),
      tar(`cp ${P}w:/gone -`),
      step(`commit ${P}w ${P}w:1`),
      step(`run ${N} --rm ${P}w:1 sh -c 'ls /gone; cat /gone/a /bin/cat'`),
      step(`export -o ${dir}/w-%SIDE%.tar ${P}w`),
      step(`import ${dir}/w-%SIDE%.tar ${P}wi:1`),
      step(`run ${N} --rm ${P}wi:1 sh -c 'ls /gone; cat /gone/a /bin/cat'`),
      step(`run -d ${N} --name ${P}p ${B} sleep 1000`),
      step(`pause ${P}p`),
      step(`cp ${h}/f.txt ${P}p:/`),
      tar(`cp ${P}p:/f.txt -`),
      step(`unpause ${P}p`),
      step(`exec ${P}p cat /f.txt`),
      step(`rm -f ${P}p`),
      step(`run ${N} --rm --name ${P}tick ${B} sleep 1`),
      step(`events --since %T0% --until 0s --filter container=${P}w --format '{{.Action}} {{.Actor.Attributes.name}}'`),
    ]);
    expectConformant(results);
  });
});
