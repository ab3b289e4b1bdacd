/**
 * Drivers: one interface over the real engine and over the model. A driver runs one docker command
 * line and reports what the CLI printed and its exit code, and takes a snapshot of the world in the
 * engine API's own JSON shapes, so both sides go through the same normalisation.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { main } from '../cli/main.js';
import { bufferIo } from '../cli/io.js';
import {
  containerBase,
  diff,
  findContainer,
  findImage,
  goMarshal,
  historyRows,
  inspectContainer,
  inspectImage,
  isError,
  Strata,
  systemEnvironment,
  table,
} from '../index.js';
import type { RawWorld, Result } from '../testing/index.js';

export type { RawWorld, Result };

export interface Settling {
  readonly name: string;
  readonly autoRemove: boolean;
  readonly exitsAtOnce: boolean;
  /** has a restart policy */
  readonly restarts: boolean;
}

export interface Driver {
  readonly name: string;
  /** run `docker <args>`; never rejects for a non-zero exit; a `binary` stdout (a tar) is decoded as latin1, byte for byte */
  cli(args: readonly string[], input?: Uint8Array, binary?: boolean): Promise<Result>;
  /**
   * Set `docker <args>` (a wait) going and resolve once the engine has taken it in: what happens
   * after is what it waits for. Its result comes from the function resolved with.
   */
  waiting(args: readonly string[]): Promise<() => Promise<Result>>;
  /** containers whose name starts with `prefix`; the images named (ids or refs) in `images`, those the
   *  containers use, and their parents */
  snapshot(prefix: string, images: readonly string[]): Promise<RawWorld>;
  /**
   * Let time pass until what these containers do on their own is done: programs that exit at once
   * have exited (and, with --rm, the containers are gone); restart backoffs have run out. The engine
   * does that a moment after the command returns; the model's clock is moved to the moment.
   */
  settle(containers: readonly Settling[]): Promise<void>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The real engine: the docker CLI for commands, the HTTP API on its unix socket for snapshots.

export const DOCKER_CLIENT = '/usr/bin/docker';

/** The longest the engine is given to finish what containers do on their own after a command. */
const SETTLE_MS = 60_000;

export class EngineDriver implements Driver {
  readonly name = 'engine';
  constructor(
    readonly socket: string,
    private readonly timeoutMs = 30_000,
  ) {}

  cli(args: readonly string[], input?: Uint8Array, binary = false, socket = this.socket): Promise<Result> {
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: `unix://${socket}`, DOCKER_BUILDKIT: '0' };
    for (const k of ['DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH']) delete env[k];
    return new Promise((resolve, reject) => {
      const child = spawn(DOCKER_CLIENT, [...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      const timer = setTimeout(() => child.kill('SIGKILL'), this.timeoutMs);
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.stdin.on('error', () => undefined);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const timedOut = signal === 'SIGKILL' ? `\n[strata conformance: the docker client did not return within ${this.timeoutMs} ms]` : '';
        resolve({ stdout: Buffer.concat(out).toString(binary ? 'latin1' : 'utf8'), stderr: Buffer.concat(err).toString('utf8') + timedOut, exitCode: code ?? 128 });
      });
      child.stdin.end(input ?? new Uint8Array());
    });
  }

