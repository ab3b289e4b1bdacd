// Vitest globalSetup: gives the run a private reference Docker engine.
//
// - STRATA_ENGINE_SOCK already set: use that engine, leave it running.
// - STRATA_ENGINE=off: no engine; engine tests skip with the reason.
// - otherwise, as root: `scripts/engine.sh start` in a fresh directory, stopped in teardown.
//
// The socket reaches the workers through process.env: vitest builds each fork's
// environment from the main process's process.env when tests are scheduled, which is
// after global setup has run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SKIP_DETAIL_ENV } from './engine.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/engine.sh', import.meta.url));

interface ScriptResult {
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

function skip(detail: string): undefined {
  process.env[SKIP_DETAIL_ENV] = detail;
  process.stderr.write(`strata: no reference engine: ${detail}\n`);
  return undefined;
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const given = process.env['STRATA_ENGINE_SOCK'];
  if (given !== undefined && given !== '') {
    process.stderr.write(`strata: using the reference engine at ${given}\n`);
    return undefined;
  }
  if (process.env['STRATA_ENGINE'] === 'off') return skip('STRATA_ENGINE=off');
  if (process.getuid?.() !== 0) return skip('not running as root, so no engine was started');

  // Always a fresh directory of our own: a STRATA_ENGINE_DIR inherited without a socket
  // may belong to someone else's engine, which teardown would otherwise delete.
  const env = { ...process.env };
  delete env['STRATA_ENGINE_DIR'];
  const started = Date.now();
  const result = await runScript('start', env);
  const sock = /STRATA_ENGINE_SOCK=(\S+?);/.exec(result.stdout)?.[1];
  const dir = /STRATA_ENGINE_DIR=(\S+)/.exec(result.stdout)?.[1];
  if (result.code !== 0 || sock === undefined || dir === undefined) {
    return skip(`scripts/engine.sh start failed (exit ${result.code}; see its messages above)`);
  }
  process.env['STRATA_ENGINE_SOCK'] = sock;
  process.stderr.write(
    `strata: reference engine started in ${((Date.now() - started) / 1000).toFixed(1)}s at ${sock}\n`,
  );

  return async () => {
    delete process.env['STRATA_ENGINE_SOCK'];
    const stopped = await runScript('stop', { ...process.env, STRATA_ENGINE_DIR: dir });
    if (stopped.code !== 0) {
      // Teardown failures are reported by vitest; a leaked dockerd must not go unnoticed.
      throw new Error(`scripts/engine.sh stop failed (exit ${stopped.code}) for ${dir}`);
    }
  };
}
