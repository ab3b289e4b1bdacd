/** `docker ps` rows (daemon/list.go, cli formatter.ContainerContext). */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import { humanDuration, humanSize, isoUtc } from '../core/time.js';
import { findImage } from '../image/resolve.js';
import { isError } from '../container/resolve.js';
import { changesetSize } from '../layer/changeset.js';
import { goQuote } from '../go/strconv.js';
import { marshal } from '../go/json/index.js';
import { GO_MARSHAL_JSON, GoRawJson, goMap, goStruct } from '../go/reflect.js';
import { type Container, type State, type Status, statusOf } from '../state.js';

export interface PsOptions {
  readonly all: boolean;
  /** `key=value` filters as given */
  readonly filters: readonly string[];
  /** `-n` (or `-l`'s 1): the newest `limit` containers the filters keep, whatever their status; none when 0 or less */
  readonly limit?: number;
}

const STATUSES: readonly Status[] = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

type Pred = (c: Container) => boolean;

function parseFilters(filters: readonly string[]): { preds: Map<string, Pred[]>; impliesAll: boolean } | DockerError {
  const preds = new Map<string, Pred[]>();
  let impliesAll = false;
  for (const f of filters) {
    const i = f.indexOf('=');
    if (i < 0) return { code: 'invalid_filter', filter: f };
    const key = f.slice(0, i).toLowerCase();
    const value = f.slice(i + 1);
    let p: Pred;
    switch (key) {
      case 'status':
        if (!STATUSES.includes(value as Status)) return { code: 'invalid_filter', filter: f };
        p = (c) => statusOf(c.state) === value;
        impliesAll = true;
        break;
      case 'name': {
        // filters.Args.Match: a pattern that does not compile matches nothing (no error).
        let re: RegExp | undefined;
        try {
          re = new RegExp(value);
        } catch {
          re = undefined;
        }
        p = (c) => re?.test(`/${c.name}`) ?? false;
        break;
      }
      case 'id':
        p = (c) => c.id.startsWith(value);
        break;
      case 'exited': {
        const code = Number(value);
        if (!/^[+-]?[0-9]+$/.test(value)) return { code: 'filter_atoi', value };
        p = (c) => !c.state.running && c.state.startedAt !== null && c.state.exitCode === code;
        impliesAll = true;
        break;
      }
      case 'label': {
        const j = value.indexOf('=');
        p = j < 0 ? (c) => c.config.Labels?.[value] !== undefined : (c) => c.config.Labels?.[value.slice(0, j)] === value.slice(j + 1);
        break;
      }
      default:
        return { code: 'invalid_filter', filter: key };
    }
    const list = preds.get(key) ?? [];
    list.push(p);
    preds.set(key, list);
  }
  return { preds, impliesAll };
}

/**
 * Containers `ps` lists: running (incl. paused and restarting) unless -a, a status/exited filter or a
 * limit; newest first; with a limit, the first `limit` of those the filters keep (daemon/list.go:
 * includeContainerInList stops the walk once that many are in).
 */
export function listContainers(s: State, o: PsOptions): Container[] | DockerError {
  const parsed = parseFilters(o.filters);
  if ('code' in parsed) return parsed;
  const limit = o.limit ?? 0;
  const all = o.all || parsed.impliesAll || limit > 0;
  const found = [...table.values(s.containers)]
    .filter((c) => all || c.state.running)
    .filter((c) => [...parsed.preds.values()].every((ps) => ps.some((p) => p(c))))
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  return limit > 0 ? found.slice(0, limit) : found;
}

/** A container's sizes: its RW layer's (SizeRw), and that with the layers under it (SizeRootFs). */
export interface ContainerSize {
  readonly rw: number;
  readonly rootFs: number;
}

/**
 * What `ps -s` and `inspect -s` report of a container's size (daemon GetContainerLayerSize on
 * overlay2): `rw`, the RW layer's upper directory as directory.Size walks it, every entry but
 * directories at its lstat size (a file's bytes, a symlink's target's; a whiteout is a 0/0 device,
 * 0); `rootFs`, that and the size of the layers under it (the init layer is not counted).
 */
export function containerSize(s: State, c: Container): ContainerSize {
  const rw = changesetSize(c.rw);
  let below = 0;
  for (let id = c.layer; id !== null; ) {
    const l = table.get(s.layers, id);
    if (l === undefined) break;
    below += l.size;
    id = l.parent;
  }
  return { rw, rootFs: below + rw };
}

/** formatter.ContainerContext.Size: the RW layer's size, and the whole's as `(virtual …)` when the daemon gave it. */
export function sizeColumn(size: ContainerSize | undefined): string {
  if (size === undefined) return '0B';
  return size.rootFs > 0 ? `${humanSize(size.rw)} (virtual ${humanSize(size.rootFs)})` : humanSize(size.rw);
}

