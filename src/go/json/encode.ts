/**
 * Go 1.19 encoding/json encoding (encode.go): Marshal of reflect's value model (../reflect.ts):
 * structs in field order with their json options, maps with keys sorted byte-wise, Go's string
 * escapes (\u00XX for control bytes but \n, \r and \t; U+2028/2029 escaped; invalid UTF-8 as
 * U+FFFD), floats in Go's 'f'/'e' choice, and `<`, `>`, `&` escaped unless SetEscapeHTML(false).
 * Plain JSON data (what JSON.parse gives) is a value of the model: objects are structs.
 */
import {
  GO_JSON,
  GO_MARSHAL_JSON,
  GoFloat,
  GoNil,
  GoPtr,
  GoRawJson,
  type JsonFieldSpec,
  type Val,
  kindOf,
  lengthOf,
  sortedEntries,
  structFields,
  typeName,
} from '../reflect.js';

/** UnsupportedTypeError / UnsupportedValueError: Marshal fails (a func, NaN, ±Inf). */
export class UnsupportedError extends Error {}

export interface MarshalOptions {
  /** encoding/json's escapeHTML: true (json.Marshal's), false as after Encoder.SetEscapeHTML(false) */
  readonly escapeHTML?: boolean;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

/** What jsonString changes: HTML's three, `"` and `\`, control bytes, U+2028/2029, surrogates. */
const NEEDS_ESCAPE = /["\\<>&\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

function jsonString(s: string, escapeHTML: boolean): string {
  // most strings (keys, ids, paths) need nothing: one scan of the regexp instead of a loop per character
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const html = escapeHTML ? HTML_ESCAPES[ch] : undefined;
    if (html !== undefined) out += html;
    else if (ch === '"') out += '\\"';
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
  if (!Number.isFinite(f)) throw new UnsupportedError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
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

/** json.Marshal, or an Encoder's Encode without its newline. */
export function marshal(v: Val, opts: MarshalOptions = {}): string {
  return encode(v, opts.escapeHTML !== false);
}

function encode(v: Val, escapeHTML: boolean): string {
  if (v !== null && typeof v === 'object' && !(v instanceof GoNil) && !(v instanceof GoFloat)) {
    const target = v instanceof GoPtr ? v.target : v;
    const m = (target as Record<symbol, unknown>)[GO_MARSHAL_JSON];
    if (typeof m === 'function') {
      const r = (m as () => unknown).call(target);
      // marshalerEncoder: compact(MarshalJSON's bytes, escapeHTML)
      if (r instanceof GoRawJson) return escapeHTML ? r.json.replace(/[<>&]/g, (c) => HTML_ESCAPES[c]!) : r.json;
      return encode(r, escapeHTML);
    }
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
      return jsonString(v as string, escapeHTML);
    case 'func':
      throw new UnsupportedError(`json: unsupported type: ${typeName(v)}`);
    default:
      break;
  }
  if (v instanceof GoNil) return 'null';
  if (v instanceof GoPtr) return encode(v.target, escapeHTML);
  if (Array.isArray(v)) return '[' + v.map((e) => encode(e, escapeHTML)).join(',') + ']';
  if (v instanceof Map) {
    return '{' + sortedEntries(v).map(([k, e]) => jsonString(String(k), escapeHTML) + ':' + encode(e, escapeHTML)).join(',') + '}';
  }
  const spec = ((v as Record<symbol, unknown>)[GO_JSON] ?? {}) as Record<string, JsonFieldSpec>;
  const parts: string[] = [];
  for (const [name, f] of structFields(v as object)) {
    const s = spec[name];
    if (s?.skip === true) continue;
    if (s?.omitEmpty === true && isEmpty(f)) continue;
    parts.push(jsonString(s?.name ?? name, escapeHTML) + ':' + encode(f, escapeHTML));
  }
  return '{' + parts.join(',') + '}';
}
