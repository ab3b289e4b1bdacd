/**
 * `strata version` and `strata info` (`system info`): strata's own facts, in docker 20.10's layout,
 * with `--format` templates over docker's field names. Not compared with the engine, whose facts are
 * its host's: the layout and the counts are checked here.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerInput } from '../../src/commands.js';
import { main } from '../../src/cli/main.js';
import { Strata } from '../../src/strata.js';
import { createRequest } from '../../src/testing/decider-spec.js';
import { testEnvironment } from '../../src/testing/environment.js';
import { API_VERSION, STRATA_VERSION } from '../../src/view/system.js';
import { baseLayer, runEntry, tempHomes } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});
const newHome = tempHomes('strata-system-');

/** A store with two images and a container of each kind info counts: running, paused, stopped (exited, created). */
function store(): string {
  const home = newHome();
  const s = Strata.open(home, testEnvironment(3, Date.now()));
  s.execute({ type: 'import', layer: base, message: 'base', changes: [], repoTag: 'base:1' });
  s.execute({ type: 'commit', ref: s.execute({ type: 'create', ...createRequest('made', ['true']) }).reply.id!, message: '', author: '', changes: [], pause: true, repoTag: 'other:1' });
  s.execute({ type: 'run', detach: true, ...createRequest('up', ['sleep', '100000']) });
  s.execute({ type: 'run', detach: true, ...createRequest('still', ['sleep', '100000']) });
  s.execute({ type: 'pause', ref: 'still' });
  s.execute({ type: 'run', detach: false, ...createRequest('done', ['true']) });
  s.close();
  return home;
}

const run = (home: string, argv: readonly string[]) => runEntry(main, home, argv);

describe('strata version', () => {
  it('is docker’s layout with strata’s facts: strata as client and server, API 1.41 alone', async () => {
    const r = await run(newHome(), ['version']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const masked = r.out.replace(/node v[0-9.]+/g, 'node VERSION').replace(/OS\/Arch:( +)\S+/g, 'OS/Arch:$1OS/ARCH');
    expect(masked).toBe(
      [
        'Client: strata',
        ` Version:           ${STRATA_VERSION}`,
        ' API version:       1.41',
        ' Go version:        node VERSION',
        ' Git commit:        ',
        ' Built:             ',
        ' OS/Arch:           OS/ARCH',
        ' Context:           default',
        ' Experimental:      false',
        '',
        'Server: strata',
        ' Engine:',
        `  Version:          ${STRATA_VERSION}`,
        '  API version:      1.41 (minimum version 1.41)',
        '  Go version:       node VERSION',
        '  Git commit:       ',
        '  Built:            ',
        '  OS/Arch:          OS/ARCH',
        '  Experimental:     false',
        '  Models:           Docker Engine 20.10.24',
        '',
      ].join('\n'),
    );
  });

  it('--format: Go templates over docker’s fields', async () => {
    const home = newHome();
    expect(await run(home, ['version', '--format', '{{.Server.APIVersion}}'])).toEqual({ code: 0, out: `${API_VERSION}\n`, err: '' });
    expect(await run(home, ['version', '-f', '{{.Client.Version}} {{.Server.Version}} {{(index .Server.Components 0).Name}}'])).toEqual({ code: 0, out: `${STRATA_VERSION} ${STRATA_VERSION} Engine\n`, err: '' });
    const json = JSON.parse((await run(home, ['version', '--format', '{{json .}}'])).out) as { Client: Record<string, unknown>; Server: Record<string, unknown> };
    expect(json.Client).toMatchObject({ Version: STRATA_VERSION, ApiVersion: '1.41', DefaultAPIVersion: '1.41', Context: 'default' });
    expect(json.Server).toMatchObject({ Version: STRATA_VERSION, ApiVersion: '1.41', MinAPIVersion: '1.41', Platform: { Name: 'strata' } });
    // docker's errors, its template named "version"
    expect(await run(home, ['version', '--format', '{{.Nope'])).toEqual({ code: 64, out: '', err: 'template parsing error: template: version:1: unclosed action\n' });
    expect(await run(home, ['version', '--format', '{{.Nope}}'])).toEqual({
      code: 1,
      out: '\n',
      err: 'template: version:1:2: executing "version" at <.Nope>: can\'t evaluate field Nope in type system.versionInfo\n',
    });
  });

  it('is package.json’s version', () => {
    expect(STRATA_VERSION).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });
});

describe('strata info', () => {
  it('counts the state’s containers (running, paused, stopped) and images, in docker’s layout', async () => {
    const home = store();
    for (const argv of [['info'], ['system', 'info']]) {
      const r = await run(home, argv);
      expect(r.code).toBe(0);
      expect(r.out).toBe(
        [
          'Client:',
          ' Context:    default',
          ' Debug Mode: false',
          '',
          'Server:',
          ' Containers: 4',
          '  Running: 1',
          '  Paused: 1',
          '  Stopped: 2',
          ' Images: 2',
          ` Server Version: ${STRATA_VERSION}`,
          ' Storage Driver: overlay2',
          ' Logging Driver: json-file',
          ' Plugins:',
          '  Volume: ',
          '  Network: bridge null',
          '  Log: json-file',
          ' Swarm: inactive',
          ' Runtimes: strata',
          ' Default Runtime: strata',
          ' OSType: linux',
          ' Name: strata',
          ` Docker Root Dir: ${home}`,
          ' Debug Mode: false',
          ' Experimental: false',
          ' Live Restore Enabled: false',
          '',
          '',
        ].join('\n'),
      );
    }
  });

  it('--format: Go templates over docker’s field names', async () => {
    const home = store();
    expect(await run(home, ['info', '--format', '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}} {{.Driver}}'])).toEqual({
      code: 0,
      out: '4 1 1 2 2 overlay2\n',
      err: '',
    });
    const json = JSON.parse((await run(home, ['system', 'info', '-f', '{{json .}}'])).out) as Record<string, unknown>;
    expect(json).toMatchObject({ Containers: 4, Images: 2, ServerVersion: STRATA_VERSION, DockerRootDir: home, Driver: 'overlay2' });
    expect(await run(home, ['info', '--format', '{{.Nope}}'])).toEqual({ code: 1, out: '\n', err: 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type system.info\n' });
    expect((await run(home, ['info', 'x'])).err).toBe('"docker info" accepts no arguments.\nSee \'docker info --help\'.\n\nUsage:  docker info [OPTIONS]\n\nDisplay system-wide information\n');
  });
});