/** daemon/list.go: the command with arguments that contain spaces single-quoted. */
export function commandLine(c: Container): string {
  if (c.args.length === 0) return c.path;
  return `${c.path} ${c.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** The IMAGE column: what the user typed, unless it now names another image or none (refreshImage): then the id, short unless `noTrunc`. */
export function imageColumn(s: State, c: Container, noTrunc = false): string {
  const found = findImage(s, c.imageRef);
  if (!isError(found) && found.image.id === c.image) return c.imageRef;
  return noTrunc ? c.image : c.image.slice(7, 19);
}

/**
 * imageColumn for the containers of one listing, each reference resolved once: a listing's
 * containers mostly share a few images, and resolving parses the reference again each time.
 */
export function imageColumns(s: State, noTrunc = false): (c: Container) => string {
  const known = new Map<string, string>();
  return (c) => {
    const key = `${c.imageRef}\n${c.image}`;
    let column = known.get(key);
    if (column === undefined) known.set(key, (column = imageColumn(s, c, noTrunc)));
    return column;
  };
}

/** formatter.Ellipsis: at most `max` runes, the last one an ellipsis. */
export function ellipsis(text: string, max: number): string {
  const runes = [...text];
  return runes.length <= max ? text : `${runes.slice(0, max - 1).join('')}…`;
}

/** State.String() */
export function statusText(c: Container, now: number): string {
  const st = c.state;
  if (st.running) {
    if (st.paused) return `Up ${humanDuration(now - (st.startedAt ?? now))} (Paused)`;
    if (st.restarting) return `Restarting (${st.exitCode}) ${humanDuration(now - (st.finishedAt ?? now))} ago`;
    return `Up ${humanDuration(now - (st.startedAt ?? now))}`;
  }
  if (st.dead) return 'Dead';
  if (st.startedAt === null) return 'Created';
  if (st.finishedAt === null) return '';
  return `Exited (${st.exitCode}) ${humanDuration(now - st.finishedAt)} ago`;
}

/**
 * The MarshalJSON of docker/cli's listing contexts (formatter marshalJSON, what `{{json .}}` prints):
 * each method that takes nothing and answers one value, called, in a map by name, through
 * json.Marshal (keys sorted, `<`, `>`, `&` escaped). Set on `row`, whose fields are those methods.
 */
export function contextJson<T extends object>(row: T): T {
  (row as Record<symbol, unknown>)[GO_MARSHAL_JSON] = function (this: Record<string, unknown>): GoRawJson {
    const entries = Object.entries(this).map(([k, v]) => [k, typeof v === 'function' ? (v as () => unknown)() : v] as const);
    return new GoRawJson(marshal(goMap('map[string]interface {}', entries)));
  };
  return row;
}

/** Go's time.Time.String() for UTC: `2006-01-02 15:04:05 +0000 UTC`. */
export const goTimeString = (ms: number): string => `${isoUtc(ms).slice(0, 19).replace('T', ' ')} +0000 UTC`;

export const PS_HEADER = new Map<string, string>([
  ['ID', 'CONTAINER ID'], ['Image', 'IMAGE'], ['Command', 'COMMAND'], ['CreatedAt', 'CREATED AT'], ['RunningFor', 'CREATED'],
  ['Ports', 'PORTS'], ['Status', 'STATUS'], ['Size', 'SIZE'], ['Names', 'NAMES'], ['Labels', 'LABELS'], ['Mounts', 'MOUNTS'],
  ['Networks', 'NETWORKS'], ['State', 'STATE'], ['LocalVolumes', 'LOCAL VOLUMES'],
]);

export const PS_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
/** formatter.NewContainerFormat: the default table with `-s` (or a format that shows `.Size`) */
export const PS_TABLE_SIZE = `${PS_TABLE}\t{{.Size}}`;

/**
 * The template context of one row (formatter.ContainerContext); `size`: the daemon was asked for
 * the sizes (`-s`, or a format that uses `.Size`), else the SIZE column is `0B`; or the sizes to show
 * (`system df -v` shows no virtual size). `image`: the IMAGE column, imageColumns' for a listing.
 */
export function psRow(
  s: State,
  c: Container,
  now: number,
  noTrunc: boolean,
  size: boolean | ContainerSize = false,
  image: (c: Container) => string = (c) => imageColumn(s, c, noTrunc),
): object {
  const cmd = commandLine(c);
  const labels = Object.entries(c.config.Labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  return contextJson(goStruct('*formatter.ContainerContext', {
    ID: noTrunc ? c.id : c.id.slice(0, 12),
    Image: image(c),
    Command: goQuote(noTrunc ? cmd : ellipsis(cmd, 20)),
    CreatedAt: goTimeString(c.created),
    RunningFor: `${humanDuration(now - c.created)} ago`,
    Ports: '',
    Status: statusText(c, now),
    Size: sizeColumn(size === true ? containerSize(s, c) : size === false ? undefined : size),
    Names: c.name,
    Labels: labels,
    Mounts: '',
    Networks: c.hostConfig.NetworkMode === 'default' ? 'bridge' : c.hostConfig.NetworkMode,
    State: statusOf(c.state),
    LocalVolumes: '0',
  }));
}

/**
 * The context the 20.10 client runs a `ps --format` template on before it asks for the list
 * (cli/command/container/list.go buildContainerListOptions, unless `-s` was given): an empty
 * formatter.ContainerContext, whose Size method notes that it was called. The template's errors
 * there are the command's (`failed to execute template: …`, even when no container would be
 * listed), and a template that calls Size asks the daemon for the sizes. `{{json .}}` calls every
 * method, Size too.
 */
export function psProbe(now: number): { readonly row: object; readonly sizeUsed: () => boolean } {
  let used = false;
  const size = (): string => {
    used = true;
    return '0B';
  };
  const fields = {
    ID: '',
    Image: '<no image>',
    Command: '""',
    CreatedAt: goTimeString(0),
    RunningFor: `${humanDuration(now)} ago`,
    Ports: '',
    Status: '',
    Size: size,
    Names: '',
    Labels: '',
    Mounts: '',
    Networks: '',
    State: '',
    LocalVolumes: '0',
  };
  return { row: contextJson(goStruct('*formatter.ContainerContext', fields)), sizeUsed: () => used };
}
