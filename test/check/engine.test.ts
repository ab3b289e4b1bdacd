/**
 * A counterexample `strata check` finds is a script the reference engine runs to the same
 * situation: the planted false invariant "no container is ever paused" yields a script after which
 * the engine has a paused container, and every container in the status the model reached.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCheck } from '../../src/check/cli.js';
import { explore } from '../../src/check/explore.js';
import { baseTar } from '../../src/check/universe.js';
import { statusOf, table } from '../../src/index.js';
import { DOCKER_CLIENT, cleanup, describeEngine, docker, engineSocket } from '../support/engine.js';

const P = 'ck-';
const NO_PAUSED = new URL('./fixtures/no-paused.mjs', import.meta.url).pathname;

/** Run a script with bash, `docker` being the 20.10 client on the reference engine. */
function bash(script: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  const vars: NodeJS.ProcessEnv = { ...process.env, ...env, DOCKER_HOST: `unix://${engineSocket()!}` };
  for (const v of ['DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_TLS']) delete vars[v];
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `docker() { ${DOCKER_CLIENT} "$@"; }\n${script}`], { env: vars, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 128, output }));
  });
}

describeEngine('strata check counterexamples on the engine', () => {
  afterEach(() => cleanup(P));

  it('the script refuting "no container is ever paused" leaves a paused container on the engine', async () => {
    let stdout = '';
    const code = await runCheck({ containers: 2, images: 1, depth: 6, invariants: [NO_PAUSED], prefix: P, quiet: true }, { out: (t) => (stdout += t), err: () => {} });
    expect(code).toBe(1);
    const script = stdout.split('\n').filter((l) => l.startsWith('docker '));
    expect(script.length).toBeLessThanOrEqual(4); // the import, then at most three steps
    expect(script[0]).toBe(`docker import "$BASE_TAR" ${P}base:1`);

    const dir = mkdtempSync(join(tmpdir(), 'strata-check-engine-'));
    writeFileSync(join(dir, 'base.tar'), baseTar());
    const ran = await bash(script.join('\n'), { BASE_TAR: join(dir, 'base.tar') });
    expect(ran.code, ran.output).toBe(0);

    // the model's own last state, by the same path: every container's status, by name
    const { violation } = await explore({ universe: { containers: 2, images: 1 }, depth: 6, workers: 1, invariants: [NO_PAUSED] });
    const last = violation!.states[violation!.states.length - 1]!;
    const model = [...table.values(last.containers)].map((c) => `${P}${c.name} ${statusOf(c.state)}`).sort();
    const ps = await docker(['ps', '-a', '--filter', `name=${P}`, '--format', '{{.Names}} {{.State}}']);
    const engine = ps.stdout.split('\n').filter((l) => l !== '').sort();
    expect(engine).toEqual(model);
    expect(engine.some((l) => l.endsWith(' paused'))).toBe(true);
  }, 120_000);
});
