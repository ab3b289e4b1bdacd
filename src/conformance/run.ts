/**
 * Run one generated sequence on both drivers, step by step: the same command line on each, the
 * printed lines and exit codes compared, then the world, then (for export) the exported file trees.
 * The first divergence ends the sequence and is reported with the whole sequence as a shell script.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack } from 'tar-stream';
import { type Change, findContainer, findImage, isError, readLayerTar, render, sha256, statusOf } from '../index.js';
import { commandLine, difference, Masker, normaliseWorld, observe, type Observed } from '../testing/index.js';
import type { Driver, ModelDriver, Result } from './driver.js';
import { CHANGES, CREATE_FLAGS, EXEC_PROGRAMS, INSTRUCTIONS, type Kind, LABEL, PROGRAMS, RESTARTS, restartsForever, type Step, type TarSpec } from './generate.js';

export interface Divergence {
  readonly step: number;
  readonly command: string;
  readonly what: 'output' | 'world' | 'export';
  readonly engine: unknown;
  readonly model: unknown;
  readonly diff: string;
}

export interface SequenceResult {
  readonly commands: number;
  readonly skipped: number;
  readonly divergence?: Divergence;
  /** the sequence as a runnable shell script of docker lines */
  readonly script: string;
  /** engine image ids the sequence made, for cleanup */
  readonly engineImages: readonly string[];
}


interface Tracked {
  name: string;
  readonly kind: Kind;
  readonly autoRemove: boolean;
  readonly restarts: boolean;
}

/** A command line per side (they differ only in local file paths). */
interface Planned {
  readonly engine: readonly string[];
  readonly model: readonly string[];
  readonly sortOutput?: boolean;
  readonly input?: Uint8Array;
  /** a comment line for the script (what stdin held) */
  readonly note?: string;
  /** applied to both sides' output before it is masked */
  readonly normalise?: (text: string) => string;
  /** applied to both sides' stdout once masked (ids numbered as they first appear on each side) */
  readonly masked?: (text: string) => string;
  readonly exportFiles?: readonly [string, string];
  /** commands to run right after this one, when it succeeded on both sides */
  readonly then?: readonly Planned[];
  readonly after?: (ok: boolean, e: Result, m: Result) => void;
}

