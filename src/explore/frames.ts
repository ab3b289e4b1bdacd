/**
 * What the explorer page shows, computed once from the log when it is written: a frame for every
 * sequence number (the store right after that event; frame 0 is the empty store), each with the
 * containers as `ps -a` lists them then and the images as stacks of layers, plus the log's events.
 * The page only looks these up as its slider moves: it runs no model code.
 */
import * as table from '../core/table.js';
import { humanSize } from '../core/time.js';
import type { Envelope } from '../events.js';
import { replay } from '../evolve.js';
import { tagsOf } from '../image/resolve.js';
import { containerBase } from '../container/stack.js';
import { diff } from '../layer/diff.js';
import { type State, statusOf } from '../state.js';
import { logEvents } from '../view/log.js';
import { listContainers, psRow } from '../view/ps.js';
import type { ExploreData, ExploreLayer, Frame } from './data.js';

export type * from './data.js';

function frameOf(s: State, layers: Record<string, ExploreLayer>): Frame {
  const found = listContainers(s, { all: true, filters: [] });
  const containers = Array.isArray(found) ? found : [];
  for (const img of table.values(s.images)) {
    const made = img.config.history.filter((h) => h.empty_layer !== true).map((h) => h.created_by ?? '');
    img.chain.forEach((id, i) => {
      const l = table.get(s.layers, id);
      if (l && layers[id] === undefined) layers[id] = { diffId: l.diffId, size: humanSize(l.size), madeBy: made[i] ?? '' };
    });
  }
  // a container's layers outlive its image's deletion
  for (const c of containers) {
    for (let id = c.layer; id !== null && layers[id] === undefined; ) {
      const l = table.get(s.layers, id);
      if (!l) break;
      layers[id] = { diffId: l.diffId, size: humanSize(l.size), madeBy: '' };
      id = l.parent;
    }
  }
  return {
    seq: s.seq,
    time: s.clock === 0 ? '' : new Date(s.clock).toISOString(),
    containers: containers.map((c) => {
      const row = psRow(s, c, s.clock, false) as { Image: string; Command: string; Status: string };
      return {
        id: c.id.slice(0, 12),
        name: c.name,
        image: row.Image,
        command: row.Command,
        state: statusOf(c.state),
        status: row.Status,
        changes: diff(c.rw, containerBase(s, c)).map((e) => `${e.kind} ${e.path}`),
        lower: stackOf(s, c.layer),
      };
    }),
    images: [...table.values(s.images)]
      .sort((a, b) => a.created - b.created)
      .map((img) => ({ id: img.id.slice(7, 19), tags: tagsOf(s, img.id).sort(), chain: img.chain })),
  };
}

/** ChainIDs from `top` down to the base, by the layer graph. */
function stackOf(s: State, top: string | null): string[] {
  const out: string[] = [];
  for (let id = top; id !== null; ) {
    const l = table.get(s.layers, id);
    if (!l) break;
    out.push(id);
    id = l.parent;
  }
  return out;
}

/** The explorer's data for a log (given command by command, as the stores hand it back). */
export function exploreData(commands: readonly (readonly Envelope[])[], options: { readonly title: string; readonly lifecycleSvg: string }): ExploreData {
  const layers: Record<string, ExploreLayer> = {};
  const frames: Frame[] = [];
  const state = replay(commands.flat(), undefined, {
    freeze: false,
    // just before event k the state is the one right after event k-1
    before: (s) => void frames.push(frameOf(s, layers)),
  });
  frames.push(frameOf(state, layers));
  const events = logEvents(commands).map((e) => ({ seq: e.Seq, line: e.Line, time: e.Time, type: e.Type, summary: e.Summary }));
  return { title: options.title, events, frames, layers, lifecycleSvg: options.lifecycleSvg };
}
