// Helpers for tests that compare strata with a real Docker Engine 20.10.
// The engine comes from scripts/engine.sh (started by test/support/global-engine.ts or by
// hand); tests reach it only through STRATA_ENGINE_SOCK.
import { spawn } from 'node:child_process';
import { describe } from 'vitest';

/** Debian's 20.10 client: a newer docker client may come first on PATH. */
export const DOCKER_CLIENT = '/usr/bin/docker';

export const SKIP_REASON =
  'engine tests skipped: STRATA_ENGINE_SOCK is not set (run scripts/engine.sh start)';

/** Set by the global setup when it could not (or chose not to) start an engine. */
export const SKIP_DETAIL_ENV = 'STRATA_ENGINE_SKIP_DETAIL';

export function engineSocket(): string | undefined {
  const sock = process.env['STRATA_ENGINE_SOCK'];
  return sock === undefined || sock === '' ? undefined : sock;
}

export interface DockerResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface DockerOptions {
  input?: Uint8Array | string;
  /** the engine's socket, when not the shared one (a file's private engine: private-engine.ts) */
  socket?: string;
  env?: Record<string, string>;
  /** stdout is binary (a tar): decoded as latin1, byte for byte, instead of UTF-8 */
  binary?: boolean;
}

// Inherited variables that would point the client elsewhere or clash with DOCKER_HOST
// (the 20.10 client rejects DOCKER_HOST together with DOCKER_CONTEXT).
const CLIENT_ENV_BLOCKLIST = ['DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_TLS'];

/**
 * Runs the docker client against the reference engine. A non-zero exit is a result,
 * not an error: comparisons need the engine's failures too. Rejects only when there is
 * no engine or the client cannot be run at all.
 */
export function docker(args: string[], opts: DockerOptions = {}): Promise<DockerResult> {
  const sock = opts.socket ?? engineSocket();
  if (sock === undefined) return Promise.reject(new Error(SKIP_REASON));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLIENT_ENV_BLOCKLIST) delete env[name];
  Object.assign(env, { DOCKER_BUILDKIT: '0' }, opts.env, { DOCKER_HOST: `unix://${sock}` });

  return new Promise((resolve, reject) => {
    const child = spawn(DOCKER_CLIENT, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // The client may exit before reading all input (e.g. a bad flag); its exit status
    // then says what happened, so EPIPE here is not worth a rejection.
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        stdout: Buffer.concat(out).toString(opts.binary === true ? 'latin1' : 'utf8'),
        stderr: Buffer.concat(err).toString('utf8') + (signal === null ? '' : `\n[killed by ${signal}]`),
        exitCode: code ?? 128,
      });
    });
    child.stdin.end(opts.input ?? '');
  });
}

function failed(what: string, r: DockerResult): Error {
  return new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
}

/** Imports `tarBytes` as `ref` unless the engine (the shared one, or the one at `socket`) already has an image by that name. */
export async function ensureBaseImage(tarBytes: Uint8Array, ref: string, socket?: string): Promise<void> {
  const on = socket === undefined ? {} : { socket };
  const present = await docker(['image', 'inspect', '--format', '{{.Id}}', ref], on);
  if (present.exitCode === 0) return;
  const imported = await docker(['import', '-', ref], { ...on, input: tarBytes });
  if (imported.exitCode !== 0) throw failed(`docker import - ${ref}`, imported);
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/**
 * Whether every container named with `prefix` is gone within 30 s: a loaded machine has taken more
 * than the 5 s this once allowed to finish an autoremove already in progress (seen in CI).
 */
async function gone(prefix: string): Promise<boolean> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const ps = await docker(['ps', '-a', '--format', '{{.Names}}']);
    if (ps.exitCode === 0 && !lines(ps.stdout).some((n) => n.startsWith(prefix))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Force-removes containers whose name starts with `prefix`, then images whose repository
 * starts with it. Image removal is not forced: an image still used by some other
 * container is a leak the test should hear about.
 */
export async function cleanup(prefix: string): Promise<void> {
  if (prefix === '') throw new Error('cleanup: an empty prefix would remove everything');
  const ps = await docker(['ps', '-a', '--format', '{{.Names}}']);
  if (ps.exitCode !== 0) throw failed('docker ps', ps);
  const names = lines(ps.stdout).filter((n) => n.startsWith(prefix));
  if (names.length > 0) {
    const rm = await docker(['rm', '-f', ...names]);
    // a --rm container the kill just ended is being removed by the daemon already: wait for that
    const racing = lines(rm.stderr).every((l) => /removal of container .* is already in progress|No such container/.test(l));
    if (rm.exitCode !== 0 && !(racing && (await gone(prefix)))) throw failed(`docker rm -f ${names.join(' ')}`, rm);
  }

  const images = await docker(['images', '--format', '{{.Repository}}\t{{.Tag}}\t{{.ID}}']);
  if (images.exitCode !== 0) throw failed('docker images', images);
  const refs = new Set<string>();
  for (const line of lines(images.stdout)) {
    const [repo = '', tag = '', id = ''] = line.split('\t');
    if (!repo.startsWith(prefix)) continue;
    // A digest-only reference lists as <none>; only the ID can name it then.
    refs.add(tag === '<none>' ? id : `${repo}:${tag}`);
  }
  if (refs.size > 0) {
    const rmi = await docker(['rmi', ...refs]);
    if (rmi.exitCode !== 0) throw failed(`docker rmi ${[...refs].join(' ')}`, rmi);
  }
}

/** Why engine tests are skipped, including what the global setup found, if anything. */
export function skipReason(): string {
  const detail = process.env[SKIP_DETAIL_ENV];
  return detail === undefined || detail === '' ? SKIP_REASON : `${SKIP_REASON}; ${detail}`;
}

let skipAnnounced = false;

/**
 * `describe` when a reference engine is available, else `describe.skip`. The reason goes
 * to stderr once per worker and into the suite name, so a skip is never silent.
 */
export function describeEngine(name: string, fn: () => void): void {
  if (engineSocket() !== undefined) {
    describe(name, fn);
    return;
  }
  const reason = skipReason();
  if (!skipAnnounced) {
    skipAnnounced = true;
    process.stderr.write(`${reason}\n`);
  }
  describe.skip(`${name} [${reason}]`, fn);
}