export async function runSequence(engine: Driver, model: ModelDriver, steps: readonly Step[], prefix: string, baseTar: Uint8Array): Promise<SequenceResult> {
  const em = new Masker();
  const mm = new Masker();
  const baseDiffId = sha256(baseTar).slice(7);
  em.literal.add(baseDiffId);
  mm.literal.add(baseDiffId);
  const tmp = mkdtempSync(join(tmpdir(), 'strata-conformance-'));
  const base = `${prefix}base:1`;
  const script: string[] = ['# a busybox rootfs tar, as `npm run conformance` makes it, imported first:', `docker import - ${base} < rootfs.tar`];
  const containers: Tracked[] = [];
  const images: string[] = [base];
  const seen: { engine: string[]; model: string[] } = { engine: [], model: [] };
  const cleanup = new Set<string>();
  let commands = 0;
  let skipped = 0;
  let counter = 0;
  // events of this sequence: from the second it started (earlier sequences' names never match its prefix)
  const since = Math.floor(Date.now() / 1000);

  const finish = (divergence?: Divergence): SequenceResult => {
    rmSync(tmp, { recursive: true, force: true });
    for (const id of seen.engine) cleanup.add(id);
    return { commands, skipped, script: script.join('\n'), engineImages: [...cleanup], ...(divergence ? { divergence } : {}) };
  };

  for (const side of [engine, model]) {
    const r = await side.cli(['import', '-', base], baseTar);
    if (r.exitCode !== 0) throw new Error(`${side.name}: importing the base image failed: ${r.stderr}`);
  }

  const pick = <T>(list: readonly T[], i: number): T | undefined => (i < 0 || list.length === 0 ? undefined : list[i % list.length]);
  const container = (i: number): string => pick(containers, i)?.name ?? `${prefix}nosuch`;
  const imageRef = (i: number): string => pick(images, i) ?? `${prefix}nosuch:1`;
  const status = (name: string): string | undefined =>
    model.withState((s) => {
      const c = findContainer(s.state, name);
      return isError(c) ? undefined : statusOf(c.state);
    });
  const same = (args: readonly string[], extra: Partial<Planned> = {}): Planned => ({ engine: args, model: args, ...extra });
  const collectIds = (e: Result, m: Result): void => {
    for (const id of e.stdout.match(/sha256:[0-9a-f]{64}/g) ?? []) seen.engine.push(id);
    for (const id of m.stdout.match(/sha256:[0-9a-f]{64}/g) ?? []) seen.model.push(id);
  };

  /** an image prune ran: its untag and delete events come in any order (prunedInAnyOrder) */
  let imagePruned = false;
  let lastBuild: { from: string; instructions: readonly number[]; rm: 'rm' | 'no-rm' | 'force-rm' } | undefined;
  /** A context directory both sides read (a.txt in one of two variants), and the build command line. */
  const buildPlan = (from: string, instructions: readonly number[], variant: number, noCache: boolean, rm: 'rm' | 'no-rm' | 'force-rm'): Planned | undefined => {
    // FROM an image that is not here: the engine pulls from a registry, which neither side has (its
    // error is this machine's DNS answer); not a question for the model
    if (model.withState((s) => isError(findImage(s.state, from)))) return undefined;
    const n = counter++;
    const dir = join(tmp, `ctx-${n}`);
    mkdirSync(join(dir, 'dir'), { recursive: true });
    // every generated Dockerfile labels what it leaves behind with the sequence's label (cleanup finds it)
    writeFileSync(join(dir, 'Dockerfile'), [`FROM ${from}`, `LABEL ${label}`, ...instructions.map((i) => INSTRUCTIONS[i]!), ''].join('\n'));
    writeFileSync(join(dir, 'a.txt'), `a${variant}\n`);
    writeFileSync(join(dir, 'b.txt'), 'b\n');
    writeFileSync(join(dir, 'dir', 'c.txt'), 'c\n');
    const tag = `${prefix}bld:${n}`;
    const flags = [...(noCache ? ['--no-cache'] : []), ...(rm === 'no-rm' ? ['--rm=false'] : rm === 'force-rm' ? ['--force-rm'] : [])];
    return {
      ...same(['build', ...flags, '-t', tag, dir]),
      note: `# ${dir}: Dockerfile ${JSON.stringify(readFileSync(join(dir, 'Dockerfile'), 'utf8'))}, a.txt "a${variant}", b.txt, dir/c.txt`,
      after: (ok, e, m) => {
        collectIds(e, m);
        if (ok) images.push(tag);
      },
    };
  };

  // the sequence's own label: prunes filtered on it touch nothing another sequence made
  const label = `k=${prefix}`;
  const labelled = (args: readonly string[]): string[] => args.map((a) => a.replace(LABEL, label));

  /** Turn an abstract step into command lines, or undefined when it could block the engine's CLI. */
  async function plan(step: Step): Promise<Planned | undefined> {
    switch (step.verb) {
      case 'create':
      case 'run': {
        const program = PROGRAMS[step.program]!;
        const name = `${prefix}c${counter++}`;
        const detach = step.verb === 'run' && (step.detach || program.kind !== 'instant');
        // --pull never: strata has no registry, and neither has the engine here.
        const restart = RESTARTS[restartsForever(step.restart) && program.kind === 'instant' ? 0 : step.restart]!;
        const args = [
          step.verb,
          '--pull',
          'never',
          '--network',
          'none',
          ...labelled(CREATE_FLAGS[step.flags]!),
          ...restart,
          '--name',
          name,
          ...(step.verb === 'run' && detach ? ['-d'] : []),
          ...(step.verb === 'run' && step.rm ? ['--rm'] : []),
          imageRef(step.image),
          ...program.argv,
        ];
        // a container the command made is tracked whatever its exit code: a foreground run of a failing
        // program exits with the program's code, and its restarts must be waited for like any other's
        const made = (ok: boolean): boolean => ok || status(name) !== undefined;
        return same(args, { after: (ok) => made(ok) && containers.push({ name, kind: program.kind, autoRemove: step.verb === 'run' && step.rm, restarts: restart.length > 0 }) });
      }
      case 'start': {
        const c = pick(containers, step.target);
        const attach = step.attach && c?.kind === 'instant' && status(c.name) !== 'running';
        return same(['start', ...(attach ? ['-a'] : []), container(step.target)]);
      }
      // A trap loop handles TERM once its `sleep 1` ends: with no grace period, whether it gets there
      // before the KILL is the engine's timing (seen under load: exit 7 where the model says 137);
      // two seconds let it, on both sides.
      case 'stop': {
        const trap = pick(containers, step.target)?.kind === 'trap';
        return same(['stop', '-t', String(trap ? 2 : step.timeout), container(step.target)]);
      }
      case 'restart': {
        const trap = pick(containers, step.target)?.kind === 'trap';
        return same(['restart', '-t', trap ? '2' : '0', container(step.target)]);
      }
      case 'kill': {
        const c = pick(containers, step.target);
        // TERM/USR1 to a trap loop ends it a fraction of a second later: a race with the next step.
        const signal = c?.kind === 'trap' && (step.signal === 'TERM' || step.signal === 'USR1') ? 'KILL' : step.signal;
        return same(['kill', ...(signal === 'KILL' ? [] : ['-s', signal]), container(step.target)]);
      }
      case 'wait': {
        const name = container(step.target);
        const st = status(name);
        if (st === 'running' || st === 'paused' || st === 'restarting') return undefined;
        return same(['wait', name]);
      }
      case 'pause':
      case 'unpause':
      case 'logs':
        return same([step.verb, container(step.target)]);
      case 'diff':
        return same(['diff', container(step.target)], { sortOutput: true });
      case 'inspect':
        return same(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}} {{.RestartCount}} {{json .Config.Cmd}}', container(step.target)]);
      case 'export': {
        const n = counter++;
        const files: [string, string] = [join(tmp, `engine-${n}.tar`), join(tmp, `model-${n}.tar`)];
        const name = container(step.target);
        const tag = `${prefix}flat:${n}`;
        // then import what was exported: one layer with the same view
        const then = [{ engine: ['import', files[0], tag], model: ['import', files[1], tag], after: (ok: boolean) => ok && images.push(tag) }];
        return { engine: ['export', '-o', files[0], name], model: ['export', '-o', files[1], name], exportFiles: files, then };
      }
      case 'save': {
        // one image, so the engine's Go-map order of images cannot show; then it is loaded back,
        // after its removal or onto itself, on each side from that side's own archive
        const n = counter++;
        const files: [string, string] = [join(tmp, `engine-save-${n}.tar`), join(tmp, `model-save-${n}.tar`)];
        const ref = imageRef(step.image);
        const load: Planned = { engine: ['load', '-i', files[0]], model: ['load', '-i', files[1]], after: (_ok, e, m) => collectIds(e, m) };
        const then = step.rmi ? [same(['rmi', '-f', ref]), load] : [load];
        return { engine: ['save', '-o', files[0], ref], model: ['save', '-o', files[1], ref], then };
      }
      case 'rm':
        return same(['rm', ...(step.force ? ['-f'] : []), container(step.target)]);
      case 'exec':
        return same(['exec', container(step.target), ...EXEC_PROGRAMS[step.program]!]);
      case 'rename': {
        const c = pick(containers, step.target);
        const name = `${prefix}r${counter++}`;
        return same(['rename', container(step.target), name], { after: (ok) => ok && c && (c.name = name) });
      }
      case 'commit': {
        const tag = step.tag ? `${prefix}img:${counter++}` : undefined;
        const changes = labelled(CHANGES[step.changes]!).flatMap((c) => ['-c', c]);
        return same(['commit', ...changes, container(step.target), ...(tag ? [tag] : [])], {
          after: (ok, e, m) => {
            collectIds(e, m);
            if (ok && tag) images.push(tag);
          },
        });
      }
      case 'tag': {
        const tag = `${prefix}img:${counter++}`;
        return same(['tag', imageRef(step.image), tag], { after: (ok) => ok && images.push(tag) });
      }
      case 'rmi':
        return same(['rmi', ...(step.force ? ['-f'] : []), ...(step.noPrune ? ['--no-prune'] : []), imageRef(step.image)]);
      case 'history':
        return same(['history', imageRef(step.image)]);
      case 'ps':
        return same(['ps', ...(step.all ? ['-a'] : []), '--filter', `name=^/${prefix}`]);
      case 'images':
        // as a set of rows: the client groups an image's tags by repository in a Go map, so the
        // rows of one image with tags in two repositories come in either order
        return same(['images', '--filter', `reference=${prefix}*`], { sortOutput: true });
      case 'prune':
        // what is deleted comes in the order of a Go map: compared as a set of lines
        if (step.what === 'image') imagePruned = true;
        return same([step.what, 'prune', '-f', ...(step.all ? ['-a'] : []), '--filter', `label=${label}`], { sortOutput: true });
      case 'events': {
        // The window ends at the client's now, truncated to the second: once both clocks are a second
        // past everything that happened (the model's may run ahead after a simulated wait), the same
        // events are inside it on both sides.
        const modelClock = model.withState((s) => s.state.clock);
        await new Promise((r) => setTimeout(r, Math.max(0, Math.max(modelClock, Date.now()) + 1000 - Date.now())));
        const filter = step.by === 'container' ? `container=${prefix}` : `label=${label}`;
        const format = step.format ? ['--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}'] : [];
        // build steps' containers have random names (namesgenerator's adjective_surname)
        return same(['events', '--since', String(since), '--until', '0s', '--filter', filter, ...format], {
          normalise: (t) => oncePerPause(t.replace(/\b[a-z]+_[a-z]+[0-9]*\b/g, '<random name>')),
          ...(imagePruned ? { masked: prunedInAnyOrder } : {}),
        });
      }
      case 'build': {
        lastBuild = { from: imageRef(step.image), instructions: step.instructions, rm: step.rm };
        return buildPlan(lastBuild.from, step.instructions, step.variant, step.noCache, step.rm);
      }
      case 'rebuild':
        return lastBuild && buildPlan(lastBuild.from, lastBuild.instructions, step.variant, step.noCache, lastBuild.rm);
      case 'import': {
        const tag = `${prefix}imp:${counter++}`;
        return same(['import', '-', tag], { input: await packTar(step.entries), note: `# stdin: a tar of ${JSON.stringify(step.entries)}`, after: (ok) => ok && images.push(tag) });
      }
    }
  }

  /** commands a step queued to run right after it (the import of an export, the load of a save) */
  const queue: { index: number; planned: Planned }[] = [];
  for (let i = 0; i < steps.length || queue.length > 0; ) {
    let p: Planned | undefined;
    let index = i;
    if (queue.length > 0) ({ planned: p, index } = queue.shift()!);
    else {
      p = await plan(steps[i]!);
      i++;
      if (!p) {
        skipped++;
        continue;
      }
    }
    commands++;
    if (p.note) script.push(p.note);
    const command = commandLine(p.engine);
    script.push(command);
    const e = await engine.cli(p.engine, p.input);
    const m = await model.cli(p.model, p.input);
    const norm = (r: Result): Result => (p.normalise ? { ...r, stdout: p.normalise(r.stdout) } : r);
    const unordered = (o: Observed): Observed => (p.masked ? { ...o, stdout: p.masked(o.stdout) } : o);
    const eo: Observed = unordered(observe(em, norm(e), p.sortOutput));
    const mo: Observed = unordered(observe(mm, norm(m), p.sortOutput));
    if (JSON.stringify(eo) !== JSON.stringify(mo)) return finish({ step: index, command, what: 'output', engine: eo, model: mo, diff: difference(eo, mo) });
    p.after?.(m.exitCode === 0, e, m);
    const settling = containers.map((c) => ({ name: c.name, autoRemove: c.autoRemove, exitsAtOnce: c.kind === 'instant', restarts: c.restarts }));
    await engine.settle(settling);
    await model.settle(settling);
    if (p.exportFiles && e.exitCode === 0) {
      const [et, mt] = await Promise.all(p.exportFiles.map(async (f) => tree(readFileSync(f))));
      if (JSON.stringify(et) !== JSON.stringify(mt)) return finish({ step: index, command, what: 'export', engine: et, model: mt, diff: difference(et, mt) });
    }
    if (e.exitCode === 0 && m.exitCode === 0) queue.unshift(...(p.then ?? []).map((planned) => ({ index, planned })));
    const raw = await engine.snapshot(prefix, [...images, ...seen.engine]);
    for (const img of raw.images) cleanup.add(String(img['Id']));
    const ew = normaliseWorld(em, raw);
    const mw = normaliseWorld(mm, await model.snapshot(prefix, [...images, ...seen.model]));
    if (JSON.stringify(ew) !== JSON.stringify(mw)) return finish({ step: index, command, what: 'world', engine: ew, model: mw, diff: difference(ew, mw) });
  }
  return finish();
}

