/**
 * run/create --read-only, engine vs model (docs/rules.md LIFE-22): HostConfig.ReadonlyRootfs, what
 * busybox's applets and the shell print when the rootfs is read-only (PID 1 and exec), the working
 * directory the daemon still makes, docker cp in (refused) and out, then diff, export and commit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, it } from 'vitest';
import { cleanup, describeEngine } from '../support/engine.js';
import { type Step, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-ro-';
const B = `${P}base:1`;
const N = '--network none';
const tar = (line: string): Step => ({ ...step(line), tar: true });

/** Each write, then its status: the kernel's checks before the mount's (ENOENT, EEXIST, EISDIR) and EROFS. */
const WRITES = [
  'touch /f',
  'touch /bin/true',
  'echo x > /f',
  'echo x >> /etc/hosts',
  'echo x > /etc/hostname',
  'echo x > /bin',
  'echo x > /nosuch/f',
  'mkdir /d',
  'mkdir /bin',
  'mkdir -p /bin/d',
  'rm /bin/true',
  'rm /nosuch',
  'rm -f /nosuch',
  'rmdir /nosuch',
  'rmdir /nosuch/x',
  'mv /bin/true /t',
  'mv /nosuch /t',
  'mv /bin/true /nosuch/t',
  'cp /bin/true /t',
  'cp /bin/true /nosuch/t',
  'ln -s a /l',
  'ln -s a /bin',
  'ln -s a /bin/true',
  'chmod 700 /bin',
  'chmod 700 /nosuch',
  'touch /nosuch/x',
].map((c) => `${c}; echo "${c.replace(/"/g, '')}: $?"`);

describeEngine('--read-only conformance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-cf-ro-'));
  writeFileSync(join(dir, 'h.txt'), 'hello\n');
  afterEach(() => cleanup(P));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ReadonlyRootfs, every write refused as the kernel orders its checks, exec too', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}plain ${B} true`),
      step(`create ${N} --name ${P}ro --read-only ${B} true`),
      step(`create ${N} --name ${P}off --read-only=false ${B} true`),
      step(`create ${N} --name ${P}on --read-only=1 ${B} true`),
      step(`inspect -f '{{.HostConfig.ReadonlyRootfs}}|{{json .HostConfig.ReadonlyRootfs}}' ${P}plain ${P}ro ${P}off ${P}on`),
      step(`create ${N} --read-only=maybe ${B} true`),
      step(`run ${N} --name ${P}w --read-only ${B} sh -c '${WRITES.join('; ')}'`),
      step(`diff ${P}w`),
      // exec's processes see the same read-only rootfs
      step(`run -d ${N} --name ${P}x --read-only ${B} sleep 1000`),
      step(`exec ${P}x sh -c 'echo x > /x'`),
      step(`exec ${P}x touch /bin/true`),
      step(`exec ${P}x sh -c 'cat /etc/hostname > /dev/null; echo ok'`),
      step(`diff ${P}x`),
    ]);
    expectConformant(results);
  });

  it('the working directory is still made; cp in refused, cp out allowed; diff, export, commit', async () => {
    const results = await runBoth(P, [
      step(`create ${N} --name ${P}w --read-only -w /a/b ${B} sh -c 'pwd; touch f'`),
      step(`diff ${P}w`),
      step(`start -a ${P}w`),
      step(`diff ${P}w`),
      // the client's stat of the destination first, then the daemon's checks: a directory, then the mount
      step(`cp ${dir}/h.txt ${P}w:/h.txt`),
      step(`cp ${dir}/h.txt ${P}w:/a/b/`),
      step(`cp ${dir}/h.txt ${P}w:/nosuch/h.txt`),
      step(`cp ${dir}/h.txt ${P}w:/bin/true/x`),
      step(`cp - ${P}w:/`, ''),
      tar(`cp ${P}w:/a -`),
      tar(`cp ${P}w:/bin/echo -`),
      step(`diff ${P}w`),
      // export as it is (the owner names in its headers are the engine host's: compared after an import)
      step(`export -o ${dir}/w-%SIDE%.tar ${P}w`),
      step(`import ${dir}/w-%SIDE%.tar ${P}wi:1`),
      step(`run ${N} --rm ${P}wi:1 sh -c 'ls -a / /a /a/b; cat /.dockerenv /etc/hostname'`),
      step(`commit ${P}w ${P}img:1`),
      step(`history --format '{{.Size}}|{{.CreatedBy}}' ${P}img:1`),
      step(`inspect -f '{{len .RootFS.Layers}}|{{json .Config.WorkingDir}}' ${P}img:1`),
      // a container of the committed image is not read-only: the flag is the container's, not the image's
      step(`run ${N} --rm ${P}img:1 sh -c 'touch /f && echo wrote'`),
    ]);
    expectConformant(results);
  });
});
