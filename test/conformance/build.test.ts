/**
 * docker build (classic builder, DOCKER_BUILDKIT=0), engine vs model (docs/rules.md BUILD-1–BUILD-6). Both sides read the same context directories. Every Dockerfile starts with
 * `LABEL cfb=1`, so every image and container a build leaves behind carries the label, and the
 * cleanup can find them (intermediate containers have random names, intermediate images no tag).
 * RUN steps write to stdout or to stderr, never both: the engine forwards the two streams
 * separately and their interleaving is its chance.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, it } from 'vitest';
import { cleanup, describeEngine, docker } from '../support/engine.js';
import { runBoth, step } from '../support/scenario.js';
import { expectConformant } from './compare.js';

const P = 'cf-build-';
const B = `${P}base:1`;
const MINE = '--filter label=cfb=1';
const HISTORY = `--no-trunc --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}'`;
const CONFIG = `-f '{{len .RootFS.Layers}} {{json .Config.Cmd}} {{json .Config.Entrypoint}} {{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.Labels}} {{.Config.User}} {{json .Config.ExposedPorts}} {{json .Config.Volumes}} {{.Author}}'`;

let root = '';
const ctx = (name: string): string => join(root, name);

/** A context directory: files by relative path (a string is a file's content). */
function context(name: string, files: Record<string, string>): void {
  const dir = ctx(name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const OB = [`FROM ${B}`, 'LABEL cfb=1', 'ENV GREETING=hi', 'RUN echo data > /tmp.txt', 'RUN rm /tmp.txt', 'WORKDIR /app', 'COPY hello.txt /app/hello.txt', 'CMD ["cat", "/app/hello.txt"]'];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'strata-build-'));
  context('ob1', { Dockerfile: `${OB.join('\n')}\n`, 'hello.txt': 'v1\n' });
  context('ob2', { Dockerfile: `${OB.join('\n')}\n`, 'hello.txt': 'v2\n' });
  context('steps', {
    'Dockerfile.norm': `FROM ${B}\nLABEL cfb=1\nRUN echo a > /a.txt\nENV Z=1\n`,
    'Dockerfile.fail': `FROM ${B}\nLABEL cfb=1\nRUN echo ok > /ok.txt\nRUN echo failing; exit 2\nRUN echo never\n`,
    'Dockerfile.rules': [
      `FROM ${B}`,
      'LABEL cfb=1',
      'RUN echo no-fs-change',
      'WORKDIR /bin',
      'WORKDIR /newwd',
      'RUN echo x > /x.txt',
      'COPY f.txt /x.txt',
      'USER nobody',
      'EXPOSE 80 53/udp',
      'VOLUME /data',
      'STOPSIGNAL SIGINT',
      'MAINTAINER someone',
      'ENTRYPOINT ["sh","-c"]',
      'CMD echo shellform',
      '',
    ].join('\n'),
    'Dockerfile.cmdfirst': `FROM ${B}\nLABEL cfb=1\nCMD ["one"]\nENTRYPOINT ["sh", "-c"]\n`,
    'f.txt': 'f\n',
  });
  context('multi', {
    Dockerfile: [
      `FROM ${B} AS one`,
      'LABEL cfb=1',
      'RUN echo 1 > /one.txt',
      `FROM ${B} AS two`,
      'LABEL cfb=1',
      'COPY --from=one /one.txt /copied.txt',
      'RUN cat /copied.txt',
      'FROM two',
      'COPY --from=0 /one.txt /again.txt',
      '',
    ].join('\n'),
  });
  context('args', {
    Dockerfile: [`ARG BASE=${B}`, 'FROM ${BASE}', 'LABEL cfb=1', 'ARG X', 'ARG Y=dflt', 'RUN echo "$X $Y" > /xy.txt', 'ENV Y=env', 'RUN echo $Y', ''].join('\n'),
  });
  context('ignore', {
    Dockerfile: `FROM ${B}\nLABEL cfb=1\nCOPY . /ctx/\nRUN ls /ctx /ctx/keep\n`,
    '.dockerignore': '*.log\nskip/\n!skip/wanted.txt\n',
    'a.log': 'no\n',
    'keep/x.txt': 'x\n',
    'skip/y.txt': 'y\n',
    'skip/wanted.txt': 'w\n',
  });
  symlinkSync('keep/x.txt', join(ctx('ignore'), 'link'));
  context('errors', {
    'Dockerfile.unknown': `FROM ${B}\nFOO bar\n`,
    'Dockerfile.empty': '',
    'Dockerfile.comments': '# only a comment\n',
    'Dockerfile.missing': `FROM ${B}\nLABEL cfb=1\nCOPY nope.txt /\n`,
    'Dockerfile.scratch': 'FROM scratch\n',
    'Dockerfile.json': `FROM ${B}\nLABEL cfb=1\nCMD ["unterminated"\n`,
    'Dockerfile.multi': `FROM ${B}\nLABEL cfb=1\nCOPY a.txt b.txt /one\n`,
    'a.txt': 'a\n',
    'b.txt': 'b\n',
  });
  context('onbuild', {
    'Dockerfile.parent': `FROM ${B}\nLABEL cfb=1\nONBUILD RUN echo triggered > /t.txt\nONBUILD LABEL child=1\n`,
    'Dockerfile.child': `FROM ${P}parent:1\nRUN cat /t.txt\n`,
  });
  context('scratch', { Dockerfile: 'FROM scratch\nLABEL cfb=1\nCOPY dir /d\nCOPY top.txt /\n', 'dir/a.txt': 'a\n', 'dir/sub/b.txt': 'b\n', 'top.txt': 't\n' });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeEngine('build conformance', () => {
  // What builds leave behind carries cfb=1; tagged images carry the prefix.
  afterEach(async () => {
    await docker(['container', 'prune', '-f', '--filter', 'label=cfb=1']);
    await docker(['image', 'prune', '-a', '-f', '--filter', 'label=cfb=1']);
    await cleanup(P);
  });

  it('a first build, its history and config; a rebuild from the cache; a changed COPY source; --no-cache', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}ob:1 ${ctx('ob1')}`),
      step(`history ${HISTORY} ${P}ob:1`),
      step(`inspect ${CONFIG} ${P}ob:1`),
      step(`inspect -f '{{.Parent}} {{.Config.Image}} {{json .ContainerConfig.Cmd}}' ${P}ob:1`),
      step(`build -t ${P}ob:1 ${ctx('ob1')}`),
      step(`build -t ${P}ob:1 ${ctx('ob2')}`),
      step(`run --rm --network none ${P}ob:1`),
      step(`build -t ${P}ob:1 ${ctx('ob1')}`),
      step(`build --no-cache -t ${P}ob:nc ${ctx('ob1')}`),
      step(`history ${HISTORY} ${P}ob:nc`),
      step(`ps -a ${MINE}`),
    ]);
    expectConformant(results);
  });

  it('--rm=false keeps every step container; a failing RUN keeps its own; --force-rm removes it', async () => {
    const results = await runBoth(P, [
      step(`build --rm=false -t ${P}norm:1 -f ${ctx('steps')}/Dockerfile.norm ${ctx('steps')}`),
      step(`ps -a ${MINE} --format '{{.Status}}|{{.Command}}'`),
      step(`container prune -f ${MINE}`),
      step(`build -t ${P}fail:1 -f ${ctx('steps')}/Dockerfile.fail ${ctx('steps')}`),
      step(`ps -a ${MINE} --format '{{.Status}}|{{.Command}}'`),
      step(`images ${P}fail`),
      step(`container prune -f ${MINE}`),
      step(`build --force-rm -t ${P}fail:1 -f ${ctx('steps')}/Dockerfile.fail ${ctx('steps')}`),
      step(`ps -a ${MINE} --format '{{.Status}}|{{.Command}}'`),
      step(`build -q -t ${P}fail:1 -f ${ctx('steps')}/Dockerfile.fail ${ctx('steps')}`),
    ]);
    expectConformant(results);
  });

  it('which steps add a layer: RUN without writes, WORKDIR on an existing directory and metadata add history only', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}rules:1 -f ${ctx('steps')}/Dockerfile.rules ${ctx('steps')}`),
      step(`history ${HISTORY} ${P}rules:1`),
      step(`inspect ${CONFIG} ${P}rules:1`),
      step(`inspect -f '{{.Config.StopSignal}}' ${P}rules:1`),
      step(`build -t ${P}cmdfirst:1 -f ${ctx('steps')}/Dockerfile.cmdfirst ${ctx('steps')}`),
      step(`inspect ${CONFIG} ${P}cmdfirst:1`),
    ]);
    expectConformant(results);
  });

  it('multi-stage: COPY --from a stage by name and by index, --target', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}multi:1 ${ctx('multi')}`),
      step(`history ${HISTORY} ${P}multi:1`),
      step(`build -t ${P}multi:one --target one ${ctx('multi')}`),
      step(`build -t ${P}multi:x --target nosuch ${ctx('multi')}`),
      step(`run --rm --network none ${P}multi:1 cat /copied.txt /again.txt`),
    ]);
    expectConformant(results);
  });

  it('ARG: meta ARGs in FROM, build args in RUN and its history, ENV over ARG, unused build args', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}args:1 --build-arg X=hello --build-arg UNUSED=1 ${ctx('args')}`),
      step(`history ${HISTORY} ${P}args:1`),
      step(`run --rm --network none ${P}args:1 cat /xy.txt`),
      step(`build -t ${P}args:1 --build-arg X=hello --build-arg UNUSED=1 ${ctx('args')}`),
      step(`build -t ${P}args:2 --build-arg X=other ${ctx('args')}`),
    ]);
    expectConformant(results);
  });

  it('.dockerignore, COPY of the whole context, a symlink in it', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}ign:1 ${ctx('ignore')}`),
      step(`history ${HISTORY} ${P}ign:1`),
      step(`run --rm --network none ${P}ign:1 ls /ctx /ctx/skip`),
    ]);
    expectConformant(results);
  });

  it('errors: unknown instruction, empty and comment-only Dockerfiles, a missing COPY source, only FROM scratch, bad JSON, several sources', async () => {
    const f = (name: string): string => `-f ${ctx('errors')}/Dockerfile.${name} ${ctx('errors')}`;
    const results = await runBoth(P, [
      step(`build -t ${P}err:1 ${f('unknown')}`),
      step(`build -t ${P}err:1 ${f('empty')}`),
      step(`build -t ${P}err:1 ${f('comments')}`),
      step(`build -t ${P}err:1 ${f('missing')}`),
      step(`build -t ${P}err:1 ${f('scratch')}`),
      step(`build -t ${P}err:1 ${f('json')}`),
      step(`build -t ${P}err:1 ${f('multi')}`),
      step(`build -t 'Bad:Tag' ${f('json')}`),
      step(`build ${ctx('nosuchdir')}`),
      step(`images --format '{{.Repository}}:{{.Tag}} {{.ID}}' ${P}err`),
    ]);
    expectConformant(results);
  });

  it('ONBUILD triggers run in the child build, then are cleared', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}parent:1 -f ${ctx('onbuild')}/Dockerfile.parent ${ctx('onbuild')}`),
      step(`inspect -f '{{json .Config.OnBuild}}' ${P}parent:1`),
      step(`build -t ${P}child:1 -f ${ctx('onbuild')}/Dockerfile.child ${ctx('onbuild')}`),
      step(`inspect -f '{{json .Config.OnBuild}} {{json .Config.Labels}}' ${P}child:1`),
      step(`history ${HISTORY} ${P}child:1`),
    ]);
    expectConformant(results);
  });

  it('FROM scratch: metadata and COPY of a directory and a file', async () => {
    const results = await runBoth(P, [
      step(`build -t ${P}scratch:1 ${ctx('scratch')}`),
      step(`history ${HISTORY} ${P}scratch:1`),
      step(`inspect ${CONFIG} ${P}scratch:1`),
      step(`build -t ${P}scratch:1 ${ctx('scratch')}`),
    ]);
    expectConformant(results);
  });
});
