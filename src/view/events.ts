/** `docker events`: the log rendered the way the engine prints its event stream. */
import { ACTIONS, type Envelope } from '../events.js';
import { splitRef } from '../image/reference.js';
import type { State } from '../state.js';

interface Known {
  image: string;
  name: string;
}

/** jsonmessage.RFC3339NanoFixed: always nine fractional digits. */
const fixedNano = (ms: number): string => `${new Date(ms).toISOString().slice(0, 23)}000000Z`;

/** Lines for every envelope (replaying names and images as they were when each event happened). */
export function eventLines(log: readonly Envelope[]): string[] {
  const containers = new Map<string, Known>();
  const lines: string[] = [];
  for (const { at, event: e } of log) {
    const time = fixedNano(at);
    if (e.type === 'ContainerCreated') containers.set(e.id, { image: e.imageRef, name: e.name });
    if (e.type === 'ContainerRenamed') {
      const k = containers.get(e.id);
      const old = k?.name ?? '';
      if (k) k.name = e.name;
      lines.push(`${time} container rename ${e.id} (image=${k?.image ?? ''}, name=${e.name}, oldName=/${old})`);
      continue;
    }
    if (e.type === 'ImageCreated') {
      if (e.action === 'import') lines.push(`${time} image import ${e.id} (name=${e.id})`);
      continue;
    }
    const action = ACTIONS[e.type];
    if (action === null) continue;
    if (e.type === 'ImageTagged' || e.type === 'ImageUntagged') {
      const r = splitRef(e.ref);
      lines.push(`${time} image ${action} ${e.id} (name=${r.repo}:${r.tag})`);
      continue;
    }
    if (e.type === 'ImageDeleted') {
      lines.push(`${time} image delete ${e.id} (name=${e.id})`);
      continue;
    }
    if (!('id' in e)) continue;
    const k = containers.get(e.id);
    const attrs: string[] = [];
    if (e.type === 'ContainerDied') attrs.push(`exitCode=${e.exitCode}`);
    if (e.type === 'ContainerCommitted') attrs.push(`comment=`);
    attrs.push(`image=${k?.image ?? ''}`, `name=${k?.name ?? ''}`);
    if (e.type === 'ContainerKilled') attrs.push(`signal=${e.signal}`);
    if (e.type === 'ExecStarted') attrs.push(`execID=${e.execId}`);
    if (e.type === 'ExecDied') attrs.push(`execID=${e.execId}`, `exitCode=${e.exitCode}`);
    attrs.sort();
    const act = e.type === 'ExecStarted' ? `exec_start: ${e.argv.join(' ')}` : action;
    lines.push(`${time} container ${act} ${e.id} (${attrs.join(', ')})`);
    if (e.type === 'ContainerDestroyed') containers.delete(e.id);
  }
  return lines;
}

export type { State };
