/**
 * -u/--user on run, create and exec, and the USER an image carries (Dockerfile USER, commit -c,
 * import -c), engine vs model (docs/rules.md USER-1–USER-5): the daemon's lookup of `user[:group]` in the
 * container's /etc/passwd and /etc/group and its errors, what runc sets (uid, gid, groups, HOME),
 * busybox's id and whoami, and what a process of a user other than root may do to the files of its
 * container: busybox's messages for each refusal, and the owners of what it makes. The ids are ones
 * the engine's host has no names for (its tars would carry those names).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, it } from 'vitest';
import { cleanup, describeEngine, docker } from '../support/engine.js';
import { type Step, runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-usr-';
const B = `${P}base:1`;
const N = '--network none';
const tar = (line: string): Step => ({ ...step(line), tar: true });

const PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'alice:x:2001:3001:Alice:/home/alice:/bin/sh',
  'bob:x:2002:3002::/home/bob:/bin/sh',
  'carol:x:2003:3001::/home/carol:/bin/sh',
  'dave:x:2004:3999::/nonexistent:/bin/sh',
].join('\n');
const GROUP = ['root:x:0:', 'alice:x:3001:', 'bob:x:3002:', 'devs:x:3100:alice,bob', 'ops:x:3200:alice'].join('\n');

/** As root: the users, and files of every kind of permission for them to meet. */
const SETUP = [
  `echo "${PASSWD}" > /etc/passwd`,
  `echo "${GROUP}" > /etc/group`,
  'mkdir -p /root /home/alice /srv/ro /srv/rw/rootdir /srv/rw/rootdir2 /srv/wonly /srv/xonly /srv/sg /tmp',
  'chmod 700 /root',
  'echo secret > /root/f',
  'chmod 777 /home/alice',
  'echo pub > /srv/pub',
  'echo hidden > /srv/hidden',
  'chmod 600 /srv/hidden',
  'echo rofile > /srv/ro/file',
  'chmod 555 /srv/ro',
  'chmod 777 /srv/rw',
  'echo x > /srv/rw/rootfile',
  'chmod 733 /srv/wonly',
  'echo w > /srv/wonly/f',
  'chmod 711 /srv/xonly',
  'echo x > /srv/xonly/f',
  'chmod 1777 /tmp',
  'echo t > /tmp/rootfile',
  'chmod 666 /tmp/rootfile',
  'chmod 2777 /srv/sg',
  'echo ww > /srv/worldw',
  'chmod 666 /srv/worldw',
  'echo su > /srv/suid',
  'chmod 4777 /srv/suid',
  'echo sg > /srv/sgid',
  'chmod 2777 /srv/sgid',
  'cp /bin/busybox /srv/bbox',
  'chmod 700 /srv/bbox',
].join('; ');

/** Each command as alice, then its status. */
const AS_ALICE = [
  'cat /root/f',
  'ls /root',
  'ls -d /root',
  'cat /srv/hidden',
  'cat /srv/pub',
  'cat /root',
  'echo x > /f',
  'echo x >> /srv/pub',
  'echo x > /srv/pub',
  'touch /f',
  'touch /srv/pub',
  'touch /srv/worldw',
  'mkdir /d',
  'mkdir -p /srv/ro/a/b',
  'mkdir /root/a',
  'mkdir /root/f',
  'mkdir -p /root/a/b',
  'mkdir -p /srv/rw/x/y',
  'rmdir /root/x',
  'rmdir /srv/rw/x/y /srv/rw/x',
  'rm /srv/pub',
  'rm -f /srv/pub',
  'rm /srv/ro/file',
  'rm -r /srv/ro',
  'rm -rf /root',
  'rm /root/f',
  'rmdir /srv/rw/rootdir',
  'rm /srv/rw/rootfile',
  'rm /tmp/rootfile',
  'echo y >> /tmp/rootfile',
  'mv /tmp/rootfile /tmp/mine',
  'mv /srv/pub /tmp/pub',
  'mv /srv/rw/rootdir2 /tmp/rd',
  'mkdir /tmp/m1',
  'mv /tmp/m1 /tmp/m2',
  'cp /srv/pub /tmp/pub',
  'cp /srv/hidden /tmp/h',
  'cp /srv/pub /srv/ro/x',
  'cp /srv/pub /srv/worldw',
  'cp /tmp/pub /srv/pub',
  'cp -r /root /tmp/r',
  'cp -r /srv/ro /tmp/ro',
  'cp -r /srv/ro /root/ro',
  'ln -s /x /l',
  'ln -s /x /tmp/l',
  'chmod 777 /srv/pub',
  'chmod 640 /tmp/pub',
  'chmod 777 /root/f',
  'cd /root',
  'cd /srv/xonly && ls; cd /',
  'cat /srv/xonly/f',
  'ls /srv/wonly',
  'cat /srv/wonly/f',
  'echo z > /srv/wonly/g',
  'rm /srv/wonly/f',
  '/srv/bbox echo hi',
  '/srv/pub',
  '/root/f',
  'echo s >> /srv/suid',
  'echo s >> /srv/sgid',
  'mkdir /srv/sg/d',
  'touch /srv/sg/f',
  'cat < /srv/hidden',
  'cat < /root',
  'mkdir /tmp/dd',
  'chmod 500 /tmp/dd',
  'touch /tmp/dd/x',
  'rmdir /tmp/dd',
  'mkdir /tmp/ee',
  'touch /tmp/ee/x',
  'chmod 0 /tmp/ee/x',
  'cat /tmp/ee/x',
  'echo q > /tmp/ee/x',
  'rm /tmp/ee/x',
  'mkdir /tmp/ff',
  'touch /tmp/ff/x',
  'chmod 600 /tmp/ff',
  'rm -r /tmp/ff',
  'ls /tmp/ff',
  'mkdir /tmp/gg',
  'touch /tmp/gg/x',
  'chmod 300 /tmp/gg',
  'rm -r /tmp/gg',
  'ls /tmp/gg',
  'mkdir -p /tmp/hh/s',
  'touch /tmp/hh/s/x',
  'chmod 500 /tmp/hh/s',
  'rm -rf /tmp/hh',
  'touch /tmp/t',
  'chmod 2755 /tmp/t',
  'chmod 4755 /tmp/t',
  'touch /srv/sg/g',
  'chmod 2755 /srv/sg/g',
].map((c) => `${c}; echo "${c.replace(/"/g, '')}: $?"`);

