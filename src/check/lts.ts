/**
 * The state graph `strata check --lts FILE` writes: every state the exploration numbered and every
 * transition between them, as a labelled transition system in the Aldebaran format (`.aut`), which
 * mCRL2 (`ltsconvert`, `ltscompare`, `lts2pbes`), CADP (`bcg_io`) and LTSmin read. A state is an
 * abstract state (canonical.ts), numbered as the exploration numbers it, the root 0; a label is the
 * command's docker arguments without the container it names (script.ts actionLabel), so that the
 * graph is the model's own up to the renaming of containers and images (its quotient by symmetry).
 *
 *   des (0, TRANSITIONS, STATES)
 *   (FROM,"LABEL",TO)
 */
import { closeSync, openSync } from 'node:fs';
import { writeAll } from '../log/disk.js';

/** Whether `text` can stand in an Aldebaran label: it runs from one double quote to the next, on one line, with no escape. */
export const labelSafe = (text: string): boolean => !/["\n\r]/.test(text);

/** Transitions, three numbers each, in the order they are added (the exploration adds them by source, then action). */
export class StateGraph {
  private from = new Int32Array(1024);
  private label = new Int32Array(1024);
  private to = new Int32Array(1024);
  private count = 0;
  private readonly labelIds = new Map<string, number>();
  private readonly labels: string[] = [];

  get transitions(): number {
    return this.count;
  }

  add(from: number, label: string, to: number): void {
    let id = this.labelIds.get(label);
    if (id === undefined) {
      if (!labelSafe(label)) throw new Error(`strata check: --lts: the label ${JSON.stringify(label)} holds a double quote or a line break, which an Aldebaran label cannot`);
      id = this.labels.push(label) - 1;
      this.labelIds.set(label, id);
    }
    if (this.count === this.from.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      [this.from, this.label, this.to] = [grow(this.from), grow(this.label), grow(this.to)];
    }
    this.from[this.count] = from;
    this.label[this.count] = id;
    this.to[this.count] = to;
    this.count++;
  }

  /** The `.aut` text, a chunk of lines at a time: the header for `states` states, then a line per transition. */
  *aut(states: number): Generator<string> {
    yield `des (0, ${this.count}, ${states})\n`;
    const quoted = this.labels.map((l) => `"${l}"`);
    const CHUNK = 4096;
    for (let start = 0; start < this.count; start += CHUNK) {
      let text = '';
      for (let i = start; i < Math.min(this.count, start + CHUNK); i++) text += `(${this.from[i]!},${quoted[this.label[i]!]!},${this.to[i]!})\n`;
      yield text;
    }
  }
}

/** Write the graph to `file` (replacing it). */
export function writeAut(graph: StateGraph, states: number, file: string): void {
  const fd = openSync(file, 'w');
  const encoder = new TextEncoder();
  try {
    for (const text of graph.aut(states)) writeAll(fd, encoder.encode(text), {});
  } finally {
    closeSync(fd);
  }
}
