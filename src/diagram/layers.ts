/**
 * Images as stacks of read-only layers and containers as their image's stack plus an init layer
 * and a read-write layer, drawn from a state: the figure every explanation of Docker's storage
 * draws, here from the model's own layer graph. A layer is one node, keyed by its ChainID, so a
 * layer that images share is drawn once and both stacks run through it; the base is at the bottom.
 */
import * as table from '../core/table.js';
import { humanSize } from '../core/time.js';
import { type DockerError, categoryOf } from '../core/errors.js';
import { containerBase } from '../container/stack.js';
import { findContainer, isError } from '../container/resolve.js';
import { findImage, tagsOf } from '../image/resolve.js';
import type { Digest } from '../layer/changeset.js';
import { diff } from '../layer/diff.js';
import { initLayer } from '../layer/init-layer.js';
import { type Container, type Image, type State, statusOf } from '../state.js';
import { dotToSvg } from './svg.js';
import { type Format, dotString, mermaidId, mermaidLabel } from './text.js';

export interface LayerBox {
  readonly chainId: Digest;
  readonly diffId: Digest;
  readonly parent: Digest | null;
  readonly size: number;
  /** the instruction that made it, from the history of the first image that has it ('' unknown) */
  readonly madeBy: string;
}

export interface ImageBox {
  readonly id: Digest;
  readonly tags: readonly string[];
  /** its top layer (null: an image of no layers) */
  readonly top: Digest | null;
  readonly parent: Digest | null;
}

export interface ContainerBox {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  /** the layer its init layer sits on (null: on nothing, `FROM scratch`) */
  readonly lower: Digest | null;
  /** what its init layer holds (top-level paths) */
  readonly init: readonly string[];
  /** what `docker diff` lists for its read-write layer */
  readonly rw: readonly string[];
}

export interface LayersGraph {
  readonly layers: readonly LayerBox[];
  readonly images: readonly ImageBox[];
  readonly containers: readonly ContainerBox[];
}

export interface LayersOptions {
  /** images and containers to draw, as docker names them (default: all); a container is looked for first, as `inspect` does */
  readonly refs?: readonly string[];
  /** draw the image parent graph too (`docker history`'s parent links) */
  readonly graph?: boolean;
}

/** The images, containers and layers to draw, or the error of the first reference that names nothing. */
export function layersGraph(s: State, refs: readonly string[] = [], options: Pick<LayersOptions, 'graph'> = {}): LayersGraph | DockerError {
  const images = new Map<Digest, Image>();
  const containers = new Map<string, Container>();
  if (refs.length === 0) {
    for (const img of table.values(s.images)) images.set(img.id, img);
    for (const c of table.values(s.containers)) containers.set(c.id, c);
  }
  for (const ref of refs) {
    const c = findContainer(s, ref);
    if (!isError(c)) {
      containers.set(c.id, c);
      continue;
    }
    const found = findImage(s, ref);
    if (isError(found)) return categoryOf(found) === 'not_found' ? { code: 'no_such_object', ref } : found;
    images.set(found.image.id, found.image);
  }
  // a container's image is drawn with it, when it still exists
  for (const c of containers.values()) {
    const img = c.image === '' ? undefined : table.get(s.images, c.image);
    if (img) images.set(img.id, img);
  }
  // the parent graph is drawn to its roots
  if (options.graph === true) {
    for (const img of [...images.values()]) {
      for (let p = img.parent === null ? undefined : table.get(s.images, img.parent); p && !images.has(p.id); p = p.parent === null ? undefined : table.get(s.images, p.parent)) images.set(p.id, p);
    }
  }
  const madeBy = new Map<Digest, string>();
  for (const img of images.values()) {
    const made = img.config.history.filter((h) => h.empty_layer !== true).map((h) => h.created_by ?? '');
    img.chain.forEach((id, i) => {
      if (!madeBy.has(id)) madeBy.set(id, made[i] ?? '');
    });
  }
  const layers = new Map<Digest, LayerBox>();
  const addStack = (top: Digest | null): void => {
    for (let id = top; id !== null && !layers.has(id); ) {
      const l = table.get(s.layers, id);
      if (!l) break;
      layers.set(id, { chainId: l.chainId, diffId: l.diffId, parent: l.parent, size: l.size, madeBy: madeBy.get(id) ?? '' });
      id = l.parent;
    }
  };
  for (const img of images.values()) addStack(img.chain.at(-1) ?? null);
  for (const c of containers.values()) addStack(c.layer);
  return {
    layers: [...layers.values()].reverse(),
    images: [...images.values()].map((img) => ({ id: img.id, tags: tagsOf(s, img.id).sort(), top: img.chain.at(-1) ?? null, parent: img.parent })),
    containers: [...containers.values()].map((c) => ({
      id: c.id,
      name: c.name,
      status: statusOf(c.state),
      lower: c.layer,
      init: [...new Set([...initLayer(c.created).keys()].map((p) => `/${p.split('/')[0]!}`))],
      rw: diff(c.rw, containerBase(s, c)).map((e) => `${e.kind} ${e.path}`),
    })),
  };
}

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);
const clip = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const some = (items: readonly string[], max: number): string[] => (items.length > max ? [...items.slice(0, max), `… ${items.length - max} more`] : [...items]);

const layerText = (l: LayerBox): string =>
  [`layer ${short(l.chainId)}`, l.diffId === l.chainId ? humanSize(l.size) : `diff ${short(l.diffId)} · ${humanSize(l.size)}`, ...(l.madeBy === '' ? [] : [clip(l.madeBy)])].join('\n');