/** busybox's id and whoami, for whoever runs them. */
const IDS = ['id', 'whoami', 'id -u', 'id -g', 'id -G', 'id -un', 'id -gn', 'id -Gn', 'id -rG', 'id bob', 'id -G alice', 'id -Gn carol', 'id nosuch', 'id -r', 'id -ug', 'whoami x']
  .map((c) => `${c}; echo "${c}: $?"`)
  .join('; ');

describeEngine('--user conformance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strata-cf-usr-'));
  writeFileSync(join(dir, 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  afterEach(async () => {
    await docker(['container', 'prune', '-f', '--filter', 'label=cfusr=1']);
    await docker(['image', 'prune', '-a', '-f', '--filter', 'label=cfusr=1']);
    await cleanup(P);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the forms of -u on an image without /etc/passwd: numbers, unknown names, ranges; what a failed start leaves', async () => {
    const forms = ['4001', '4001:4002', ':4002', '+7', '007', '2147483647', '2147483648', '-1', '4001:-1', '99999999999999999999', 'nosuch', 'root', '4001:nosuch', 'nosuch:4002', 'a:b:c'];
    const results = await runBoth(P, [
      ...forms.map((u) => step(`run --rm ${N} -u ${u} ${B} sh -c 'id; echo $HOME'`)),
      step(`run --rm ${N} --user=4001 ${B} sh -c 'id; whoami; echo $?'`),
      step(`run --rm ${N} -u '' ${B} sh -c 'id'`),
      step(`create ${N} --name ${P}c1 -u nosuch ${B} true`),
      step(`inspect -f '{{json .Config.User}}|{{.State.Status}}|{{.State.ExitCode}}|{{json .State.Error}}' ${P}c1`),
      step(`start ${P}c1`),
      step(`start -a ${P}c1`),
      step(`restart ${P}c1`),
      step(`inspect -f '{{.State.Status}}|{{.State.ExitCode}}|{{json .State.Error}}' ${P}c1`),
      step(`run ${N} --name ${P}c2 -u 4001:nosuch ${B} true`),
      step(`ps -a --filter name=${P}c2 --format '{{.Names}}|{{.Status}}'`),
      step(`inspect -f '{{.State.Status}}|{{.State.ExitCode}}|{{json .State.Error}}' ${P}c2`),
      step(`run ${N} --rm --name ${P}c3 -u nosuch ${B} true`),
      step(`ps -a --filter name=${P}c3 --format '{{.Names}}'`),
      // a file of its own where it may write, none where it may not
      step(`run ${N} --name ${P}w -u 4001:4002 ${B} sh -c 'touch /f; echo $?; mkdir /bin/d; echo $?; touch /etc/f; echo $?'`),
      step(`diff ${P}w`),
      tar(`cp ${P}w:/etc/f -`),
      // an exec as another user of a root container, and its working directory
      step(`run -d ${N} --name ${P}x ${B} sleep 1000`),
      step(`exec -u 4001 ${P}x sh -c 'id; echo $HOME; touch /x; echo $?'`),
      step(`exec -u nosuch ${P}x true`),
      step(`exec -u 4001 ${P}x /bin/nosuch`),
      step(`exec ${P}x sh -c 'id'`),
    ]);
    expectConformant(results);
  });

  // some thirty containers run to their end on the engine: over a minute on a loaded machine
  it('users and groups from /etc/passwd and /etc/group: id, whoami, HOME; the image USER, exec, commit -c and import -c', async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}mk ${B} sh -c '${SETUP}'`),
      step(`commit ${P}mk ${P}pw:1`),
      ...['alice', '2001', 'alice:devs', 'alice:3999', 'alice:ops', 'bob', 'carol', 'dave', 'root', '0:3100', ':devs', '2002:alice', 'alice:'].map((u) =>
        step(`run --rm ${N} -u ${u} ${P}pw:1 sh -c 'id; echo "$HOME"'`),
      ),
      step(`run --rm ${N} ${P}pw:1 sh -c 'id; echo "$HOME"'`),
      step(`run --rm ${N} -u alice -e HOME=/elsewhere ${P}pw:1 sh -c 'echo "$HOME"'`),
      step(`run --rm ${N} -u alice -e HOME= ${P}pw:1 env`),
      step(`run --rm ${N} -u bob ${P}pw:1 env`),
      step(`run --rm ${N} -u alice ${P}pw:1 sh -c '${IDS}'`),
      step(`run --rm ${N} -u 2004 ${P}pw:1 sh -c '${IDS}'`),
      step(`run --rm ${N} -u 4444:4444 ${P}pw:1 sh -c '${IDS}'`),
      step(`run --rm ${N} -u root ${P}pw:1 sh -c '${IDS}'`),
      // busybox reports a line of the wrong shape each time a lookup passes it; an unreadable file names nobody
      step(`run --rm ${N} ${P}pw:1 sh -c 'echo "short:x:8200" >> /etc/passwd; echo "# a comment" >> /etc/passwd; echo "odd:x" >> /etc/group; id nosuch; id -G alice; id -Gn bob; id 8200; whoami'`),
      step(`run --rm ${N} ${P}pw:1 sh -c 'chmod 600 /etc/passwd /etc/group; id; echo $?'`),
      step(`run ${N} --name ${P}priv ${P}pw:1 sh -c 'chmod 600 /etc/passwd /etc/group'`),
      step(`commit ${P}priv ${P}priv:1`),
      step(`run --rm ${N} -u alice ${P}priv:1 sh -c 'id; whoami; echo $?'`),
      // the image's user, unless -u; exec as it, re-read at each exec, or as another
      step(`commit -c 'USER bob' ${P}mk ${P}bob:1`),
      step(`inspect -f '{{json .Config.User}}' ${P}bob:1`),
      step(`run --rm ${N} ${P}bob:1 sh -c 'id; echo "$HOME"'`),
      step(`run --rm ${N} -u alice ${P}bob:1 id`),
      step(`run -d ${N} --name ${P}ex ${P}bob:1 sleep 1000`),
      step(`inspect -f '{{json .Config.User}}' ${P}ex`),
      step(`exec ${P}ex sh -c 'id; echo "$HOME"'`),
      step(`exec -u alice ${P}ex sh -c 'id; echo "$HOME"'`),
      step(`exec -u 0 ${P}ex sh -c 'echo "bob:x:2002:3100::/b:/bin/sh" >> /etc/passwd; echo "eve:x:2005:3001::/e:/bin/sh" >> /etc/passwd'`),
      step(`exec ${P}ex sh -c 'id; echo "$HOME"'`),
      step(`exec -u eve ${P}ex id`),
      step(`exec -e A=1 -u alice ${P}ex env`),
      step(`exec -u nosuch ${P}ex true`),
      step(`exec -u alice -w /root ${P}ex pwd`),
      step(`exec -u alice ${P}ex /srv/bbox echo hi`),
      step(`exec -u alice ${P}ex /root/f`),
      step(`exec -u alice ${P}ex /srv/pub`),
      step(`run --rm ${N} -u alice ${P}pw:1 /srv/bbox echo hi`),
      step(`run --rm ${N} -u alice ${P}pw:1 /root/f`),
      step(`run --rm ${N} -u bob -w /root ${P}pw:1 pwd`),
      // import -c USER
      step(`export -o ${dir}/pw-%SIDE%.tar ${P}mk`),
      step(`import -c 'USER carol' ${dir}/pw-%SIDE%.tar ${P}imp:1`),
      step(`run --rm ${N} ${P}imp:1 sh -c 'id; echo "$HOME"'`),
      // a start that fails once the user is gone keeps the exit code it had
      step(`run ${N} --name ${P}gone -u alice ${P}pw:1 sh -c 'exit 3'`),
      step(`cp ${dir}/passwd ${P}gone:/etc/passwd`),
      step(`start ${P}gone`),
      step(`inspect -f '{{.State.Status}}|{{.State.ExitCode}}|{{json .State.Error}}' ${P}gone`),
    ]);
    expectConformant(results);
  }, 180_000);

  it("what a user other than root may do to its container's files, and what it makes", async () => {
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}mk ${B} sh -c '${SETUP}'`),
      step(`commit ${P}mk ${P}pw:1`),
      step(`run ${N} --name ${P}a -u alice ${P}pw:1 sh -c '${AS_ALICE.join('; ')}'`),
      step(`diff ${P}a`),
      tar(`cp ${P}a:/srv/suid -`),
      tar(`cp ${P}a:/srv/sgid -`),
      tar(`cp ${P}a:/srv/worldw -`),
      tar(`cp ${P}a:/srv/sg -`),
      tar(`cp ${P}a:/tmp -`),
      tar(`cp ${P}a:/srv/rw -`),
      // a read-only rootfs: the mount is checked before the permissions
      step(`run --rm ${N} --read-only -u alice ${P}pw:1 sh -c 'touch /srv/pub; touch /tmp/new; mkdir /d; echo x > /srv/pub; rm /srv/pub; chmod 777 /srv/pub; cat /root/f; echo $?'`),
      // group permissions: what alice makes as devs, bob (a member) may write, carol (not one) may not
      step(`run ${N} --name ${P}g -u alice:devs ${P}pw:1 sh -c 'mkdir /home/alice/shared; echo g > /home/alice/shared/f; chmod 770 /home/alice/shared; chmod 660 /home/alice/shared/f; echo $?'`),
      step(`commit ${P}g ${P}g:1`),
      step(`run --rm ${N} -u bob ${P}g:1 sh -c 'echo b >> /home/alice/shared/f; echo $?; cat /home/alice/shared/f; touch /home/alice/shared/b; echo $?'`),
      step(`run --rm ${N} -u carol ${P}g:1 sh -c 'echo c >> /home/alice/shared/f; echo $?; ls /home/alice/shared; echo $?'`),
      step(`run --rm ${N} -u alice:bob ${P}g:1 sh -c 'cat /home/alice/shared/f; echo $?'`),
      // commit and export keep the owners
      step(`commit ${P}a ${P}a:1`),
      step(`run --rm ${N} ${P}a:1 sh -c 'cat /srv/pub /tmp/pub'`),
      step(`export -o ${dir}/a-%SIDE%.tar ${P}a`),
      step(`import ${dir}/a-%SIDE%.tar ${P}ai:1`),
      step(`run --rm ${N} -u alice ${P}ai:1 sh -c 'echo more >> /tmp/pub; echo $?; echo more >> /srv/worldw; echo $?'`),
    ]);
    expectConformant(results);
  });

  it('a Dockerfile USER: RUN as that user, WORKDIR made as root, an unknown user failing the RUN', async () => {
    const ctx = join(dir, 'build');
    const write = (name: string, lines: string[]): void => {
      mkdirSync(join(ctx, name), { recursive: true });
      writeFileSync(join(ctx, name, 'Dockerfile'), `${lines.join('\n')}\n`);
    };
    write('ok', [`FROM ${P}pw:1`, 'LABEL cfusr=1', 'USER alice', 'RUN id && touch /tmp/made', 'RUN touch /nope || echo failed $?', 'USER 0', 'RUN id', 'USER bob:devs', 'CMD ["id"]']);
    write('wd', [`FROM ${P}pw:1`, 'LABEL cfusr=1', 'USER alice', 'WORKDIR /tmp/wd', 'RUN touch f']);
    write('unknown', [`FROM ${P}pw:1`, 'LABEL cfusr=1', 'USER nosuch', 'RUN echo never']);
    const results = await runBoth(P, [
      step(`run ${N} --name ${P}mk ${B} sh -c '${SETUP}'`),
      step(`commit ${P}mk ${P}pw:1`),
      step(`build -q -t ${P}ok:1 ${join(ctx, 'ok')}`),
      step(`run --rm ${N} ${P}ok:1`),
      step(`inspect -f '{{json .Config.User}}' ${P}ok:1`),
      step(`build -t ${P}wd:1 ${join(ctx, 'wd')}`),
      step(`build -t ${P}unknown:1 ${join(ctx, 'unknown')}`),
    ]);
    expectConformant(results);
  });
});
