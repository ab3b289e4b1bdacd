/**
 * Go 1.19 encoding/json decoding (decode.go, with scanner.go, stream.go and fold.go in this folder),
 * for what `docker load` reads (Docker 20.10.24 is built with Go 1.19.8): `manifest.json` through
 * json.NewDecoder(r).Decode and each image config through json.Unmarshal, with Go's error texts
 * verbatim: type errors, their Struct/Field context, the first error saved, merging into existing
 * values, case-insensitive keys, embedded promotion, time.Time.UnmarshalJSON (1.19: time.Parse with
 * `"RFC3339"`), json.RawMessage and json.Unmarshaler types.
 *
 * Go values are described by GoType. Decoded values: structs are plain objects keyed by the Go field
 * name, every field present, an embedded struct's fields promoted into its container as Go's
 * selectors see them; ints are numbers, or bigints beyond ±(2^53 − 1); slices arrays or null; maps
 * null-prototype records or null; pointers the pointee or null; time.Time Go's RFC3339Nano text of
 * the parsed time; raw values their JSON text; an Unmarshaler's what its method gives.
 */
import { typeFields, type FieldInfo, type StructFields } from './fields.js';
import { latin1, stringEnd, unquote, valueEnd } from './literal.js';
import { checkValid, isSpace, readValue } from './scanner.js';
import { goTypeString, type GoField, type GoResult, type GoType, type JsonError, type StructType, type UnmarshalResult } from './types.js';
import { formatRFC3339Nano, parseTime } from '../time.js';
import { goString } from '../utf8.js';

function errorText(e: JsonError): string {
  if (e.kind === 'text') return e.text;
  if (e.struct !== '' || e.field !== '') return `json: cannot unmarshal ${e.value} into Go struct field ${e.struct}.${e.field} of type ${e.type}`;
  return `json: cannot unmarshal ${e.value} into Go value of type ${e.type}`;
}

/** An error returned up the stack (an UnmarshalJSON's): decoding stops there. */
class Abort {
  constructor(readonly err: JsonError) {}
}

/** A Go slice: its backing array (length = cap) is reused by a later decode into the same slice. */
class GoSlice {
  constructor(
    readonly arr: unknown[],
    readonly len: number,
  ) {}
}

/** reflect.Type.Name(): unqualified, empty for a type literal such as `struct {}`. */
const typeName = (t: StructType): string => (/^[\w.]+$/.test(t.name) ? t.name.slice(t.name.lastIndexOf('.') + 1) : '');

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** The zero value, in the decoder's representation. */
function zero(t: GoType): unknown {
  switch (t.kind) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'int':
      return 0n;
    case 'struct':
      return Object.fromEntries(t.fields.map((f) => [f.go, zero(f.type)]));
    case 'time':
      return ZERO_TIME;
    default:
      return null;
  }
}

class DecodeState {
  pos = 0;
  saved: JsonError | null = null;
  /** errorContext: the struct of the field being decoded and the JSON names from the root */
  struct: StructType | null = null;
  readonly stack: string[] = [];
  constructor(readonly data: Uint8Array) {}

  skipSpace(): void {
    while (this.pos < this.data.length && isSpace(this.data[this.pos]!)) this.pos++;
  }

  addContext(err: JsonError): JsonError {
    if (err.kind !== 'type' || (this.struct === null && this.stack.length === 0)) return err;
    return { ...err, struct: this.struct === null ? '' : typeName(this.struct), field: this.stack.join('.') };
  }

  /** saveError: the first error is kept, the decode goes on. */
  typeError(value: string, t: GoType): void {
    this.saved ??= this.addContext({ kind: 'type', value, type: goTypeString(t), struct: '', field: '' });
  }
}

type Decoded = { readonly value: unknown; readonly err?: JsonError };

/** d.unmarshal on valid data: the value decoded into `initial`, with the error Go returns if any. */
function unmarshalValid(data: Uint8Array, t: GoType, initial: unknown): Decoded {
  const st = new DecodeState(data);
  st.skipSpace();
  try {
    const value = decodeValue(st, t, initial);
    return st.saved === null ? { value } : { value, err: st.saved };
  } catch (e) {
    if (e instanceof Abort) return { value: undefined, err: st.addContext(e.err) };
    throw e;
  }
}

/** d.value with indirect: pointers allocated (or set nil by null), Unmarshalers given the raw text. */
function decodeValue(st: DecodeState, t: GoType, cur: unknown): unknown {
  const c = st.data[st.pos];
  if (t.kind === 'ptr') {
    if (c === 0x6e) {
      st.pos += 4;
      return null;
    }
    return decodeValue(st, t.elem, cur ?? zero(t.elem));
  }
  if (t.kind === 'time' || t.kind === 'unmarshaler' || t.kind === 'raw') {
    const start = st.pos;
    st.pos = valueEnd(st.data, start);
    return unmarshalJSON(t, st.data.subarray(start, st.pos), cur);
  }
  if (c === 0x7b) return decodeObject(st, t, cur);
  if (c === 0x5b) return decodeArray(st, t, cur);
  return decodeLiteral(st, t, cur);
}

