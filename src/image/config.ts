/**
 * The image configuration and the container Config, with the byte-exact JSON moby writes: the image ID
 * is the sha256 of these bytes, so key order, omitempty rules and Go's HTML escaping all matter.
 * Top-level image keys are alphabetical (moby marshals through a map); Config keys keep the Go
 * struct's field order.
 */

import { ZERO_TIME } from '../core/time.js';
import { marshal } from '../go/json/index.js';
import { compareBytes } from '../go/strings.js';
import { formatRFC3339Nano, parseTime } from '../go/time.js';

/** api/types/container.Config, in Go field order. */
export interface ContainerConfig {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[] | null;
  Cmd: string[] | null;
  ArgsEscaped?: boolean;
  Image: string;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: string[] | null;
  Labels: Record<string, string> | null;
  StopSignal?: string;
  StopTimeout?: number;
  Shell?: string[];
}

export interface HistoryEntry {
  created: string;
  author?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** image.Image as serialised; optional keys are omitted when empty, as Go's omitempty does. */
export interface ImageConfig {
  architecture: string;
  variant?: string;
  author?: string;
  comment?: string;
  config: ContainerConfig;
  container?: string;
  container_config: ContainerConfig;
  created: string;
  docker_version: string;
  history: HistoryEntry[];
  os: string;
  rootfs: { type: 'layers'; diff_ids: string[] };
}

export const DOCKER_VERSION = '20.10.24+dfsg1';
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function emptyConfig(): ContainerConfig {
  return {
    Hostname: '',
    Domainname: '',
    User: '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: null,
    Cmd: null,
    Image: '',
    Volumes: null,
    WorkingDir: '',
    Entrypoint: null,
    OnBuild: null,
    Labels: null,
  };
}

const CONFIG_KEYS: readonly (keyof ContainerConfig)[] = [
  'Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty',
  'OpenStdin', 'StdinOnce', 'Env', 'Cmd', 'ArgsEscaped', 'Image', 'Volumes', 'WorkingDir', 'Entrypoint',
  'OnBuild', 'Labels', 'StopSignal', 'StopTimeout', 'Shell',
];
const OMIT_EMPTY = new Set<keyof ContainerConfig>(['ExposedPorts', 'ArgsEscaped', 'StopSignal', 'StopTimeout', 'Shell']);

const MAPS = new Set<keyof ContainerConfig>(['ExposedPorts', 'Volumes', 'Labels']);

/** Key-ordered copy of a Config, dropping omitempty fields that are empty; Go writes map keys sorted. */
export function orderConfig(c: ContainerConfig): ContainerConfig {
  const out: Record<string, unknown> = {};
  for (const k of CONFIG_KEYS) {
    const v = c[k];
    // StopTimeout is a *int: omitempty leaves out a nil one only, a 0 is written
    if (OMIT_EMPTY.has(k) && (k === 'StopTimeout' ? v === undefined || v === null : isEmpty(v))) continue;
    out[k] = v === undefined ? null : MAPS.has(k) && v !== null && typeof v === 'object' ? sortedKeys(v as Record<string, unknown>) : v;
  }
  return out as unknown as ContainerConfig;
}

/** encoding/json sorts map keys byte-wise. */
const sortedKeys = (m: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(m).sort(compareBytes).map((k) => [k, m[k]]));

/**
 * time.Time as encoding/json writes it back after reading an RFC 3339 string: the fraction without
 * trailing zeros, `Z` for a zero offset. Other spellings are returned as they are (load refuses
 * configs the model would read differently from the engine).
 */
export function goTimeJson(s: string): string {
  // Already RFC 3339 with nanoseconds as Go writes it (UTC, no trailing zeros): what parsing and
  // formatting give back is the text itself, whether it parses or not (a failed parse keeps it too).
  // The model writes its times so; parsing them cost an image's evolve a tenth of its time.
  return CANONICAL.test(s) ? s : goTimeJsonParsed(s);
}
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{0,8}[1-9])?Z$/;

/** goTimeJson by Go's time.Parse and Format, always (the test checks the shortcut agrees). */
export function goTimeJsonParsed(s: string): string {
  const t = parseTime('2006-01-02T15:04:05Z07:00', s);
  return typeof t === 'string' ? s : formatRFC3339Nano(t);
}

/**
 * The model's reading of stored config bytes, as Go's json.Unmarshal into image.Image fills it:
 * absent keys are zero values, times are Go's. The bytes themselves stay untouched (they are the id).
 */
export function imageConfigOf(json: string): ImageConfig {
  const raw = JSON.parse(json) as Partial<ImageConfig>;
  const img: ImageConfig = {
    ...raw,
    architecture: raw.architecture ?? '',
    config: { ...emptyConfig(), ...raw.config },
    container_config: { ...emptyConfig(), ...raw.container_config },
    created: goTimeJson(raw.created ?? ZERO_TIME),
    docker_version: raw.docker_version ?? '',
    history: (raw.history ?? []).map((h) => ({ ...h, created: goTimeJson(h.created ?? ZERO_TIME) })),
    os: raw.os ?? '',
    rootfs: raw.rootfs ?? { type: 'layers', diff_ids: [] },
  };
  return img;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === false || v === '' || v === 0 ||
  (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0);

const HISTORY_KEYS: readonly (keyof HistoryEntry)[] = ['created', 'author', 'created_by', 'comment', 'empty_layer'];

/** The exact bytes moby writes for an image config; sha256 of them is the image ID. */
export function serializeImageConfig(img: ImageConfig): string {
  const top = imageConfigFields(img);
  // JSON.stringify writes what encoding/json writes, keys in the order given, but for `<`, `>`, `&`
  // and U+2028/2029, which Go escapes (and which can only stand inside strings, so are replaced as
  // text), and what JSON.stringify escapes with a backslash, where Go spells \b, \f and lone
  // surrogates otherwise: Go's encoder writes those. The same bytes, at a fifth of the cost.
  const fast = JSON.stringify(top);
  return fast.includes('\\') ? marshal(top) : fast.replace(GO_ESCAPED, (c) => GO_ESCAPES[c]!);
}
const GO_ESCAPED = /[<>&\u2028\u2029]/g;
const GO_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** The image config's fields in moby's order, empty optional ones left out, as encoding/json is to write them. */
export function imageConfigFields(img: ImageConfig): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  if (img.architecture) top['architecture'] = img.architecture;
  if (img.author) top['author'] = img.author;
  if (img.comment) top['comment'] = img.comment;
  top['config'] = orderConfig(img.config);
  if (img.container) top['container'] = img.container;
  top['container_config'] = orderConfig(img.container_config);
  top['created'] = img.created;
  if (img.docker_version) top['docker_version'] = img.docker_version;
  if (img.history.length > 0) top['history'] = img.history.map((h) => {
    const o: Record<string, unknown> = {};
    for (const k of HISTORY_KEYS) if (h[k] !== undefined && h[k] !== '' && h[k] !== false) o[k] = h[k];
    return o;
  });
  if (img.os) top['os'] = img.os;
  top['rootfs'] = { type: img.rootfs.type, diff_ids: img.rootfs.diff_ids };
  if (img.variant) top['variant'] = img.variant;
  return top;
}
