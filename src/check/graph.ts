/**
 * The canonical form of a small labelled graph: objects of a few kinds, each with a label and
 * references to other objects (in order). Two graphs get the same form exactly when one is the
 * other with its objects renamed — which is what lets the checker count states that differ only in
 * ids, and interchangeable containers and images, once (symmetry reduction).
 *
 * Each object gets a colour: a digest of its kind, its label and the colours of what it refers to
 * (references never form a cycle here: a layer's parent, an image's parent and top layer, a
 * container's image and layer), refined once by who refers to it. Objects are ordered by colour;
 * where colours tie, every order of the tied objects is tried and the least serialisation kept.
 */
export interface GraphObject {
  readonly kind: string;
  readonly label: string;
  /** indices into the graph's objects; -1 for a reference to nothing (a deleted image, no parent) */
  readonly refs: readonly number[];
}

/**
 * A fast 128-bit hash of a string (four 32-bit multiply-xor lanes): for colours and labels,
 * computed many times per state, where a cryptographic digest costs more than everything else.
 * It is eight UTF-16 code units, 16 bits each, not hex: only ever compared and hashed again, and
 * spelling it in hex took a sixth of the checker's time.
 */
export function fastHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let h3 = 0x2545f491;
  let h4 = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x9e3779b1);
    h2 = Math.imul(h2 ^ ch, 0x5f356495);
    h3 = Math.imul(h3 ^ ch, 0x85ebca77);
    h4 = Math.imul(h4 ^ ch, 0xc2b2ae3d);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h3 = Math.imul(h3 ^ (h3 >>> 16), 0x27d4eb2f) ^ Math.imul(h4 ^ (h4 >>> 13), 0x165667b1);
  h4 = Math.imul(h4 ^ (h4 >>> 16), 0x27d4eb2f) ^ Math.imul(h3 ^ (h3 >>> 13), 0x165667b1);
  return String.fromCharCode(h1 >>> 16, h1 & 0xffff, h2 >>> 16, h2 & 0xffff, h3 >>> 16, h3 & 0xffff, h4 >>> 16, h4 & 0xffff);
}

/** A reference to nothing: as long as a colour is. */
const NONE = '\u0000'.repeat(8);

/** Ties this large or larger are ordered by colour only (never met within the bounds the checker is for). */
const MAX_ORDERS = 40320;

/** Colours bottom-up along the references (acyclic), then once more with the objects referring to each. */
function colours(objects: readonly GraphObject[]): string[] {
  const own: (string | undefined)[] = new Array(objects.length);
  const visit = (i: number, depth: number): string => {
    const done = own[i];
    if (done !== undefined) return done;
    if (depth > objects.length) throw new Error('strata check: references form a cycle');
    const o = objects[i]!;
    // every reference is eight code units, a missing one too: the text parses back one way only
    const c = fastHash(`${o.kind}\u0000${o.label}\u0000${o.refs.map((r) => (r < 0 ? NONE : visit(r, depth + 1))).join('')}`);
    own[i] = c;
    return c;
  };
  const base = objects.map((_, i) => visit(i, 0));
  const referrers: string[][] = objects.map(() => []);
  objects.forEach((o, i) => o.refs.forEach((r, k) => r >= 0 && referrers[r]!.push(`${k}:${base[i]!}`)));
  return base.map((c, i) => (referrers[i]!.length === 0 ? c : fastHash(`${c}\u0000${referrers[i]!.sort().join(',')}`)));
}

/** Every arrangement of `groups` (each group's members permuted, groups in their order). */
function* arrangements(groups: readonly (readonly number[])[]): Generator<number[]> {
  const perms = groups.map((g) => permutations(g));
  const idx = groups.map(() => 0);
  for (;;) {
    yield perms.flatMap((p, i) => p[idx[i]!]!);
    let k = groups.length - 1;
    while (k >= 0 && ++idx[k]! === perms[k]!.length) idx[k--] = 0;
    if (k < 0) return;
  }
}

function permutations(xs: readonly number[]): number[][] {
  if (xs.length <= 1) return [[...xs]];
  const out: number[][] = [];
  xs.forEach((x, i) => {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** The objects in canonical order, each as its colour and the canonical positions of its references. */
function serialise(objects: readonly GraphObject[], colour: readonly string[], order: readonly number[]): string {
  const position = new Array<number>(objects.length);
  order.forEach((obj, pos) => (position[obj] = pos));
  let s = '';
  for (const i of order) s += `${colour[i]!}>${objects[i]!.refs.map((r) => (r < 0 ? '-' : String(position[r]))).join(',')};`;
  return s;
}

/** The canonical form of the graph: equal for two graphs exactly when they are isomorphic. */
export function canonicalForm(objects: readonly GraphObject[]): string {
  const colour = colours(objects);
  const sorted = objects.map((_, i) => i).sort((a, b) => (colour[a]! < colour[b]! ? -1 : colour[a]! > colour[b]! ? 1 : 0));
  const groups: number[][] = [];
  for (const i of sorted) {
    const last = groups[groups.length - 1];
    if (last && colour[last[0]!] === colour[i]) last.push(i);
    else groups.push([i]);
  }
  const orders = groups.reduce((n, g) => n * factorial(g.length), 1);
  if (orders === 1 || orders >= MAX_ORDERS) return serialise(objects, colour, sorted);
  let best: string | undefined;
  for (const order of arrangements(groups)) {
    const s = serialise(objects, colour, order);
    if (best === undefined || s < best) best = s;
  }
  return best!;
}
