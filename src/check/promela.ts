/**
 * `strata export promela`: the container lifecycle and the reference-count rules of images, layers
 * and containers as a Promela model, with LTL properties for SPIN.
 *
 * The lifecycle is generated from the xstate machine decide consults (container/machine.ts): every
 * (status, verb) edge becomes a branch of that verb's inline. What each command does with it — which
 * machine events a `kill` or a `start` makes, which programs write to the RW layer or exit at once —
 * comes from the checker's alphabet (universe.ts), whose programs are asked of the model itself.
 * The reference-count rules are those of image/rmi.ts, image/commit.ts, container/rm.ts and
 * container/runtime.ts releaseLayers (docs/rules.md LAYER-2, LAYER-3, RMI-2–RMI-5): what `rm`, `rmi`, `rmi -f`, `commit` and
 * the prunes may remove.
 *
 * Containers are identities 0..K-1, each created once (so "a removed container never comes back" is
 * a property of one identity); at most N exist at once. Images are slots: 0 is base:1's, 1..M the
 * commits'. Tags are 0 (base:1) and 1..M+1 (i1:1 …), in the order docker sorts them. Layers are slots
 * too, each with its parent and reference count.
 */
import { containerMachine } from '../container/machine.js';
import * as table from '../core/table.js';
import { type State, statusOf } from '../state.js';
import type { GraphObject } from './graph.js';
import { type Blobs, type Universe, type UniverseOptions, DEFAULT_PROGRAMS, makeUniverse, rootState, step } from './universe.js';

/** What a program does when it starts, as far as the reference-count rules can tell. */
export interface ProgramKind {
  readonly argv: readonly string[];
  /** it exits at once (the start ends in `exited`) */
  readonly instant: boolean;
  /** it writes to the container's RW layer */
  readonly writes: boolean;
}

export interface PromelaOptions {
  /** containers that may exist at once */
  readonly containers: number;
  /** container identities the model creates at most (default containers + 1) */
  readonly identities?: number;
  /** images besides base:1 */
  readonly images: number;
  readonly programs: readonly ProgramKind[];
  /** whether `exec` writes to the RW layer */
  readonly execWrites: boolean;
  /** stop after this many commands (for comparing with `strata check` to a depth) */
  readonly depth?: number;
  /** print each state reached (`S …` lines, see abstractOfTrace), for pan compiled with -DPRINTF */
  readonly trace?: boolean;
  /** include the LTL claims (default true) */
  readonly claims?: boolean;
}

/** Ask the model what each program of the universe does: run it from the root state and look. */
export async function programKinds(options: UniverseOptions): Promise<{ programs: ProgramKind[]; execWrites: boolean; universe: Universe }> {
  const blobs: Blobs = new Map();
  const root = await rootState(blobs);
  const universe = makeUniverse(options, root, blobs);
  const container = (s: State) => [...table.values(s.containers)][0]!;
  const programs = universe.programs.map((p): ProgramKind => {
    const ran = step(root, { type: 'run', detach: !p.instant, image: 'base:1', name: 'probe', cmd: p.argv, env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: p.instant }, new Map(blobs)).state;
    return { argv: p.argv, instant: p.instant, writes: container(ran).rw.size > 0 };
  });
  const loop = step(root, { type: 'run', detach: true, image: 'base:1', name: 'probe', cmd: DEFAULT_PROGRAMS[3]!, env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: false }, new Map(blobs)).state;
  const execd = step(loop, { type: 'exec', ref: 'probe', argv: universe.exec, env: [] }, new Map(blobs)).state;
  return { programs, execWrites: container(execd).rw.size > 0, universe };
}

// ---- the lifecycle machine, read from xstate ----

/** Statuses in the model's numbering: 0 is "not created yet", the machine's statuses follow. */
export const STATUSES = ['unborn', 'created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead', 'removed'] as const;
type StatusName = (typeof STATUSES)[number];
const NUM = (s: StatusName): number => STATUSES.indexOf(s);
const CONST = (s: StatusName): string => s.toUpperCase();

