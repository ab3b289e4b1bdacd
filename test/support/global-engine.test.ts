/** The global setup's answer when no reference engine can be had: a skip for a developer, a failure in CI. */
import { describe, expect, it } from 'vitest';
import { SKIP_DETAIL_ENV } from './engine.js';
import { type Host, type ScriptResult, provideEngine } from './global-engine.js';

/** A host whose engine script answers `start` as given, recording what was asked and logged. */
function host(env: NodeJS.ProcessEnv, uid: number, start: ScriptResult): Host & { calls: string[]; lines: string[] } {
  const calls: string[] = [];
  const lines: string[] = [];
  return {
    env,
    uid,
    calls,
    lines,
    log: (l) => lines.push(l),
    runScript: (command) => {
      calls.push(command);
      return Promise.resolve(command === 'start' ? start : { code: 0, stdout: '' });
    },
  };
}

const FAILED: ScriptResult = { code: 1, stdout: '' };
const UP: ScriptResult = { code: 0, stdout: 'export STRATA_ENGINE_SOCK=/e/sock; export STRATA_ENGINE_DIR=/e\n' };

describe('no engine could be had', () => {
  it.each([
    ['not root', 1000],
    ['engine.sh start failed', 0],
  ])('%s, on a developer machine: engine tests skip, with the reason', async (_why, uid) => {
    for (const ci of [undefined, '', 'false', '0']) {
      const h = host(ci === undefined ? {} : { CI: ci }, uid, FAILED);
      await expect(provideEngine(h)).resolves.toBeUndefined();
      expect(h.env[SKIP_DETAIL_ENV], `CI=${ci}`).toMatch(uid === 0 ? /engine\.sh start failed \(exit 1/ : /not running as root/);
      expect(h.lines, `CI=${ci}`).toEqual([`strata: no reference engine: ${h.env[SKIP_DETAIL_ENV]}`]);
    }
  });

  it.each([
    ['not root', 1000, /no reference engine in CI \(CI=true\): not running as root/],
    ['engine.sh start failed', 0, /no reference engine in CI \(CI=true\): scripts\/engine\.sh start failed \(exit 1/],
  ])('%s, with CI=true: the run fails', async (_why, uid, message) => {
    const h = host({ CI: 'true' }, uid, FAILED);
    await expect(provideEngine(h)).rejects.toThrow(message);
    expect(h.env[SKIP_DETAIL_ENV]).toBeUndefined();
  });

  it('CI=1 counts as CI too', async () => {
    await expect(provideEngine(host({ CI: '1' }, 0, FAILED))).rejects.toThrow(/no reference engine in CI \(CI=1\)/);
  });
});

describe('an engine by choice or by start', () => {
  it('STRATA_ENGINE=off skips, with the reason, even in CI', async () => {
    const h = host({ CI: 'true', STRATA_ENGINE: 'off' }, 0, UP);
    await expect(provideEngine(h)).resolves.toBeUndefined();
    expect(h.env[SKIP_DETAIL_ENV]).toBe('STRATA_ENGINE=off');
    expect(h.calls).toEqual([]);
  });

  it('a given STRATA_ENGINE_SOCK is used and left running', async () => {
    const h = host({ CI: 'true', STRATA_ENGINE_SOCK: '/given/sock' }, 1000, FAILED);
    await expect(provideEngine(h)).resolves.toBeUndefined();
    expect(h.calls).toEqual([]);
  });

  it('in CI as root, a started engine is handed to the workers and stopped at teardown', async () => {
    const h = host({ CI: 'true' }, 0, UP);
    const teardown = await provideEngine(h);
    expect(h.env['STRATA_ENGINE_SOCK']).toBe('/e/sock');
    await teardown!();
    expect(h.calls).toEqual(['start', 'stop']);
    expect(h.env['STRATA_ENGINE_SOCK']).toBeUndefined();
  });
});