const imageText = (i: ImageBox): string => [`image ${short(i.id)}`, ...(i.tags.length === 0 ? ['<none>'] : i.tags)].join('\n');
const initText = (c: ContainerBox): string => ['init layer', ...some(c.init, 6)].join('\n');
const rwText = (c: ContainerBox): string => ['read-write layer', ...(c.rw.length === 0 ? ['(no changes)'] : some(c.rw, 6))].join('\n');
const containerTitle = (c: ContainerBox): string => `container ${c.name} (${short(c.id)}) · ${c.status}`;

const L = (id: Digest): string => `L ${id}`;
const I = (id: Digest): string => `I ${id}`;

/** DOT, bottom to top: a layer above its parent, an image above its top layer. */
export function layersDot(g: LayersGraph, options: Pick<LayersOptions, 'graph'> = {}): string {
  const q = dotString;
  const lines = [
    'digraph layers {',
    '  rankdir=BT;',
    '  node [shape=box, style=filled, fontname="Helvetica", fontsize=10];',
    '  edge [arrowhead=none, fontname="Helvetica", fontsize=9];',
  ];
  for (const l of g.layers) {
    lines.push(`  ${q(L(l.chainId))} [label=${q(layerText(l))}, fillcolor="#dae8fc"];`);
    if (l.parent !== null) lines.push(`  ${q(L(l.parent))} -> ${q(L(l.chainId))};`);
  }
  for (const i of g.images) {
    lines.push(`  ${q(I(i.id))} [label=${q(imageText(i))}, shape=note, fillcolor="#fff2cc"];`);
    if (i.top !== null) lines.push(`  ${q(L(i.top))} -> ${q(I(i.id))} [style=dashed];`);
  }
  for (const c of g.containers) {
    lines.push(`  subgraph ${q(`cluster ${c.id}`)} {`, `    label=${q(containerTitle(c))};`, '    labelloc=b; fontname="Helvetica"; fontsize=10; style=rounded;');
    lines.push(`    ${q(`init ${c.id}`)} [label=${q(initText(c))}, fillcolor="#f5f5f5"];`);
    lines.push(`    ${q(`rw ${c.id}`)} [label=${q(rwText(c))}, fillcolor="#d5e8d4"];`);
    lines.push('  }');
    if (c.lower !== null) lines.push(`  ${q(L(c.lower))} -> ${q(`init ${c.id}`)};`);
    lines.push(`  ${q(`init ${c.id}`)} -> ${q(`rw ${c.id}`)};`);
  }
  if (options.graph === true) {
    const drawn = new Set(g.images.map((i) => i.id));
    for (const i of g.images) if (i.parent !== null && drawn.has(i.parent)) lines.push(`  ${q(I(i.parent))} -> ${q(I(i.id))} [style=dotted, arrowhead=normal, label="parent", constraint=false];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Mermaid: a flowchart, bottom to top, each container a subgraph of its two layers. */
export function layersMermaid(g: LayersGraph, options: Pick<LayersOptions, 'graph'> = {}): string {
  // ids need not be whole: 16 hex digits name a layer, image or container among any store's
  const id = (key: string): string => mermaidId(key.replace('sha256:', '').slice(0, key.indexOf(' ') + 17));
  const lines = ['flowchart BT'];
  for (const l of g.layers) {
    lines.push(`  ${id(L(l.chainId))}[${mermaidLabel(layerText(l))}]:::layer`);
    if (l.parent !== null) lines.push(`  ${id(L(l.parent))} --- ${id(L(l.chainId))}`);
  }
  for (const i of g.images) {
    lines.push(`  ${id(I(i.id))}>${mermaidLabel(imageText(i))}]:::image`);
    if (i.top !== null) lines.push(`  ${id(L(i.top))} -.- ${id(I(i.id))}`);
  }
  for (const c of g.containers) {
    lines.push(`  subgraph ${id(`C ${c.id}`)}[${mermaidLabel(containerTitle(c))}]`);
    lines.push(`    ${id(`init ${c.id}`)}[${mermaidLabel(initText(c))}]:::init`);
    lines.push(`    ${id(`rw ${c.id}`)}[${mermaidLabel(rwText(c))}]:::rw`);
    lines.push('  end');
    if (c.lower !== null) lines.push(`  ${id(L(c.lower))} --- ${id(`init ${c.id}`)}`);
    lines.push(`  ${id(`init ${c.id}`)} --- ${id(`rw ${c.id}`)}`);
  }
  if (options.graph === true) {
    const drawn = new Set(g.images.map((i) => i.id));
    for (const i of g.images) if (i.parent !== null && drawn.has(i.parent)) lines.push(`  ${id(I(i.parent))} -. parent .-> ${id(I(i.id))}`);
  }
  lines.push('  classDef layer fill:#dae8fc', '  classDef image fill:#fff2cc', '  classDef init fill:#f5f5f5', '  classDef rw fill:#d5e8d4');
  return `${lines.join('\n')}\n`;
}

/** The figure for a state in one of the formats, or the error of a reference that names nothing. */
export function layersDiagram(s: State, format: Format, options: LayersOptions = {}): string | Promise<string> | DockerError {
  const g = layersGraph(s, options.refs, options);
  if ('code' in g) return g;
  if (format === 'mermaid') return layersMermaid(g, options);
  const dot = layersDot(g, options);
  return format === 'dot' ? dot : dotToSvg(dot);
}