/** status -> verb -> target, as the machine's config says. */
function machineEdges(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const states = containerMachine.config.states ?? {};
  for (const [status, node] of Object.entries(states)) {
    const edges = new Map<string, string>();
    for (const [verb, t] of Object.entries((node as { on?: Record<string, unknown> }).on ?? {})) {
      const target = typeof t === 'string' ? t : (t as { target: string }).target;
      edges.set(verb, target);
    }
    out.set(status, edges);
  }
  return out;
}

/** `inline m_<verb>(s, t)`: t is the status after `verb` in status s, NONE when the machine refuses it. */
function machineInlines(): string {
  const edges = machineEdges();
  const verbs = [...new Set([...edges.values()].flatMap((e) => [...e.keys()]))].sort();
  return verbs
    .map((verb) => {
      const branches = [...edges]
        .filter(([, e]) => e.has(verb))
        .map(([status, e]) => `  :: s == ${CONST(status as StatusName)} -> t = ${CONST(e.get(verb) as StatusName)}`);
      return `inline m_${verb}(s, t) {\n  if\n${branches.join('\n')}\n  :: else -> t = NONE\n  fi\n}`;
    })
    .join('\n');
}

// ---- the model ----

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Slots: K container identities, NI images, NT tags, NL layers (enough for every layer the bounds allow). */
function sizes(o: Pick<PromelaOptions, 'containers' | 'identities' | 'images'>): { K: number; N: number; M: number; NI: number; NT: number; NL: number } {
  const N = o.containers;
  const M = o.images;
  return { K: o.identities ?? N + 1, N, M, NI: M + 1, NT: M + 2, NL: (M + 1 + N) * (M + 1) + 1 };
}