  /**
   * The client talks to the engine through a relay of ours, which sees the daemon answer the wait
   * request's headers: moby's wait handler writes them (API 1.30 and later) once the waiter is
   * registered with the container, before the condition is met.
   */
  async waiting(args: readonly string[]): Promise<() => Promise<Result>> {
    const dir = mkdtempSync(join(tmpdir(), 'strata-relay-'));
    const relay = join(dir, 's');
    let taken: () => void = () => undefined;
    const registered = new Promise<void>((resolve) => (taken = resolve));
    const server = createServer((client) => {
      const daemon = connect(this.socket);
      let waitSent = false;
      client.on('data', (chunk: Buffer) => {
        if (/^POST \S*\/containers\/[^/ ]+\/wait/m.test(chunk.toString('latin1'))) waitSent = true;
        daemon.write(chunk);
      });
      daemon.on('data', (chunk: Buffer) => {
        if (waitSent) taken();
        client.write(chunk);
      });
      const end = (): void => {
        client.destroy();
        daemon.destroy();
      };
      client.on('close', end).on('error', end);
      daemon.on('close', end).on('error', end);
    });
    await new Promise<void>((resolve) => server.listen(relay, resolve));
    const result = this.cli(args, undefined, false, relay);
    // a client that ends first (a usage error) has nothing to wait for
    await Promise.race([registered, result]);
    return async () => {
      try {
        return await result;
      } finally {
        server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }

  async settle(containers: readonly Settling[]): Promise<void> {
    for (const c of containers) {
      const name = encodeURIComponent(c.name);
      let found = await this.api<{ State?: { Running?: boolean; Restarting?: boolean } }>(`/containers/${name}/json`);
      if (found.status !== 200) continue;
      // A program that exits at once has exited once waited for; under a restart policy it may be
      // running again, or waiting out a backoff (100 ms, doubling), until the policy gives up. The
      // wait for not-running also ends when a restart begins (moby's SetRestarting fires the
      // waiters), so the state is looked at again after each.
      // Bounded by time, not by looks: on a loaded machine a restart (a runc create) can take seconds,
      // and a settle given up early compares a world the engine is still changing.
      let running = found.body.State?.Running === true;
      for (const deadline = Date.now() + SETTLE_MS; running && Date.now() < deadline; ) {
        const restarting = found.body.State?.Restarting === true;
        if (restarting && c.restarts) await new Promise((r) => setTimeout(r, 50));
        else if (!restarting && c.exitsAtOnce) await this.api(`/containers/${name}/wait?condition=not-running`, 'POST');
        else break;
        if (!c.restarts) {
          running = false;
          break;
        }
        found = await this.api(`/containers/${name}/json`);
        running = found.status === 200 && found.body.State?.Running === true;
      }
      // --rm removes the container a moment after it exits (not one whose start failed and is gone already).
      if (!running && c.autoRemove) await this.api(`/containers/${name}/wait?condition=removed`, 'POST', 5_000);
    }
  }

  private api<T>(path: string, method = 'GET', timeoutMs = this.timeoutMs): Promise<{ status: number; body: T }> {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socket, path: `/v1.41${path}`, method, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as T });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: text as unknown as T });
          }
        });
      });
      // a wait that does not end in time: the condition will not come (the caller carries on)
      req.on('timeout', () => {
        req.destroy();
        resolve({ status: 408, body: '' as unknown as T });
      });
      req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
      req.end();
    });
  }

  /**
   * The world once it holds still: two looks in a row that agree. What a command set going finishes a
   * moment after the client returns (seen: a commit refused for its --change reported the container
   * still paused, its deferred unpause not yet done); the model has no such moments.
   */
  async snapshot(prefix: string, images: readonly string[]): Promise<RawWorld> {
    let last = await this.look(prefix, images);
    for (let tries = 0; tries < 10; tries++) {
      const again = await this.look(prefix, images);
      if (isDeepStrictEqual(again, last)) return again;
      await new Promise((r) => setTimeout(r, 100));
      last = again;
    }
    return last;
  }

  private async look(prefix: string, images: readonly string[]): Promise<RawWorld> {
    const filters = encodeURIComponent(JSON.stringify({ name: [`^/${prefix}`] }));
    const list = await this.api<{ Id: string }[]>(`/containers/json?all=1&filters=${filters}`);
    const containers: Record<string, unknown>[] = [];
    const changes: Record<string, { Kind: number; Path: string }[]> = {};
    for (const { Id } of list.body) {
      const c = await this.api<Record<string, unknown>>(`/containers/${Id}/json`);
      if (c.status !== 200) continue;
      containers.push(c.body);
      const ch = await this.api<{ Kind: number; Path: string }[] | null>(`/containers/${Id}/changes`);
      changes[Id] = ch.status === 200 ? (ch.body ?? []) : [];
    }
    const found = new Map<string, Record<string, unknown>>();
    const histories: Record<string, Record<string, unknown>[]> = {};
    const queue = [...images, ...containers.map((c) => String(c['Image']))];
    for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
      const img = await this.api<Record<string, unknown>>(`/images/${encodeURIComponent(ref)}/json`);
      if (img.status !== 200) continue;
      const id = img.body['Id'] as string;
      if (found.has(id)) continue;
      found.set(id, img.body);
      const h = await this.api<Record<string, unknown>[]>(`/images/${id}/history`);
      histories[id] = h.status === 200 ? h.body : [];
      if (img.body['Parent']) queue.push(String(img.body['Parent']));
    }
    return { containers, changes, images: [...found.values()], histories };
  }

  async close(): Promise<void> {}
}

// ---------------------------------------------------------------------------------------------
// The model: the strata CLI in process, on a store of its own; snapshots from its state through the
// same inspect views the CLI prints.

export class ModelDriver implements Driver {
  readonly name = 'model';
  readonly home = mkdtempSync(join(tmpdir(), 'strata-driver-'));

