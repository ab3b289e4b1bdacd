/**
 * `strata explore -o DIR`: the frames it embeds are the store as it was at every event, and the
 * page it writes, opened from file:// in a real browser (Debian's chromium, driven by
 * playwright-core), shows the containers, statuses and images of the tour's store at three points.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { exploreData } from '../../src/explore/frames.js';
import { writeExplorer } from '../../src/explore/write.js';
import { dockerCli, lifecycleDiagram, listContainers, pastView, statusOf } from '../../src/index.js';
import { scenario } from '../../src/testing/index.js';
import { ModelSession } from '../../src/testing/session.js';
import { tourSession } from '../../src/tour/pictures.js';
import { inCI } from '../support/global-engine.js';

const CHROMIUM = '/usr/bin/chromium';
const SCRIPT = new URL('../../dist/explore/page/explorer.js', import.meta.url);
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && inCI(process.env)) throw new Error(`${CHROMIUM} is missing in CI: .ci/run installs Debian's chromium for the explorer's browser tests`);

describe('the explorer’s frames', () => {
  test.prop([scenario({ containers: 3, images: 2, maxCommands: 12 })], { numRuns: 10 })('[VIEW-5] frame SEQ holds the containers and images the log replayed up to SEQ holds', (s) => {
    const session = new ModelSession('');
    for (const command of s.commands) session.run(command.argv);
    const data = exploreData(session.strata.store.read().commands, { title: 't', lifecycleSvg: '' });
    expect(data.frames).toHaveLength(session.state.seq + 1);
    for (const frame of data.frames) {
      const past = pastView(session.strata, frame.seq);
      if (!('state' in past)) throw new Error(`no event ${past.seq}`);
      const listed = listContainers(past.state, { all: true, filters: [] });
      if (!Array.isArray(listed)) throw new Error('listing failed');
      expect(frame.containers.map((c) => `${c.name} ${c.state}`)).toEqual(listed.map((c) => `${c.name} ${statusOf(c.state)}`));
      expect(frame.images.flatMap((i) => (i.tags.length === 0 ? ['<none>:<none>'] : i.tags)).sort()).toEqual(
        dockerCli(['images', '-a', '--at', String(frame.seq), '--format', '{{.Repository}}:{{.Tag}}'], { strata: session.strata })
          .stdout.split('\n')
          .filter((l) => l !== '')
          .sort(),
      );
    }
  });

  it('refuses a missing -o, and a directory it cannot write, with one line each', () => {
    const session = tourSession();
    expect(dockerCli(['explore'], { strata: session.strata })).toMatchObject({ exitCode: 125, stderr: "strata: explore needs -o DIR, the directory to write index.html into\nSee 'strata explore --help'.\n" });
    const file = join(mkdtempSync(join(tmpdir(), 'strata-explore-')), 'a-file');
    writeFileSync(file, 'x');
    // the in-process CLI cannot wait for the SVG: the process CLI writes the page (see below); here the writer's own error
    expect(() => writeExplorer(join(file, 'sub'), exploreData([], { title: 't', lifecycleSvg: '' }), SCRIPT)).toThrow(/ENOTDIR|EEXIST/);
    rmSync(file);
  });
});

describe.skipIf(!haveChromium)(`the explorer page in a browser${haveChromium ? '' : ` (skipped: no ${CHROMIUM}; apt-get install chromium)`}`, () => {
  let browser: Browser;
  let dir: string;
  let page: string;
  let seqs: { created: number; started: number; end: number };
  beforeAll(async () => {
    if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT.pathname} is missing: npm run build bundles the page's script`);
    const session = tourSession();
    const commands = session.strata.store.read().commands;
    const data = exploreData(commands, { title: 'the tour', lifecycleSvg: await lifecycleDiagram('svg') });
    const at = (type: string): number => data.events.find((e) => e.type === type && e.summary.startsWith('web '))!.seq;
    seqs = { created: data.events.find((e) => e.type === 'ContainerCreated')!.seq, started: at('ContainerStarted'), end: session.state.seq };
    dir = mkdtempSync(join(tmpdir(), 'strata-explore-'));
    page = writeExplorer(dir, data, SCRIPT);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the names and statuses of each of three points, and draws them (screenshots)', async () => {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    const look = async (seq: number): Promise<{ rows: string[]; stacks: string[]; lit: string[]; event: string }> => {
      await tab.goto(`${pathToFileURL(page).href}#seq=${seq}`);
      await tab.waitForFunction(`document.body.dataset.seq === '${seq}'`);
      const shot = await tab.screenshot({ fullPage: true });
      writeFileSync(join(dir, `seq-${seq}.png`), shot);
      expect(shot.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
      // run in the page (this file is compiled without the DOM's types)
      return tab.evaluate(`({
        rows: [...document.querySelectorAll('#containers tr[data-container]')].map((tr) => tr.getAttribute('data-container') + ' ' + tr.className),
        stacks: [...document.querySelectorAll('#stacks .stack .head')].map((e) => e.textContent),
        lit: [...document.querySelectorAll('#lifecycle g.node.lit text')].map((e) => e.textContent),
        event: document.querySelector('#event .current')?.textContent ?? '',
      })`);
    };
    const created = await look(seqs.created);
    expect(created.rows).toEqual(['web state-created']);
    expect(created.lit).toEqual(['created (1)']);
    expect(created.event).toMatch(/^\d+ ContainerCreated web \(/);
    const started = await look(seqs.started);
    expect(started.rows).toEqual(['web state-running']);
    expect(started.lit).toEqual(['running (1)']);
    const end = await look(seqs.end);
    expect(end.rows.sort()).toEqual(['once state-exited', 'web state-running']);
    expect(end.lit.sort()).toEqual(['exited (1)', 'running (1)']);
    expect(end.stacks.join('|')).toMatch(/^base:1 [0-9a-f]{12}\|greet:1 [0-9a-f]{12}\|once Exited \(0\) [^|]+\|web Up /);
    // the slider moves through the log
    await tab.locator('#seq').fill(String(seqs.created));
    await tab.waitForFunction(`document.body.dataset.seq === '${seqs.created}'`);
    expect(errors).toEqual([]);
  });

  it('renders from file:// with every container and image name in headless Chromium’s DOM dump', () => {
    const r = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', pathToFileURL(page).href], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    for (const name of ['web', 'once', 'base:1', 'greet:1']) expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('data-container="once"');
  });

  it('is what `strata explore -o DIR` writes for a store on disk', () => {
    const home = mkdtempSync(join(tmpdir(), 'strata-explore-home-'));
    const out = join(home, 'page');
    const bin = new URL('../../bin/strata.js', import.meta.url).pathname;
    const env = { ...process.env, STRATA_HOME: home };
    const rootfs = join(home, 'rootfs.tar');
    const tar = spawnSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./dist/index.js'); process.stdout.write(m.makeBaseRootfs(new TextEncoder().encode('bb'), m.DEFAULT_APPLETS))"], { cwd: new URL('../..', import.meta.url).pathname });
    writeFileSync(rootfs, tar.stdout);
    for (const argv of [['import', rootfs, 'base:1'], ['run', '--name', 'hello', 'base:1', 'sh', '-c', 'echo hi > /f'], ['explore', '-o', out, '--title', 'hello']]) {
      const r = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8' });
      expect({ argv, status: r.status, stderr: r.stderr }).toEqual({ argv, status: 0, stderr: '' });
    }
    const written = readFileSync(join(out, 'index.html'), 'utf8');
    expect(written).toContain('<title>strata explore — hello</title>');
    expect(written).toContain('"name":"hello"');
    rmSync(home, { recursive: true, force: true });
  });
});
