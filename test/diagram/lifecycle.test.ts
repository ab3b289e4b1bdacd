/**
 * The lifecycle diagram is the xstate machine, drawn: every status, and exactly the transitions
 * `xstate/graph` finds in container/machine.ts, in each format.
 */
import { toDirectedGraph } from 'xstate/graph';
import type { DirectedGraphNode } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { containerMachine } from '../../src/container/machine.js';
import { lifecycleDiagram, lifecycleGraph } from '../../src/index.js';
import { dockerCli, Strata, testEnvironment } from '../../src/index.js';

const STATUSES = ['created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead', 'removed'];

/** The machine's transitions as xstate/graph gives them: `from to verb`, self-loops apart. */
function machineEdges(): { moves: string[]; loops: string[] } {
  const moves: string[] = [];
  const loops: string[] = [];
  const visit = (n: DirectedGraphNode): void => {
    for (const e of n.edges) (e.source.key === e.target.key ? loops : moves).push(`${e.source.key} ${e.target.key} ${e.label.text}`);
    n.children.forEach(visit);
  };
  visit(toDirectedGraph(containerMachine));
  return { moves: moves.sort(), loops: loops.sort() };
}

const SPOKEN: Record<string, string> = { 'rm -f': 'rm_force', 'process exits': 'die', 'exits, policy restarts': 'restart_policy', 'restart delay ends': 'wake' };
/** Back from a label to the machine's events: labels join verbs with ", " (one of them contains one). */
function verbsOf(label: string): string[] {
  const out: string[] = [];
  let rest = label;
  while (rest !== '') {
    const spoken = Object.keys(SPOKEN).find((s) => rest === s || rest.startsWith(`${s}, `));
    const word = spoken ?? rest.split(', ')[0]!;
    out.push(spoken ? SPOKEN[spoken]! : word);
    rest = rest.slice(word.length + 2);
  }
  return out;
}

describe('strata diagram lifecycle', () => {
  it('[VIEW-3] draws, in DOT, every status and exactly the transitions xstate/graph finds between two statuses', () => {
    const dot = lifecycleDiagram('dot');
    for (const s of STATUSES) expect(dot).toContain(`"${s}" [label="${s}"`);
    const drawn = [...dot.matchAll(/^ {2}"([a-z]+)" -> "([a-z]+)" \[label="([^"]+)"\];$/gm)].flatMap(([, from, to, label]) => verbsOf(label!).map((v) => `${from} ${to} ${v}`));
    expect(drawn.sort()).toEqual(machineEdges().moves);
    expect(dot).toContain('start -> "created" [label="create"];');
    expect(dot).toContain('"removed" -> end;');
  });

  it('draws the same transitions in Mermaid, and the self-loops too when asked', () => {
    const mermaid = lifecycleDiagram('mermaid');
    expect(mermaid.startsWith('stateDiagram-v2\n')).toBe(true);
    const drawn = [...mermaid.matchAll(/^ {2}([a-z]+) --> ([a-z]+) : (.+)$/gm)].flatMap(([, from, to, label]) => verbsOf(label!).map((v) => `${from} ${to} ${v}`));
    expect(drawn.sort()).toEqual(machineEdges().moves);
    const all = lifecycleGraph({ loops: true }).edges.flatMap((e) => e.verbs.map((v) => `${e.from} ${e.to} ${v}`));
    const { moves, loops } = machineEdges();
    expect(all.sort()).toEqual([...moves, ...loops].sort());
  });

  it('draws SVG that is XML with every status as text', async () => {
    const svg = await lifecycleDiagram('svg');
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="no"\?>/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const s of STATUSES) expect(svg).toMatch(new RegExp(`<text[^>]*>${s}</text>`));
    // well-formed: every element opened is closed (a parser's check, without a DOM here)
    const stack: string[] = [];
    for (const [, close, name, selfClosed] of svg.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
      if (selfClosed === '/') continue;
      if (close === '/') expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it('highlights statuses with their counts (what the explorer shows)', () => {
    const dot = lifecycleDiagram('dot', { highlight: new Map([['running', 2]]) });
    expect(dot).toContain('"running" [label="running (2)", fillcolor="#ffd966", penwidth=2];');
    expect(lifecycleDiagram('mermaid', { highlight: new Map([['running', 2]]) })).toContain('  class running now');
  });

  it('is a verb of the CLI, which refuses a format it does not draw', () => {
    const strata = Strata.inMemory(testEnvironment(1));
    expect(dockerCli(['diagram', 'lifecycle', '--format', 'dot'], { strata })).toEqual({ stdout: lifecycleDiagram('dot'), stderr: '', exitCode: 0 });
    expect(dockerCli(['diagram', 'lifecycle'], { strata }).stdout).toBe(lifecycleDiagram('mermaid'));
    expect(dockerCli(['diagram', 'lifecycle', '--format', 'png'], { strata })).toEqual({
      stdout: '',
      stderr: 'strata: --format png: not a diagram format; strata diagram lifecycle draws mermaid, dot, svg\n',
      exitCode: 125,
    });
  });
});