export function promelaModel(o: PromelaOptions): string {
  const { K, N, M, NI, NT, NL } = sizes(o);
  const P = o.programs.length;
  const lines: string[] = [];
  const add = (...ls: string[]): void => void lines.push(...ls);

  add(
    `/* Generated by strata export promela: Docker Engine 20.10's container lifecycle (strata's xstate machine)`,
    ` * and the reference-count rules of images, layers and containers (rm, rmi, rmi -f, commit, prunes).`,
    ` * ${N} containers at once, ${K} in all; base:1 and ${M} more image${M === 1 ? '' : 's'}; programs:`,
    ...o.programs.map((p, i) => ` *   ${i}: ${p.argv.join(' ').replace(/\*\//g, '* /')}${p.instant ? ' (exits at once)' : ''}${p.writes ? ' (writes a file)' : ''}`),
    ` * Check with: spin -a model.pml && gcc -o pan pan.c && ./pan -a -N <property> */`,
    '',
    `#define K ${K}`,
    `#define N ${N}`,
    `#define NI ${NI}`,
    `#define NT ${NT}`,
    `#define NL ${NL}`,
    `#define P ${P}`,
    `#define NONE 255`,
    `#define GONE 254`,
    ...STATUSES.map((s) => `#define ${CONST(s)} ${NUM(s)}`),
    `#define LIVE(k) (st[k] != UNBORN && st[k] != REMOVED)`,
    `#define ISRUNNING(k) (st[k] == RUNNING || st[k] == PAUSED || st[k] == RESTARTING)`,
    '',
    `byte st[K]; byte prog[K]; byte img[K]; byte lay[K]; bool dirty[K];`,
    `byte rwl[K];   /* the layer the RW layer was last committed as, while unchanged since */`,
    `bool iex[NI]; byte ipar[NI]; byte itop[NI]; byte iage[NI];`,
    `byte tag[NT]; /* 0 is base:1, then i1:1 … */`,
    `bool lex[NL]; byte lpar[NL]; byte lrefs[NL];`,
    `byte nborn; byte nlive;`,
    `bool forced;  /* the last command was rmi -f */`,
    `bool instant[P]; bool writes[P];`,
    ...(o.depth !== undefined ? [`byte steps;`] : []),
    `hidden byte rl, rp, rk, j, c, n, cur, nxt, t2, s2, kk;`,
    `hidden byte f, hard, soft, used;`,
    '',
    `/* the lifecycle: one inline per verb, from strata's xstate machine (src/container/machine.ts) */`,
    machineInlines(),
    '',
    `/* a layer lost a reference: delete the layers left without one, top down (releaseLayers) */`,
    `inline release(from) {`,
    `  rl = from;`,
    `  do`,
    `  :: rl != NONE && rl != GONE ->`,
    `     lrefs[rl]--;`,
    `     if`,
    `     :: lrefs[rl] == 0 ->`,
    `        rp = lpar[rl]; lex[rl] = false; lpar[rl] = NONE;`,
    `        rk = 0; do :: rk < K -> if :: rwl[rk] == rl -> rwl[rk] = NONE :: else -> skip fi; rk++ :: else -> break od;`,
    `        rl = rp`,
    `     :: else -> rl = NONE`,
    `     fi`,
    `  :: else -> break`,
    `  od`,
    `}`,
    '',
    `/* a new layer over \`parent\` (commit of a RW layer with changes); its slot in n */`,
    `inline new_layer(parent) {`,
    `  n = 0; do :: n < NL && lex[n] -> n++ :: else -> break od;`,
    `  assert(n < NL);`,
    `  lex[n] = true; lpar[n] = parent; lrefs[n] = 0; lrefs[parent]++`,
    `}`,
    '',
    `/* the container's program runs (start, restart, run): its writes, and its exit when it exits at once */`,
    `inline program(k) {`,
    `  if :: writes[prog[k]] -> dirty[k] = true; rwl[k] = NONE :: else -> skip fi;`,
    `  if :: instant[prog[k]] -> m_die(st[k], s2); st[k] = s2 :: else -> skip fi`,
    `}`,
    '',
    `inline destroy(k) {`,
    `  st[k] = REMOVED; nlive--; release(lay[k]); lay[k] = NONE; rwl[k] = NONE`,
    `}`,
    '',
    `/* delete image \`cur\` unless a conflict keeps it, then its untagged, unused parents (imageDeleteHelper) */`,
    `inline delete_images(start, force) {`,
    `  cur = start; f = force;`,
    `  do`,
    `  :: cur != NONE ->`,
    `     hard = false; soft = false;`,
    `     c = 0; do :: c < NI -> if :: iex[c] && ipar[c] == cur -> hard = true :: else -> skip fi; c++ :: else -> break od;`,
    `     c = 0; do :: c < K -> if :: LIVE(c) && img[c] == cur -> if :: ISRUNNING(c) -> hard = true :: else -> soft = true fi :: else -> skip fi; c++ :: else -> break od;`,
    `     c = 0; do :: c < NT -> if :: tag[c] == cur -> soft = true :: else -> skip fi; c++ :: else -> break od;`,
    `     if`,
    `     :: hard || (soft && !f) -> break`,
    `     :: else ->`,
    `        c = 0; do :: c < NT -> if :: tag[c] == cur -> tag[c] = NONE :: else -> skip fi; c++ :: else -> break od;`,
    `        nxt = ipar[cur]; iex[cur] = false; ipar[cur] = NONE;`,
    `        c = 0; do :: c < NI -> if :: ipar[c] == cur -> ipar[c] = NONE :: else -> skip fi; c++ :: else -> break od;`,
    `        c = 0; do :: c < K -> if :: LIVE(c) && img[c] == cur -> img[c] = GONE :: else -> skip fi; c++ :: else -> break od;`,
    `        release(itop[cur]); itop[cur] = NONE; iage[cur] = 0;`,
    `        cur = nxt; f = false`,
    `     fi`,
    `  :: else -> break`,
    `  od`,
    `}`,
    '',
    `/* rmi of tag t (image/rmi.ts): refused without -f when its only tag names an image a container uses */`,
    `inline rmi(t, force) {`,
    `  j = tag[t]; n = 0; used = false;`,
    `  c = 0; do :: c < NT -> if :: tag[c] == j -> n++ :: else -> skip fi; c++ :: else -> break od;`,
    `  c = 0; do :: c < K -> if :: LIVE(c) && img[c] == j -> used = true :: else -> skip fi; c++ :: else -> break od;`,
    `  if`,
    `  :: !force && n == 1 && used -> skip`,
    `  :: else ->`,
    `     tag[t] = NONE;`,
    `     if :: n == 1 -> delete_images(j, force) :: else -> skip fi`,
    `  fi`,
    `}`,
    '',
    `/* the image a container's commit makes, tagged t: over the container's layer, with a new layer for its changes */`,
    `inline commit(k, t) {`,
    `  j = 1; do :: j < NI && iex[j] -> j++ :: else -> break od;`,
    `  if`,
    `  :: dirty[k] && rwl[k] != NONE && lex[rwl[k]] && lpar[rwl[k]] == lay[k] -> n = rwl[k]`,
    `  :: dirty[k] && !(rwl[k] != NONE && lex[rwl[k]] && lpar[rwl[k]] == lay[k]) -> new_layer(lay[k]); rwl[k] = n`,
    `  :: else -> n = lay[k]`,
    `  fi;`,
    `  iex[j] = true; ipar[j] = img[k]; itop[j] = n; lrefs[n]++; tag[t] = j;`,
    `  iage[j] = 1; c = 0; do :: c < NI -> if :: c != j && iex[c] && iage[c] >= iage[j] -> iage[j] = iage[c] + 1 :: else -> skip fi; c++ :: else -> break od`,
    `}`,
    '',
  );
  // The state printed for comparison with strata check (parseTrace reads it back).
  const printState = o.trace
    ? [
        `printf("S ${range(K).map(() => '%d,%d,%d,%d,%d').join(';')}|${range(NI).map(() => '%d,%d,%d').join(';')}|${range(NT).map(() => '%d').join(',')}|${range(NL).map(() => '%d,%d,%d').join(';')}\\n", ` +
          [
            ...range(K).flatMap((k) => [`st[${k}]`, `prog[${k}]`, `img[${k}]`, `lay[${k}]`, `dirty[${k}]`]),
            ...range(NI).flatMap((i) => [`iex[${i}]`, `ipar[${i}]`, `itop[${i}]`]),
            ...range(NT).map((t) => `tag[${t}]`),
            ...range(NL).flatMap((l) => [`lex[${l}]`, `lpar[${l}]`, `lrefs[${l}]`]),
          ].join(', ') +
          `)`,
      ]
    : [];
  const bound = o.depth !== undefined ? `steps < ${o.depth} && ` : '';
  const after = [...(o.depth !== undefined ? ['steps++'] : []), ...printState];
  const option = (guard: string, body: string[], isForce = false): string =>
    // (a d_step must not end with a loop: SPIN would send its last break nowhere)
    `  :: d_step { ${bound}${guard} -> forced = ${isForce}; ${[...body, ...after, 'skip'].join('; ')} }`;

  const options: string[] = [];
  // create and run, from base:1, into the next identity
  for (let p = 0; p < P; p++) {
    const make = [`c = nborn; nborn++; nlive++; st[c] = CREATED; prog[c] = ${p}; img[c] = tag[0]; lay[c] = itop[tag[0]]; lrefs[lay[c]]++; dirty[c] = false; rwl[c] = NONE`];
    const guard = `nborn < K && nlive < N && tag[0] != NONE`;
    options.push(option(guard, make));
    options.push(option(guard, [...make, `m_start(st[c], s2); st[c] = s2; program(c)`]));
  }
  for (let k = 0; k < K; k++) {
    const live = `LIVE(${k})`;
    // start: only a start from created or exited runs the program (on a running container it is a no-op)
    options.push(option(`${live} && (st[${k}] == CREATED || st[${k}] == EXITED)`, [`m_start(st[${k}], s2); st[${k}] = s2; program(${k})`]));
    for (const verb of ['stop', 'pause', 'unpause']) {
      options.push(option(`${live}`, [`m_${verb}(st[${k}], s2); if :: s2 != NONE -> st[${k}] = s2 :: else -> skip fi`]));
    }
    // kill sends SIGKILL: whatever the machine leaves running then dies
    options.push(option(`${live}`, [`m_kill(st[${k}], s2); if :: s2 == RUNNING -> m_die(s2, t2); st[${k}] = t2 :: s2 != RUNNING && s2 != NONE -> st[${k}] = s2 :: else -> skip fi`]));
    // restart: stop if running, then start; the program runs again
    options.push(option(`${live}`, [`m_restart(st[${k}], s2); if :: s2 != NONE -> st[${k}] = s2; program(${k}) :: else -> skip fi`]));
    options.push(option(`${live}`, [`m_rm(st[${k}], s2); if :: s2 == REMOVED -> destroy(${k}) :: else -> skip fi`]));
    options.push(option(`${live}`, [`m_rm_force(st[${k}], s2); if :: s2 == REMOVED -> destroy(${k}) :: else -> skip fi`]));
    options.push(option(`${live}`, [`m_exec(st[${k}], s2); if :: s2 != NONE ${o.execWrites ? `-> dirty[${k}] = true; rwl[${k}] = NONE` : '-> skip'} :: else -> skip fi`]));
    // commit: a free image slot and a free tag; the image the container was made from must still exist
    for (let t = 1; t < NT; t++) {
      const lowerTaken = range(t - 1).map((u) => `tag[${u + 1}] != NONE`);
      const free = [`tag[${t}] == NONE`, ...lowerTaken].join(' && ');
      const slots = `(${range(M).map((i) => `!iex[${i + 1}]`).join(' || ') || 'false'})`;
      options.push(option(`${live} && ${free} && ${slots} && img[${k}] != GONE`, [`m_commit(st[${k}], s2); if :: s2 != NONE -> commit(${k}, ${t}) :: else -> skip fi`]));
    }
  }
  for (let t = 0; t < NT; t++) {
    for (let u = 1; u < NT; u++) {
      const lowerTaken = range(u - 1).map((v) => `tag[${v + 1}] != NONE`);
      options.push(option([`tag[${t}] != NONE`, `tag[${u}] == NONE`, ...lowerTaken].join(' && '), [`tag[${u}] = tag[${t}]`]));
    }
    options.push(option(`tag[${t}] != NONE`, [`rmi(${t}, false)`]));
    options.push(option(`tag[${t}] != NONE`, [`rmi(${t}, true)`], true));
  }
  // container prune: every container that is not running
  options.push(option('true', [`kk = 0; do :: kk < K -> if :: LIVE(kk) && !ISRUNNING(kk) -> destroy(kk) :: else -> skip fi; kk++ :: else -> break od`]));
  // image prune: the dangling images (no tag, no child), each deleted unless a conflict keeps it
  options.push(
    option('true', [
      `j = 0; do :: j < NI -> if :: iex[j] -> used = false; c = 0; do :: c < NT -> if :: tag[c] == j -> used = true :: else -> skip fi; c++ :: else -> break od; c = 0; do :: c < NI -> if :: iex[c] && ipar[c] == j -> used = true :: else -> skip fi; c++ :: else -> break od; if :: !used -> delete_images(j, false) :: else -> skip fi :: else -> skip fi; j++ :: else -> break od`,
    ]),
  );
  // image prune -a: every image, newest first, each of its tags by rmi (a conflict skips it)
  options.push(
    option('true', [
      `s2 = NI + 1; do :: s2 > 0 -> s2--; j = 0; do :: j < NI -> if :: iex[j] && iage[j] == s2 -> t2 = 0; do :: t2 < NT -> if :: iex[j] && tag[t2] == j -> kk = j; rmi(t2, false); j = kk :: else -> skip fi; t2++ :: else -> break od; if :: iex[j] -> used = false; c = 0; do :: c < NT -> if :: tag[c] == j -> used = true :: else -> skip fi; c++ :: else -> break od; if :: !used -> kk = j; delete_images(kk, false); j = kk :: else -> skip fi :: else -> skip fi :: else -> skip fi; j++ :: else -> break od :: else -> break od`,
    ]),
  );

  add(
    `active proctype engine() {`,
    `  byte i;`,
    `  d_step {`,
    `    i = 0; do :: i < K -> st[i] = UNBORN; img[i] = NONE; lay[i] = NONE; rwl[i] = NONE; i++ :: else -> break od;`,
    `    i = 0; do :: i < NI -> ipar[i] = NONE; itop[i] = NONE; i++ :: else -> break od;`,
    `    i = 0; do :: i < NT -> tag[i] = NONE; i++ :: else -> break od;`,
    `    i = 0; do :: i < NL -> lpar[i] = NONE; i++ :: else -> break od;`,
    ...o.programs.map((p, i) => `    instant[${i}] = ${p.instant}; writes[${i}] = ${p.writes};`),
    `    /* docker import base.tar base:1 */`,
    `    lex[0] = true; lrefs[0] = 1; iex[0] = true; itop[0] = 0; iage[0] = 1; tag[0] = 0`,
    ...printState.map((p) => `    ; ${p}`),
    `  };`,
    `  do`,
    ...options,
    ...(o.depth !== undefined ? [`  :: steps >= ${o.depth} -> break`] : []),
    `  od`,
    `}`,
    '',
  );
  if (o.claims !== false) for (const c of claims(o)) add(`/* ${c.comment} */`, `ltl ${c.name} { ${c.formula} }`);
  add('');
  return lines.join('\n');
}