/**
 * A commit that fails after pausing the container (an invalid --change) logs pause and unpause,
 * and the 20.10 engine sometimes logs that pair twice (observed: 2 of 4 identical commits). The
 * model logs it once; a repeated pair is taken for one.
 */
/**
 * An image prune untags and deletes its images in the order of a Go map walk, which changes from run
 * to run of the engine: after one, each run of consecutive `image untag`/`image delete` lines is
 * compared as a set — sorted once masked, since the images' ids differ between the sides but their
 * masks (numbered as each first appears) do not. Without an image prune their order is compared as it is.
 */
export function prunedInAnyOrder(masked: string): string {
  const lines = masked.split('\n');
  const pruned = (l: string): boolean => /(?:^| )image (?:untag|delete) /.test(l);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && pruned(lines[j]!)) j++;
    if (j - i > 1) lines.splice(i, j - i, ...lines.slice(i, j).sort());
    i = Math.max(j, i + 1);
  }
  return lines.join('\n');
}

export function oncePerPause(text: string): string {
  const lines = text.split('\n');
  const key = (l: string | undefined): string => (l ?? '').replace(/^\S+Z /, '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const pair = / container pause /.test(` ${key(lines[i])}`) && / container unpause /.test(` ${key(lines[i + 1])}`);
    out.push(lines[i]!);
    if (pair && key(lines[i + 2]) === key(lines[i]) && key(lines[i + 3]) === key(lines[i + 1])) {
      out.push(lines[i + 1]!);
      i += 3;
    }
  }
  return out.join('\n');
}

