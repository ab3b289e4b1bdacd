/**
 * The attached client in real time (src/cli/attach.ts), as a user runs it: `strata` processes over
 * one store, a foreground program that never exits, signals sent to the client, other shells'
 * commands. The engine's side of the same scenarios is test/conformance/attach.test.ts; these need
 * no engine, only the built CLI.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseTar } from '../../src/testing/index.js';

const BIN = fileURLToPath(new URL('../../bin/strata.js', import.meta.url));
let home = '';

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'strata-attached-'));
  expect(strata(['import', '-', 'base:1'], baseTar()).status).toBe(0);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.child.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

function strata(args: readonly string[], input?: Uint8Array): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, STRATA_HOME: home }, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Client {
  readonly child: ChildProcess;
  readonly out: () => string;
  /** what a shell would show: the exit code, or 128 + the signal that killed it */
  readonly status: Promise<number>;
}
const clients: Client[] = [];

function client(args: readonly string[]): Client {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, STRATA_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  const status = new Promise<number>((resolve) => child.on('exit', (code, sig) => resolve(code ?? 128 + (sig === null ? 0 : constants.signals[sig]))));
  const c = { child, out: () => out, status };
  clients.push(c);
  return c;
}

async function until(pred: () => boolean, ms = 15_000): Promise<void> {
  for (const end = Date.now() + ms; !pred(); ) {
    if (Date.now() > end) throw new Error('timed out waiting for the client');
    await new Promise((r) => setTimeout(r, 50));
  }
}
const count = (text: string, line: string): number => text.split('\n').filter((l) => l === line).length;
const status = (name: string): string => strata(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', name]).stdout.trim();

const TICKS = ['sh', '-c', 'while :; do echo tick; sleep 1; done'];

describe('a foreground program that never exits', () => {
  it('prints as it runs, a second a line, and Ctrl-C (forwarded as kill -s INT) ends it with 130', async () => {
    const c = client(['run', '--name', 'loop', 'base:1', ...TICKS]);
    await until(() => count(c.out(), 'tick') >= 3);
    const started = Date.now();
    await until(() => count(c.out(), 'tick') >= 4);
    // the next tick came a model second later, which the wall clock followed (not at once)
    expect(Date.now() - started).toBeGreaterThan(400);
    c.child.kill('SIGINT');
    expect(await c.status).toBe(130);
    expect(status('loop')).toBe('exited 130');
    expect(strata(['logs', 'loop']).stdout).toBe(c.out());
  });

  it('keeps running when the client is killed; another shell stop ends an attached client with its code', async () => {
    const c = client(['run', '--name', 'trap', 'base:1', 'sh', '-c', 'trap "echo bye; exit 3" TERM; while :; do echo on; sleep 1; done']);
    await until(() => count(c.out(), 'on') >= 1);
    c.child.kill('SIGKILL');
    expect(await c.status).toBe(137);
    expect(status('trap')).toBe('running 0');
    const attached = client(['attach', 'trap']);
    const logs = client(['logs', '-f', 'trap']);
    const waiter = client(['wait', 'trap']);
    await until(() => count(attached.out(), 'on') >= 1);
    expect(strata(['stop', 'trap']).stdout).toBe('trap\n');
    expect(await attached.status).toBe(3);
    expect(attached.out().endsWith('on\nbye\n')).toBe(true);
    expect(await waiter.status).toBe(0);
    expect(waiter.out()).toBe('3\n');
    expect(await logs.status).toBe(0);
    expect(logs.out()).toBe(strata(['logs', 'trap']).stdout);
  });

  it('follows the wall clock from a model clock a wait carried ahead', async () => {
    // a foreground sleep is waited for in model time: the model is now 1000 s ahead of the wall
    expect(strata(['run', '--rm', 'base:1', 'sleep', '1000']).status).toBe(0);
    const c = client(['run', '--name', 'ahead', 'base:1', ...TICKS]);
    await until(() => count(c.out(), 'tick') >= 2, 5_000);
    c.child.kill('SIGINT');
    expect(await c.status).toBe(130);
  });

  it('a client that forwards nothing is ended by the signal; the container runs on', async () => {
    const c = client(['run', '--sig-proxy=false', '--name', 'np', 'base:1', ...TICKS]);
    await until(() => count(c.out(), 'tick') >= 1);
    c.child.kill('SIGINT');
    expect(await c.status).toBe(130);
    expect(status('np')).toBe('running 0');
    expect(strata(['rm', '-f', 'np']).status).toBe(0);
  });
});