/** The properties, as LTL claims: one claim per container, image or layer slot (SPIN's LTL parser takes formulas of a bounded length). */
export interface Claim {
  readonly name: string;
  readonly comment: string;
  readonly formula: string;
}

export function claims(o: Pick<PromelaOptions, 'containers' | 'identities' | 'images'>): Claim[] {
  const { K, NI, NL } = sizes(o);
  const any = (n: number, f: (i: number) => string | null): string => range(n).flatMap((i) => { const e = f(i); return e === null ? [] : [`(${e})`]; }).join(' || ');
  const referenced = (l: number): string =>
    `${any(K, (k) => `LIVE(${k}) && lay[${k}] == ${l}`)} || ${any(NI, (i) => `iex[${i}] && itop[${i}] == ${l}`)} || ${any(NL, (m) => (m === l ? null : `lex[${m}] && lpar[${m}] == ${l}`))}`;
  const refCount = (l: number): string =>
    [...range(K).map((k) => `(LIVE(${k}) && lay[${k}] == ${l})`), ...range(NI).map((i) => `(iex[${i}] && itop[${i}] == ${l})`), ...range(NL).filter((m) => m !== l).map((m) => `(lex[${m}] && lpar[${m}] == ${l})`)].join(' + ');
  return [
    ...grouped('removed_stays_removed', 'once removed, a container never comes back', range(K).map((k) => `st[${k}] != REMOVED || [] (st[${k}] == REMOVED)`)),
    ...grouped(
      'used_image_needs_force',
      "an image a container uses is deleted only by rmi -f (the container's image goes only in such a step)",
      range(K).map((k) => `!(LIVE(${k}) && img[${k}] != GONE) || ((img[${k}] != GONE) W ((img[${k}] == GONE && forced) || !LIVE(${k})))`),
    ),
    ...grouped('deleted_layer_unreferenced', 'a layer is deleted only when no image, container or layer references it', range(NL).map((l) => `lex[${l}] || !(${referenced(l)})`)),
    ...grouped('unreferenced_layer_deleted', 'a layer nothing references is deleted (no leak)', range(NL).map((l) => `!lex[${l}] || ${referenced(l)}`)),
    ...grouped('reference_counts', "a layer's reference count is the number of its references", range(NL).map((l) => `!lex[${l}] || lrefs[${l}] == ${refCount(l)}`)),
  ];
}

