/**
 * `RUN --mount=…` as 20.10's instruction parser reads it (runmount parseMount over encoding/csv).
 * The classic builder refuses any RUN flag when it dispatches the step ("the --mount option requires
 * BuildKit…"), but a malformed mount is already a parse error of the whole Dockerfile, so the
 * options are checked here, with the engine's errors.
 */
import type { DockerError } from '../core/errors.js';
import { parseBool, parseGoUint } from '../go/strconv.js';

export interface Mount {
  readonly type: string;
  readonly from: string;
  readonly source: string;
  readonly target: string;
  readonly readOnly: boolean;
  readonly cacheId: string;
  readonly cacheSharing: string;
  readonly required: boolean;
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
}

const MOUNT_TYPES: ReadonlySet<string> = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
const SHARING_TYPES: ReadonlySet<string> = new Set(['shared', 'private', 'locked']);

type Draft = { -readonly [K in keyof Mount]: Mount[K] };

/** parseMount: one --mount value, or the error. */
export function parseMount(value: string): Mount | DockerError {
  const fields = readCsvRecord(value);
  if ('code' in fields) return { code: 'mount_csv', cause: fields };
  const m: Draft = { type: 'bind', from: '', source: '', target: '', readOnly: false, cacheId: '', cacheSharing: '', required: false };
  let roAuto = true;
  for (const field of fields.fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') {
        m.readOnly = key === 'readonly' || key === 'ro';
        roAuto = false;
        continue;
      }
      if (key === 'required') {
        if (m.type !== 'secret' && m.type !== 'ssh') return { code: 'mount_key_for_type', key, type: m.type };
        m.required = true;
        continue;
      }
      return { code: 'mount_not_pair', field };
    }
    const v = field.slice(eq + 1);
    switch (key) {
      case 'type':
        if (!MOUNT_TYPES.has(v.toLowerCase())) return { code: 'mount_type', type: v };
        m.type = v.toLowerCase();
        break;
      case 'from':
        m.from = v;
        break;
      case 'source':
      case 'src':
        m.source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = v;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const b = parseBool(v);
        if (b === undefined) return { code: 'mount_bool', key, value: v };
        m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
        roAuto = false;
        break;
      }
      case 'required': {
        if (m.type !== 'secret' && m.type !== 'ssh') return { code: 'mount_key_for_type', key, type: m.type };
        const b = parseBool(v);
        if (b === undefined) return { code: 'mount_bool', key, value: v };
        m.required = b;
        break;
      }
      case 'id':
        m.cacheId = v;
        break;
      case 'sharing':
        if (!SHARING_TYPES.has(v.toLowerCase())) return { code: 'mount_sharing', value: v };
        m.cacheSharing = v.toLowerCase();
        break;
      case 'mode':
      case 'uid':
      case 'gid': {
        const n = parseGoUint(v, key === 'mode' ? 8 : 10, 32);
        if ('error' in n) return { code: 'mount_number', key, value: v };
        m[key] = Number(n.value);
        break;
      }
      default:
        return { code: 'mount_key', key, field };
    }
  }
  return finish(m, roAuto);
}

/** The checks made once all fields are read. */
function finish(m: Draft, roAuto: boolean): Mount | DockerError {
  const fileInfoAllowed = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  for (const k of ['mode', 'uid', 'gid'] as const) {
    if (m[k] !== undefined && !fileInfoAllowed) return { code: 'mount_file_info', key: k, type: m.type };
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.cacheSharing !== '' && m.type !== 'cache') return { code: 'mount_cache_sharing', type: m.type };
  if (m.type === 'secret') {
    if (m.from !== '') return { code: 'secret_from' };
    if (m.cacheSharing !== '') return { code: 'secret_sharing' };
    if (m.source === '' && m.target === '' && m.cacheId === '') return { code: 'secret_target' };
    if (m.source !== '' && m.cacheId !== '') return { code: 'secret_source_and_id' };
  }
  return m;
}

/**
 * encoding/csv Reader.Read of the first record (comma-separated, `"` quoting, `""` for a quote).
 * Columns in errors are 1-based byte positions, as Go reports them.
 */
function readCsvRecord(text: string): { readonly fields: string[] } | DockerError {
  const line = Buffer.from(text, 'utf8');
  if (line.length === 0) return { code: 'go_sentinel', name: 'EOF' };
  const QUOTE = 0x22;
  const COMMA = 0x2c;
  const fields: string[] = [];
  const quoteError = (column: number, bare: boolean): DockerError => ({ code: 'csv_quote', line: 1, column, bare });
  let pos = 0;
  for (;;) {
    if (line[pos] !== QUOTE) {
      const comma = line.indexOf(COMMA, pos);
      const field = line.subarray(pos, comma < 0 ? line.length : comma);
      const bare = field.indexOf(QUOTE);
      if (bare >= 0) return quoteError(pos + bare + 1, true);
      fields.push(field.toString('utf8'));
      if (comma < 0) return { fields };
      pos = comma + 1;
      continue;
    }
    const parts: Buffer[] = [];
    pos++;
    for (;;) {
      const q = line.indexOf(QUOTE, pos);
      if (q < 0) return quoteError(line.length + 1, false);
      parts.push(line.subarray(pos, q));
      pos = q + 1;
      if (line[pos] === QUOTE) {
        parts.push(line.subarray(pos, pos + 1)); // "" is one quote
        pos++;
      } else if (line[pos] === COMMA) {
        pos++;
        break;
      } else if (pos === line.length) {
        fields.push(Buffer.concat(parts).toString('utf8'));
        return { fields };
      } else {
        return quoteError(pos, false);
      }
    }
    fields.push(Buffer.concat(parts).toString('utf8'));
  }
}
