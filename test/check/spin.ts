/**
 * Running SPIN on a model `strata export promela` wrote: `spin -a`, `gcc`, then `pan`. Debian's
 * `spin` package (.ci/run installs it); without it the SPIN tests are skipped with the reason, except
 * in CI, where they fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const spinMissing = (): string | undefined => {
  const r = spawnSync('spin', ['-V'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'SPIN tests skipped: `spin` is not installed (apt-get install -y spin)';
  const cc = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  if (cc.error || cc.status !== 0) return 'SPIN tests skipped: `gcc` is not installed';
  return undefined;
};

function run(cmd: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Write the model, generate and compile its verifier; the directory it is in. */
export function compile(model: string, gccFlags: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'strata-spin-'));
  writeFileSync(join(dir, 'model.pml'), model);
  run('spin', ['-a', 'model.pml'], dir);
  run('gcc', ['-O2', ...gccFlags, '-o', 'pan', 'pan.c'], dir);
  return dir;
}

/** `./pan …` in that directory: what it printed. */
export const pan = (dir: string, args: readonly string[]): string => run('./pan', args, dir);