/** SPIN's LTL parser fails on formulas much longer than this (after macro expansion): longer conjunctions are split. */
const MAX_FORMULA = 3000;

/** `[] (a && b && …)`, as one claim or, when too long, as several (`name_1`, `name_2`, …). */
function grouped(name: string, comment: string, conjuncts: readonly string[]): Claim[] {
  const groups: string[][] = [[]];
  let length = 0;
  for (const c of conjuncts) {
    const expanded = c.replace(/LIVE\((\d+)\)/g, '((st[$1]!=0) && (st[$1]!=8))').length * 2;
    if (groups[groups.length - 1]!.length > 0 && length + expanded > MAX_FORMULA) {
      groups.push([]);
      length = 0;
    }
    groups[groups.length - 1]!.push(c);
    length += expanded;
  }
  return groups.map((g, i) => ({ name: groups.length === 1 ? name : `${name}_${i + 1}`, comment, formula: `[] (${g.map((c) => `(${c})`).join(' && ')})` }));
}

// ---- the abstraction both sides are compared in ----

/**
 * The abstract state a Promela trace line and a strata state both map to: live containers (status,
 * program, whether the RW layer has changes; their image and layer), images (tags; parent, top layer)
 * and layers (reference count; parent), as a graph whose canonical form (graph.ts) names it.
 */