function skipValue(st: DecodeState): void {
  st.pos = valueEnd(st.data, st.pos);
}

/** Past a `,` or the closing bracket after a member; true at the end. */
function endOfMember(st: DecodeState): boolean {
  st.skipSpace();
  const done = st.data[st.pos] !== 0x2c;
  st.pos++;
  st.skipSpace();
  return done;
}

function decodeObject(st: DecodeState, t: GoType, cur: unknown): unknown {
  if (t.kind === 'map') {
    const map = (cur as Map<string, unknown> | null) ?? new Map<string, unknown>();
    // a fresh zero element per key: map values are replaced, never merged
    eachMember(st, (key) => map.set(key, decodeValue(st, t.elem, zero(t.elem))));
    return map;
  }
  if (t.kind !== 'struct') {
    st.typeError('object', t);
    skipValue(st);
    return cur;
  }
  const obj = cur as Record<string, unknown>;
  const fields = typeFields(t);
  eachMember(st, (key) => {
    const f = fields.byName.get(key) ?? matchFold(fields, key);
    if (f === undefined) return skipValue(st);
    const holder = fieldHolder(obj, f.path);
    const last = f.path[f.path.length - 1]!;
    st.stack.push(f.name);
    st.struct = t;
    holder[last.go] = decodeValue(st, last.type, holder[last.go]);
  });
  return obj;
}

/** The members of the object at st.pos, each value left to `member`; the error context restored after each. */
function eachMember(st: DecodeState, member: (key: string) => void): void {
  const [origStruct, origDepth] = [st.struct, st.stack.length];
  st.pos++;
  st.skipSpace();
  if (st.data[st.pos] === 0x7d) {
    st.pos++;
    return;
  }
  do {
    const start = st.pos;
    st.pos = stringEnd(st.data, start);
    const key = unquote(st.data, start, st.pos);
    st.skipSpace();
    st.pos++; // :
    st.skipSpace();
    member(key);
    // not reached when an UnmarshalJSON error aborts: the context is reported as it stands
    st.stack.length = origDepth;
    st.struct = origStruct;
  } while (!endOfMember(st));
}

/** The case-insensitive fallback: the first field, in field order, whose name folds to the key. */
function matchFold(fields: StructFields, key: string): FieldInfo | undefined {
  const keyBytes = Buffer.from(key, 'utf8');
  return fields.list.find((f) => f.fold(f.nameBytes, keyBytes));
}

/** The object holding a promoted field, allocating embedded pointers on the way. */
function fieldHolder(obj: Record<string, unknown>, path: readonly GoField[]): Record<string, unknown> {
  let holder = obj;
  for (const emb of path.slice(0, -1)) {
    if (emb.type.kind === 'ptr' && holder[emb.go] === null) holder[emb.go] = zero(emb.type.elem);
    holder = holder[emb.go] as Record<string, unknown>;
  }
  return holder;
}

/** d.array into a slice: elements decoded into the backing array's old values, grown 1.5× (min 4). */
function decodeArray(st: DecodeState, t: GoType, cur: unknown): unknown {
  if (t.kind !== 'slice') {
    st.typeError('array', t);
    skipValue(st);
    return cur;
  }
  const old = cur as GoSlice | null;
  let arr = old?.arr ?? [];
  let len = old?.len ?? 0;
  let i = 0;
  st.pos++;
  st.skipSpace();
  if (st.data[st.pos] === 0x5d) st.pos++;
  else
    for (;;) {
      if (i >= arr.length) {
        const grown = Array.from({ length: Math.max(arr.length + (arr.length >> 1), 4) }, (_, k) => (k < len ? arr[k] : zero(t.elem)));
        arr = grown;
      }
      if (i >= len) len = i + 1;
      arr[i] = decodeValue(st, t.elem, arr[i]);
      i++;
      if (endOfMember(st)) break;
    }
  if (i === 0) return new GoSlice([], 0);
  return new GoSlice(arr, i); // SetLen(i)
}

const INT_RE = /^-?[0-9]+$/;

/** literalStore for null, booleans, strings and numbers. */
function decodeLiteral(st: DecodeState, t: GoType, cur: unknown): unknown {
  const start = st.pos;
  st.pos = valueEnd(st.data, start);
  const c = st.data[start];
  if (c === 0x6e) return t.kind === 'slice' || t.kind === 'map' ? null : cur; // null: a no-op for the rest
  if (c === 0x74 || c === 0x66) {
    if (t.kind === 'bool') return c === 0x74;
    st.typeError('bool', t);
    return cur;
  }
  if (c === 0x22) {
    if (t.kind === 'string') return unquote(st.data, start, st.pos);
    st.typeError('string', t);
    return cur;
  }
  const text = latin1(st.data.subarray(start, st.pos));
  if (t.kind !== 'int') {
    st.typeError('number', t);
    return cur;
  }
  const n = INT_RE.test(text) ? BigInt(text) : null;
  const limit = 1n << BigInt(t.bits - 1);
  if (n === null || n < -limit || n >= limit) {
    st.typeError(`number ${text}`, t);
    return cur;
  }
  return n;
}

