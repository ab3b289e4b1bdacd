// encoding/json Marshal of the value model, as docker/cli's `json` template func uses it
// (Encoder with SetEscapeHTML(false), trailing newline trimmed).
import {
  GO_JSON,
  GO_MARSHAL_JSON,
  GoFloat,
  GoNil,
  GoPtr,
  type JsonFieldSpec,
  type Val,
  kindOf,
  lengthOf,
  sortedEntries,
  structFields,
  typeName,
} from './value.js';

export class JsonUnsupported extends Error {}

function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20) out += '\\u00' + cp.toString(16).padStart(2, '0');
    else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16);
    else if (cp >= 0xd800 && cp < 0xe000) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

/** encoding/json float64 formatting: 'f' unless the magnitude calls for 'e' (1e-6 <= |f| < 1e21). */
function jsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new JsonUnsupported(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  const abs = Math.abs(f);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    // JS prints e-7 / e+21 without exponent zero padding, which is exactly Go's cleaned-up form.
    return f.toExponential();
  }
  return String(f);
}

function isEmpty(v: Val): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'interface':
      return true;
    case 'bool':
      return v === false;
    case 'int':
    case 'float':
      return Number(v instanceof GoFloat ? v.value : v) === 0;
    case 'string':
    case 'slice':
    case 'map':
      return v instanceof GoNil || lengthOf(v) === 0;
    case 'ptr':
      return v instanceof GoNil;
    default:
      return false;
  }
}

export function marshal(v: Val): string {
  if (v !== null && typeof v === 'object' && !(v instanceof GoNil) && !(v instanceof GoFloat)) {
    const target = v instanceof GoPtr ? v.target : v;
    const m = (target as Record<symbol, unknown>)[GO_MARSHAL_JSON];
    if (typeof m === 'function') return marshal((m as () => unknown).call(target));
  }
  switch (kindOf(v)) {
    case 'invalid':
    case 'interface':
      return 'null';
    case 'bool':
      return String(v);
    case 'int':
      return typeof v === 'bigint' ? v.toString() : String(v);
    case 'float':
      return jsonFloat(v instanceof GoFloat ? v.value : (v as number));
    case 'string':
      return jsonString(v as string);
    case 'func':
      throw new JsonUnsupported(`json: unsupported type: ${typeName(v)}`);
    default:
      break;
  }
  if (v instanceof GoNil) return 'null';
  if (v instanceof GoPtr) return marshal(v.target);
  if (Array.isArray(v)) return '[' + v.map(marshal).join(',') + ']';
  if (v instanceof Map) {
    return '{' + sortedEntries(v).map(([k, e]) => jsonString(String(k)) + ':' + marshal(e)).join(',') + '}';
  }
  const spec = ((v as Record<symbol, unknown>)[GO_JSON] ?? {}) as Record<string, JsonFieldSpec>;
  const parts: string[] = [];
  for (const [name, f] of structFields(v as object)) {
    const s = spec[name];
    if (s?.skip === true) continue;
    if (s?.omitEmpty === true && isEmpty(f)) continue;
    parts.push(jsonString(s?.name ?? name) + ':' + marshal(f));
  }
  return '{' + parts.join(',') + '}';
}