export function abstractOfState(s: State, programs: readonly ProgramKind[]): GraphObject[] {
  const layers = [...table.values(s.layers)];
  const images = [...table.values(s.images)];
  const containers = [...table.values(s.containers)];
  const L = new Map(layers.map((l, i) => [l.chainId as string, i]));
  const I = new Map(images.map((img, i) => [img.id as string, layers.length + i]));
  const tags = new Map<string, string[]>();
  for (const [ref, id] of table.entries(s.tags)) tags.set(id, [...(tags.get(id) ?? []), ref]);
  const programOf = (argv: readonly string[]): number => programs.findIndex((p) => p.argv.join('\u0000') === argv.join('\u0000'));
  return [
    ...layers.map((l): GraphObject => ({ kind: 'L', label: String(l.refs), refs: [l.parent === null ? -1 : L.get(l.parent) ?? -1] })),
    ...images.map((img): GraphObject => ({
      kind: 'I',
      label: (tags.get(img.id) ?? []).sort().join(','),
      refs: [img.parent === null ? -1 : I.get(img.parent) ?? -1, L.get(img.chain[img.chain.length - 1] ?? '') ?? -1],
    })),
    ...containers.map((c): GraphObject => ({
      kind: 'C',
      label: `${statusOf(c.state)}/${programOf([c.path, ...c.args])}/${c.rw.size > 0}`,
      refs: [I.get(c.image) ?? -1, c.layer === null ? -1 : L.get(c.layer) ?? -1],
    })),
  ];
}