/** time.Time.UnmarshalJSON (Go 1.19): time.Parse(`"RFC3339"`, the raw JSON text). */
const TIME_LAYOUT = '"2006-01-02T15:04:05Z07:00"';

/** The UnmarshalJSON methods of time.Time and json.RawMessage, and those of json.Unmarshaler types. */
function unmarshalJSON(t: Extract<GoType, { kind: 'time' | 'raw' | 'unmarshaler' }>, b: Uint8Array, cur: unknown): unknown {
  if (t.kind === 'raw') return goString(b);
  if (t.kind === 'unmarshaler') {
    const r = t.unmarshalJSON(b);
    if ('error' in r) throw new Abort(r.error);
    return r.value;
  }
  if (latin1(b) === 'null') return cur;
  const parsed = parseTime(TIME_LAYOUT, b);
  if (typeof parsed === 'string') throw new Abort({ kind: 'text', text: parsed });
  return formatRFC3339Nano(parsed); // in the parsed offset
}

/** The decoder's representation turned into the documented output. */
function toOutput(t: GoType, v: unknown): unknown {
  switch (t.kind) {
    case 'struct':
      return structOutput(t, v as Record<string, unknown>);
    case 'slice': {
      if (v === null) return null;
      const s = v as GoSlice;
      return s.arr.slice(0, s.len).map((e) => toOutput(t.elem, e));
    }
    case 'map': {
      if (v === null) return null;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, e] of v as Map<string, unknown>) out[k] = toOutput(t.elem, e);
      return out;
    }
    case 'ptr':
      return v === null ? null : toOutput(t.elem, v);
    case 'int': {
      const n = v as bigint;
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    default:
      return v;
  }
}

/**
 * A struct as Go's selectors see it: embedded structs' fields promoted into the object (the
 * shallowest of a name wins, two at the same depth hide each other), keyed by Go field name.
 */
function structOutput(t: StructType, obj: Record<string, unknown>): Record<string, unknown> {
  const found = new Map<string, { value: unknown; depth: number; count: number }>();
  const collect = (st: StructType, o: Record<string, unknown>, depth: number): void => {
    for (const f of st.fields) {
      const inner = f.type.kind === 'ptr' ? f.type.elem : f.type;
      if (f.embedded === true && inner.kind === 'struct') {
        const held = o[f.go] as Record<string, unknown> | null;
        if (held !== null) collect(inner, held, depth + 1); // a nil embedded pointer promotes nothing
        continue;
      }
      const seen = found.get(f.go);
      if (seen === undefined || depth < seen.depth) found.set(f.go, { value: toOutput(f.type, o[f.go]), depth, count: 1 });
      else if (depth === seen.depth) seen.count++;
    }
  };
  collect(t, obj, 0);
  return Object.fromEntries([...found].filter(([, e]) => e.count === 1).map(([k, e]) => [k, e.value]));
}

// ---------------------------------------------------------------------------------------------
// entry points

const toBytes = (input: string | Uint8Array): Uint8Array => (typeof input === 'string' ? Buffer.from(input, 'utf8') : input);

function finish(t: GoType, d: Decoded): GoResult {
  return d.err === undefined ? { value: toOutput(t, d.value) } : { error: errorText(d.err) };
}

/**
 * json.Unmarshal(data, &v) with v a zero `type`: a syntax error anywhere wins over type errors.
 * Give the bytes when they may not be UTF-8: a string is taken as its UTF-8 encoding.
 */
export function goUnmarshal(input: string | Uint8Array, type: GoType): GoResult {
  const data = toBytes(input);
  const syntax = checkValid(data);
  if (syntax !== null) return { error: syntax };
  return finish(type, unmarshalValid(data, type, zero(type)));
}

/**
 * json.NewDecoder(r).Decode(&v) with v a zero `type`: only the first value is read ("EOF" when there
 * is none, "unexpected EOF" when it is cut short); what follows it is never looked at.
 */
export function goDecode(input: string | Uint8Array, type: GoType): GoResult {
  const data = toBytes(input);
  const n = readValue(data);
  if (typeof n === 'string') return { error: n };
  return finish(type, unmarshalValid(data.subarray(0, n), type, zero(type)));
}

/**
 * json.Unmarshal of bytes the decoder has already checked (what an UnmarshalJSON method is given)
 * into a zero `type`, for json.Unmarshaler implementations: the value, or the error it returns.
 */
export function unmarshalChecked(raw: Uint8Array, type: GoType): UnmarshalResult {
  const d = unmarshalValid(raw, type, zero(type));
  return d.err === undefined ? { value: toOutput(type, d.value) } : { error: d.err };
}