/** A generated tar, written by tar-stream (an independent writer) with one fixed mtime. */
async function packTar(entries: readonly TarSpec[]): Promise<Uint8Array> {
  const p = pack();
  const mtime = new Date('2021-01-01T00:00:00Z');
  for (const e of entries) {
    if (e.type === 'file') p.entry({ name: e.name, mode: e.mode, mtime }, e.content);
    else if (e.type === 'directory') p.entry({ name: e.name, type: 'directory', mode: e.mode, mtime });
    else p.entry({ name: e.name, type: 'symlink', linkname: e.target, mode: 0o777, mtime });
  }
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of p) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file tree without times, one line per entry: path, type, mode, size and content digest or link target. */
export function treeLines(entries: Iterable<readonly [string, Change]>): string[] {
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, n]) => (n.type === 'file' ? `${path} file ${n.mode.toString(8)} ${n.size} ${n.digest}` : n.type === 'symlink' ? `${path} -> ${n.target}` : `${path} ${n.type}${n.type === 'dir' ? ` ${n.mode.toString(8)}` : ''}`));
}

/** An exported file tree without times (see treeLines). */
export async function tree(bytes: Uint8Array): Promise<unknown> {
  const layer = await readLayerTar(bytes);
  if ('code' in layer) return { error: render(layer.error) };
  return treeLines(layer.changes);
}
