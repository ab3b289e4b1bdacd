/**
 * The explorer page: a slider over the log's sequence numbers and, for the point it is on, the
 * containers with their statuses, the images as stacks of layers, the lifecycle diagram with the
 * statuses present lit, and the event there with the rest of its command. Everything it shows is
 * in the data `strata explore` embedded (src/explore/frames.ts); it runs no model code. Opens from
 * file:// (one HTML file, no module script, no fetch). `#seq=N` opens it at event N.
 */
import type { ExploreData, Frame, FrameContainer, FrameImage } from '../data.js';
import { STYLE } from './style.js';

declare global {
  interface Window {
    STRATA_EXPLORE?: ExploreData;
  }
}

const short = (d: string): string => d.replace(/^sha256:/, '').slice(0, 12);

/** An element with attributes and children (text or elements). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** A layer's colour from its ChainID: a layer two stacks share has one colour in both. */
const hue = (chainId: string): number => parseInt(short(chainId).slice(0, 6), 16) % 360;

function layerBox(data: ExploreData, chainId: string): HTMLElement {
  const l = data.layers[chainId];
  return h(
    'div',
    { class: 'layer', style: `background: hsl(${hue(chainId)} 70% 88%)`, title: chainId },
    h('span', { class: 'id' }, short(chainId)),
    ` ${l?.size ?? ''}`,
    ...(l !== undefined && l.madeBy !== '' ? [h('div', { class: 'made' }, l.madeBy)] : []),
  );
}

function imageStack(data: ExploreData, img: FrameImage): HTMLElement {
  return h(
    'div',
    { class: 'stack image', 'data-image': img.id },
    h('div', { class: 'head' }, img.tags.length === 0 ? '<none>' : img.tags.join(', '), h('span', { class: 'id' }, ` ${img.id}`)),
    ...[...img.chain].reverse().map((id) => layerBox(data, id)),
  );
}

function containerStack(data: ExploreData, c: FrameContainer): HTMLElement {
  return h(
    'div',
    { class: `stack container state-${c.state}`, 'data-container': c.name },
    h('div', { class: 'head' }, c.name, h('span', { class: 'status' }, ` ${c.status}`)),
    h('div', { class: 'layer rw' }, 'read-write layer', ...(c.changes.length === 0 ? [h('div', { class: 'made' }, '(no changes)')] : c.changes.map((x) => h('div', { class: 'made' }, x)))),
    h('div', { class: 'layer init' }, 'init layer'),
    ...c.lower.map((id) => layerBox(data, id)),
  );
}

function containersTable(frame: Frame): HTMLElement {
  const head = h('tr', {}, ...['NAMES', 'CONTAINER ID', 'IMAGE', 'COMMAND', 'STATUS'].map((t) => h('th', {}, t)));
  const rows = frame.containers.map((c) =>
    h('tr', { class: `state-${c.state}`, 'data-container': c.name }, h('td', {}, c.name), h('td', {}, c.id), h('td', {}, c.image), h('td', {}, c.command), h('td', { class: 'status' }, c.status)),
  );
  return rows.length === 0 ? h('p', { class: 'none' }, 'no containers') : h('table', {}, head, ...rows);
}

/** Light the statuses present in the lifecycle diagram, with their counts (Graphviz names each node by its <title>). */
function lightLifecycle(svgHost: HTMLElement, frame: Frame): void {
  const counts = new Map<string, number>();
  for (const c of frame.containers) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  for (const node of svgHost.querySelectorAll('g.node')) {
    const status = node.querySelector('title')?.textContent ?? '';
    const n = counts.get(status);
    node.classList.toggle('lit', n !== undefined);
    const label = node.querySelector('text');
    if (label !== null && ['created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead', 'removed'].includes(status)) label.textContent = n === undefined ? status : `${status} (${n})`;
  }
}

function eventPanel(data: ExploreData, seq: number): HTMLElement {
  const e = data.events.find((x) => x.seq === seq);
  if (e === undefined) return h('p', { class: 'none' }, 'the empty store, before the first event');
  const line = data.events.filter((x) => x.line === e.line);
  return h(
    'div',
    {},
    h('div', { class: 'current' }, h('b', {}, `${e.seq} ${e.type}`), ` ${e.summary}`),
    h('div', { class: 'when' }, `line ${e.line} of the log · ${e.time}`),
    h('ol', { class: 'line' }, ...line.map((x) => h('li', { class: x.seq === seq ? 'here' : '', value: String(x.seq) }, `${x.type} ${x.summary}`))),
  );
}

function start(data: ExploreData): void {
  document.title = `strata explore — ${data.title}`;
  const style = h('style');
  style.textContent = STYLE;
  document.head.append(style);
  const last = data.frames.length - 1;
  const slider = h('input', { type: 'range', min: '0', max: String(last), value: String(last), id: 'seq' }) as HTMLInputElement;
  const label = h('span', { id: 'seq-label' });
  const events = h('section', { id: 'event' });
  const containers = h('section', { id: 'containers' });
  const stacks = h('section', { id: 'stacks' });
  const lifecycle = h('section', { id: 'lifecycle' });
  lifecycle.innerHTML = data.lifecycleSvg.replace(/^[\s\S]*?(?=<svg)/, '');
  document.body.append(
    h('header', {}, h('h1', {}, 'strata explore ', h('span', { class: 'title' }, data.title)), h('label', {}, 'event ', slider, ' ', label)),
    h('main', {}, h('h2', {}, 'Event'), events, h('h2', {}, 'Containers'), containers, h('h2', {}, 'Layers'), stacks, h('h2', {}, 'Lifecycle'), lifecycle),
  );
  const show = (seq: number): void => {
    const frame = data.frames[seq]!;
    slider.value = String(seq);
    label.textContent = `${seq} of ${last}${frame.time === '' ? '' : ` · ${frame.time}`}`;
    events.replaceChildren(eventPanel(data, seq));
    containers.replaceChildren(containersTable(frame));
    stacks.replaceChildren(...frame.images.map((i) => imageStack(data, i)), ...frame.containers.map((c) => containerStack(data, c)));
    lightLifecycle(lifecycle, frame);
    document.body.dataset['seq'] = String(seq);
  };
  slider.addEventListener('input', () => {
    history.replaceState(null, '', `#seq=${slider.value}`);
    show(Number(slider.value));
  });
  const fromHash = (): number => {
    const m = /seq=(\d+)/.exec(location.hash);
    return m === null ? last : Math.min(Number(m[1]), last);
  };
  window.addEventListener('hashchange', () => show(fromHash()));
  show(fromHash());
}

const data = window.STRATA_EXPLORE;
if (data === undefined) document.body.textContent = 'strata explore: this page holds no data (it is written by `strata explore -o DIR`)';
else start(data);
