/**
 * The container lifecycle drawn from the xstate machine itself (container/machine.ts, read through
 * `xstate/graph`), never from a second description of it: every status, and every verb or engine
 * event that moves a container from one to another. Verbs that leave the status as it is (commit,
 * rename, logs, a stop of a stopped container…) are self-loops of the machine; they are drawn only
 * when asked (`loops`), as they would hide the shape of the rest.
 */
import { toDirectedGraph } from 'xstate/graph';
import type { DirectedGraphNode } from 'xstate/graph';
import { type Verb, containerMachine } from '../container/machine.js';
import { dotToSvg } from './svg.js';
import { type Format, dotString, mermaidId } from './text.js';

/** How a machine event reads in a diagram: docker's verb as typed, or what the engine does. */
const SPOKEN: Readonly<Record<Verb, string>> = {
  start: 'start', stop: 'stop', kill: 'kill', pause: 'pause', unpause: 'unpause', restart: 'restart', rm: 'rm', rm_force: 'rm -f',
  exec: 'exec', top: 'top', commit: 'commit', rename: 'rename', update: 'update', export: 'export', diff: 'diff', wait: 'wait', logs: 'logs',
  attach: 'attach', die: 'process exits', restart_policy: 'exits, policy restarts', wake: 'restart delay ends',
};

export interface LifecycleEdge {
  readonly from: string;
  readonly to: string;
  /** the machine's events on this edge, in the machine's order */
  readonly verbs: readonly Verb[];
}

export interface LifecycleGraph {
  readonly initial: string;
  readonly statuses: readonly string[];
  /** one edge per pair of statuses, with every verb that takes a container along it */
  readonly edges: readonly LifecycleEdge[];
  readonly final: readonly string[];
}

export interface LifecycleOptions {
  /** draw the verbs that leave the status unchanged too (default false) */
  readonly loops?: boolean;
  /** statuses to highlight, with a count shown beside each (the explorer's "now") */
  readonly highlight?: ReadonlyMap<string, number>;
}

/** The machine as a graph: statuses, and its transitions grouped by their two ends. */
export function lifecycleGraph(options: Pick<LifecycleOptions, 'loops'> = {}): LifecycleGraph {
  const root = toDirectedGraph(containerMachine);
  const nodes: DirectedGraphNode[] = [];
  const visit = (n: DirectedGraphNode): void => {
    nodes.push(n);
    n.children.forEach(visit);
  };
  root.children.forEach(visit);
  const byEnds = new Map<string, { from: string; to: string; verbs: Verb[] }>();
  for (const n of nodes) {
    for (const e of n.edges) {
      const from = e.source.key;
      const to = e.target.key;
      if (from === to && options.loops !== true) continue;
      const key = `${from}\u0000${to}`;
      const edge = byEnds.get(key) ?? { from, to, verbs: [] };
      edge.verbs.push(e.label.text as Verb);
      byEnds.set(key, edge);
    }
  }
  const initial = String(containerMachine.config.initial);
  return {
    initial,
    statuses: nodes.map((n) => n.stateNode.key),
    edges: [...byEnds.values()],
    final: nodes.filter((n) => n.stateNode.type === 'final').map((n) => n.stateNode.key),
  };
}

const label = (verbs: readonly Verb[]): string => verbs.map((v) => SPOKEN[v]).join(', ');
const statusLabel = (status: string, highlight: ReadonlyMap<string, number> | undefined): string => {
  const n = highlight?.get(status);
  return n === undefined ? status : `${status} (${n})`;
};

/** DOT: statuses as rounded boxes, left to right; the initial and final ones marked as UML does. */
export function lifecycleDot(options: LifecycleOptions = {}): string {
  const g = lifecycleGraph(options);
  const lines = [
    'digraph lifecycle {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
    '  start [shape=point, width=0.15, label=""];',
    '  end [shape=doublecircle, width=0.12, label="", style=filled, fillcolor=black];',
  ];
  for (const s of g.statuses) {
    const lit = options.highlight?.has(s) === true;
    lines.push(`  ${dotString(s)} [label=${dotString(statusLabel(s, options.highlight))}${lit ? ', fillcolor="#ffd966", penwidth=2' : ''}];`);
  }
  lines.push(`  start -> ${dotString(g.initial)} [label="create"];`);
  for (const e of g.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [label=${dotString(label(e.verbs))}];`);
  for (const f of g.final) lines.push(`  ${dotString(f)} -> end;`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Mermaid: a stateDiagram-v2, which Markdown renderers draw. */
export function lifecycleMermaid(options: LifecycleOptions = {}): string {
  const g = lifecycleGraph(options);
  const lines = ['stateDiagram-v2', '  direction LR'];
  for (const s of g.statuses) lines.push(`  ${mermaidId(s)} : ${statusLabel(s, options.highlight)}`);
  lines.push(`  [*] --> ${mermaidId(g.initial)} : create`);
  for (const e of g.edges) lines.push(`  ${mermaidId(e.from)} --> ${mermaidId(e.to)} : ${label(e.verbs)}`);
  for (const f of g.final) lines.push(`  ${mermaidId(f)} --> [*]`);
  const lit = [...(options.highlight?.keys() ?? [])].filter((s) => g.statuses.includes(s));
  if (lit.length > 0) {
    lines.push('  classDef now fill:#ffd966,stroke-width:2px');
    lines.push(`  class ${lit.map(mermaidId).join(',')} now`);
  }
  return `${lines.join('\n')}\n`;
}

/** The lifecycle in one of the formats; SVG is Graphviz's drawing of the DOT. */
export function lifecycleDiagram(format: 'dot' | 'mermaid', options?: LifecycleOptions): string;
export function lifecycleDiagram(format: 'svg', options?: LifecycleOptions): Promise<string>;
export function lifecycleDiagram(format: Format, options?: LifecycleOptions): string | Promise<string>;
export function lifecycleDiagram(format: Format, options: LifecycleOptions = {}): string | Promise<string> {
  if (format === 'mermaid') return lifecycleMermaid(options);
  const dot = lifecycleDot(options);
  return format === 'dot' ? dot : dotToSvg(dot);
}
