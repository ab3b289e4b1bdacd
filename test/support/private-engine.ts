// A reference engine of one test file's own, for the verbs that see or change the whole engine
// (`system df` counts everything on it, `system prune` without a filter removes from everything):
// on the shared engine, the other files' objects would be in their answers and be removed by them.
// Started as the shared one is (scripts/engine.sh, in a fresh directory), stopped by the file.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { describeEngine, engineSocket } from './engine.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/engine.sh', import.meta.url));

/** scripts/engine.sh `command` for the engine in `dir` (start: a new directory of its own): its exit code and what it printed on stdout. */
function engineScript(command: 'start' | 'stop', dir?: string): Promise<{ code: number; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['STRATA_ENGINE_SOCK'];
  delete env['STRATA_ENGINE_DIR'];
  if (dir !== undefined) env['STRATA_ENGINE_DIR'] = dir;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, command], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

export interface PrivateEngine {
  readonly socket: string;
  stop(): Promise<void>;
}

/** A new engine in a new directory; its socket, and how to stop it (and remove its directory). */
export async function startPrivateEngine(): Promise<PrivateEngine> {
  const started = await engineScript('start');
  const socket = /STRATA_ENGINE_SOCK=(\S+?);/.exec(started.stdout)?.[1];
  const dir = /STRATA_ENGINE_DIR=(\S+)/.exec(started.stdout)?.[1];
  if (started.code !== 0 || socket === undefined || dir === undefined) throw new Error(`scripts/engine.sh start failed (exit ${started.code}; see its messages above)`);
  return {
    socket,
    stop: async () => {
      const stopped = await engineScript('stop', dir);
      if (stopped.code !== 0) throw new Error(`scripts/engine.sh stop failed (exit ${stopped.code}) for ${dir}`);
    },
  };
}

/**
 * `describe` when an engine could be had and this process may start one of its own (root, as the
 * shared one needs); skipped with the reason otherwise, never silently.
 */
export function describePrivateEngine(name: string, fn: () => void): void {
  if (engineSocket() !== undefined && process.getuid?.() !== 0) {
    describe.skip(`${name} [a private engine needs root, as scripts/engine.sh does]`, fn);
    return;
  }
  describeEngine(name, fn);
}