  async cli(args: readonly string[], input?: Uint8Array): Promise<Result> {
    const { io, printed } = bufferIo({ home: this.home, env: {} }, input);
    const exitCode = await main(args, io);
    return { ...printed(), exitCode };
  }

  /**
   * The model answers each command at once, in order: the wait (`wait NAME`) runs when its result is
   * asked for. Set going first on the engine, it ends at the container's first exit since, even one
   * its restart policy followed with a start (SetRestarting wakes the waiters): that exit, when the
   * log has one since, is its answer. Else the wait runs on a clock held at the moment it was set
   * going (the store puts it 1 ms after what came since). On the live clock, an exit the commands in
   * between set going a moment later could fall before it, and the wait would be for the exit after.
   */
  async waiting(args: readonly string[]): Promise<() => Promise<Result>> {
    const at = Date.now();
    const name = args.length === 2 && args[0] === 'wait' ? args[1]! : undefined;
    // the container as the wait found it when set going: by the time its answer is asked for, --rm
    // may have removed it, and the engine's waiter, already attached, still has its exit
    const [from, id] = this.withState((s): [number, string | undefined] => {
      const c = name === undefined ? undefined : findContainer(s.state, name);
      return [s.state.seq, c === undefined || isError(c) ? undefined : c.id];
    });
    return async () => {
      const strata = Strata.open(this.home, { ...systemEnvironment, now: () => at });
      try {
        if (id !== undefined) {
          const died = strata.envelopesAfter(from).find(({ event: e }) => e.type === 'ContainerDied' && e.id === id)?.event;
          if (died?.type === 'ContainerDied') return { stdout: `${died.exitCode}\n`, stderr: '', exitCode: 0 };
        }
        const { io, printed } = bufferIo({ home: this.home, env: {}, engine: { strata, now: () => at } });
        const exitCode = await main(args, io);
        return { ...printed(), exitCode };
      } finally {
        strata.close();
      }
    };
  }

  /** The live model (opened read-only for the time of a look). */
  withState<T>(f: (s: Strata) => T): T {
    const s = Strata.open(this.home);
    try {
      s.tick();
      return f(s);
    } finally {
      s.close();
    }
  }

  async snapshot(prefix: string, images: readonly string[]): Promise<RawWorld> {
    return this.withState((s) => {
      const st = s.state;
      const containers: Record<string, unknown>[] = [];
      const changes: Record<string, { Kind: number; Path: string }[]> = {};
      for (const c of table.values(st.containers)) {
        if (!c.name.startsWith(prefix)) continue;
        containers.push(JSON.parse(goMarshal(inspectContainer(st, c))) as Record<string, unknown>);
        changes[c.id] = diff(c.rw, containerBase(st, c)).map((d) => ({ Kind: d.kind === 'C' ? 0 : d.kind === 'A' ? 1 : 2, Path: d.path }));
      }
      const found = new Map<string, Record<string, unknown>>();
      const histories: Record<string, Record<string, unknown>[]> = {};
      const queue = [...images, ...containers.map((c) => String(c['Image']))];
      for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
        const f = findImage(st, ref);
        if (isError(f) || found.has(f.image.id)) continue;
        if (f.image.parent) queue.push(f.image.parent);
        found.set(f.image.id, JSON.parse(goMarshal(inspectImage(st, f.image))) as Record<string, unknown>);
        histories[f.image.id] = historyRows(st, f.image).map((r) => ({
          Id: r.id,
          Created: Math.floor(r.created / 1000),
          CreatedBy: r.createdBy,
          Tags: r.tags.length > 0 ? r.tags : null,
          Size: r.size,
          Comment: r.comment,
        }));
      }
      return { containers, changes, images: [...found.values()], histories };
    });
  }

  /** Move the model clock to each pending restart of these containers until none is pending. */
  async settle(containers: readonly Settling[]): Promise<void> {
    const names = new Set(containers.filter((c) => c.restarts).map((c) => c.name));
    if (names.size === 0) return;
    for (let round = 0; round < 100; round++) {
      const due = this.withState((s) => {
        let at: number | undefined;
        for (const c of table.values(s.state.containers)) {
          const t = table.get(s.state.timers, c.id);
          if (names.has(c.name) && c.state.restarting && t !== undefined) at = Math.min(at ?? t, t);
        }
        return at;
      });
      if (due === undefined) return;
      const s = Strata.open(this.home, { ...systemEnvironment, now: () => Math.max(Date.now(), due) });
      try {
        s.tick();
      } finally {
        s.close();
      }
    }
  }

  async close(): Promise<void> {
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Read a file a driver's `export -o` wrote. */
export const readExport = (path: string): Uint8Array => readFileSync(path);