/** The tag names of the model's tag slots. */
const tagName = (t: number): string => (t === 0 ? 'base:1' : `i${t}:1`);

/** A trace line (`S …`, printed by a model exported with `trace`) as the same abstract graph. */
export function abstractOfTrace(line: string): GraphObject[] {
  const [cs = '', is = '', ts = '', ls = ''] = line.replace(/^S /, '').trim().split('|');
  const nums = (part: string): number[][] => part.split(';').map((x) => x.split(',').map(Number));
  const layers = nums(ls);
  const images = nums(is);
  const tags = ts.split(',').map(Number);
  const L = new Map<number, number>();
  layers.forEach(([ex], l) => ex && L.set(l, L.size));
  const I = new Map<number, number>();
  images.forEach(([ex], i) => ex && I.set(i, L.size + I.size));
  const out: GraphObject[] = [];
  layers.forEach(([ex, parent, refs]) => ex && out.push({ kind: 'L', label: String(refs), refs: [L.get(parent!) ?? -1] }));
  images.forEach(([ex, parent, top], i) => {
    if (!ex) return;
    const named = tags.flatMap((img, t) => (img === i ? [tagName(t)] : [])).sort();
    out.push({ kind: 'I', label: named.join(','), refs: [I.get(parent!) ?? -1, L.get(top!) ?? -1] });
  });
  for (const [st, prog, img, lay, dirty] of nums(cs)) {
    const status = STATUSES[st!]!;
    if (status === 'unborn' || status === 'removed') continue;
    out.push({ kind: 'C', label: `${status}/${prog}/${dirty === 1}`, refs: [I.get(img!) ?? -1, L.get(lay!) ?? -1] });
  }
  return out;
}
