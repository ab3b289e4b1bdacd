// Vitest globalSetup: gives the run a private reference Docker engine.
//
// - STRATA_ENGINE_SOCK already set: use that engine, leave it running.
// - STRATA_ENGINE=off: no engine; engine tests skip with the reason.
// - otherwise, as root: `scripts/engine.sh start` in a fresh directory, stopped in teardown.
// - no engine could be had (not root, or the start failed): engine tests skip with the reason on a
//   developer's machine; with CI=true the run fails instead, since a CI run that skipped every
//   comparison with the engine would pass without having checked them.
//
// The socket reaches the workers through process.env: vitest builds each fork's
// environment from the main process's process.env when tests are scheduled, which is
// after global setup has run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SKIP_DETAIL_ENV } from './engine.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/engine.sh', import.meta.url));

export interface ScriptResult {
  code: number;
  stdout: string;
}

// stderr is inherited so apt and start-up progress (and failures) show up live.
function runScript(command: 'start' | 'stop', env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  return new Promise((resolve) => {
    const child = spawn('bash', [SCRIPT, command], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', (e) => {
      process.stderr.write(`strata: cannot run ${SCRIPT}: ${e.message}\n`);
      resolve({ code: 127, stdout: '' });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

/** What the setup reads and does outside itself; tests pass their own. */
export interface Host {
  readonly env: NodeJS.ProcessEnv;
  readonly uid: number | undefined;
  readonly runScript: (command: 'start' | 'stop', env: NodeJS.ProcessEnv) => Promise<ScriptResult>;
  readonly log: (line: string) => void;
}

const realHost: Host = {
  env: process.env,
  uid: process.getuid?.(),
  runScript,
  log: (line) => process.stderr.write(`${line}\n`),
};

/** Whether this is a CI run: CI=true as CI services set it (any value but empty, 0 or false). */
export function inCI(env: NodeJS.ProcessEnv): boolean {
  const ci = (env['CI'] ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

function skip(host: Host, detail: string): undefined {
  host.env[SKIP_DETAIL_ENV] = detail;
  host.log(`strata: no reference engine: ${detail}`);
  return undefined;
}

/** An engine was wanted but cannot be had: a skip for a developer, a failed run in CI. */
function unavailable(host: Host, detail: string): undefined {
  if (inCI(host.env)) {
    throw new Error(`no reference engine in CI (CI=${host.env['CI']}): ${detail}; STRATA_ENGINE=off runs without one on purpose`);
  }
  return skip(host, detail);
}

export async function provideEngine(host: Host): Promise<(() => Promise<void>) | undefined> {
  const given = host.env['STRATA_ENGINE_SOCK'];
  if (given !== undefined && given !== '') {
    host.log(`strata: using the reference engine at ${given}`);
    return undefined;
  }
  if (host.env['STRATA_ENGINE'] === 'off') return skip(host, 'STRATA_ENGINE=off');
  if (host.uid !== 0) return unavailable(host, 'not running as root, so no engine was started');

  // Always a fresh directory of our own: a STRATA_ENGINE_DIR inherited without a socket
  // may belong to someone else's engine, which teardown would otherwise delete.
  const env = { ...host.env };
  delete env['STRATA_ENGINE_DIR'];
  const started = Date.now();
  const result = await host.runScript('start', env);
  const sock = /STRATA_ENGINE_SOCK=(\S+?);/.exec(result.stdout)?.[1];
  const dir = /STRATA_ENGINE_DIR=(\S+)/.exec(result.stdout)?.[1];
  if (result.code !== 0 || sock === undefined || dir === undefined) {
    return unavailable(host, `scripts/engine.sh start failed (exit ${result.code}; see its messages above)`);
  }
  host.env['STRATA_ENGINE_SOCK'] = sock;
  host.log(`strata: reference engine started in ${((Date.now() - started) / 1000).toFixed(1)}s at ${sock}`);

  return async () => {
    delete host.env['STRATA_ENGINE_SOCK'];
    const stopped = await host.runScript('stop', { ...host.env, STRATA_ENGINE_DIR: dir });
    if (stopped.code !== 0) {
      // Teardown failures are reported by vitest; a leaked dockerd must not go unnoticed.
      throw new Error(`scripts/engine.sh stop failed (exit ${stopped.code}) for ${dir}`);
    }
  };
}

export default function setup(): Promise<(() => Promise<void>) | undefined> {
  return provideEngine(realHost);
}
