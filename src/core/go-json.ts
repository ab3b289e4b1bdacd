/**
 * Go 1.19 encoding/json decoding, for what `docker load` reads (Docker 20.10.24 is built with Go
 * 1.19.8): `manifest.json` through json.NewDecoder(r).Decode and each image config through
 * json.Unmarshal, with Go's error texts verbatim. A port of scanner.go (syntax errors), stream.go's
 * readValue (EOF handling), decode.go (type errors, their Struct/Field context, first error saved,
 * merging into existing values), fold.go (case-insensitive keys), typeFields (embedded promotion),
 * time.Time.UnmarshalJSON (1.19: time.Parse with `"RFC3339"`) and docker's strslice.StrSlice.
 *
 * Go values are described by GoType. Decoded values: structs are plain objects keyed by the Go field
 * name, every field present, an embedded struct's fields promoted into its container as Go's
 * selectors see them; ints are numbers, or bigints beyond ±(2^53 − 1); slices arrays or null; maps
 * null-prototype records or null; pointers the pointee or null; time.Time Go's RFC3339Nano text of
 * the parsed time; raw values their JSON text; StrSlice string[] or null.
 */

export type GoType =
  /** name: the Go type's name in messages (`layer.DiffID`), default `string` */
  | { readonly kind: 'string'; readonly name?: string }
  | { readonly kind: 'bool' }
  /** Go `int` is `{ bits: 64, name: 'int' }` (amd64); name defaults to int64/int32 */
  | { readonly kind: 'int'; readonly bits: 64 | 32; readonly name?: string }
  | { readonly kind: 'slice'; readonly elem: GoType; readonly name?: string }
  /** map[key]elem with a string-kinded key; key is the key type's name, default `string` */
  | { readonly kind: 'map'; readonly elem: GoType; readonly name?: string; readonly key?: string }
  | { readonly kind: 'ptr'; readonly elem: GoType }
  /** name: qualified (`container.Config`); `struct {}` for the empty struct literal type */
  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly GoField[] }
  | { readonly kind: 'time' }
  /** json.RawMessage: any value (null included) kept as its JSON text */
  | { readonly kind: 'raw' }
  | { readonly kind: 'strslice' };

export interface GoField {
  /** the Go field name: the key of the decoded object */
  readonly go: string;
  /** the JSON key: the tag's name, else the Go name */
  readonly json: string;
  readonly type: GoType;
  /** an anonymous struct field without a tag name: its fields are promoted */
  readonly embedded?: boolean;
  /** the JSON name comes from a tag: breaks ties between promoted fields of the same depth */
  readonly tagged?: boolean;
}

export type GoResult = { readonly value: unknown } | { readonly error: string };

type StructType = Extract<GoType, { kind: 'struct' }>;

// ---------------------------------------------------------------------------------------------
// scanner.go

const SCAN_CONTINUE = 0;
const SCAN_BEGIN_LITERAL = 1;
const SCAN_BEGIN_OBJECT = 2;
const SCAN_OBJECT_KEY = 3;
const SCAN_OBJECT_VALUE = 4;
const SCAN_END_OBJECT = 5;
const SCAN_BEGIN_ARRAY = 6;
const SCAN_ARRAY_VALUE = 7;
const SCAN_END_ARRAY = 8;
const SCAN_SKIP_SPACE = 9;
const SCAN_END = 10;
const SCAN_ERROR = 11;

const PARSE_OBJECT_KEY = 0;
const PARSE_OBJECT_VALUE = 1;
const PARSE_ARRAY_VALUE = 2;

const MAX_NESTING_DEPTH = 10000;

type Step = (s: Scanner, c: number) => number;

class Scanner {
  step: Step = stateBeginValue;
  endTop = false;
  parseState: number[] = [];
  err: string | null = null;

  eof(): number {
    if (this.err !== null) return SCAN_ERROR;
    if (this.endTop) return SCAN_END;
    this.step(this, 0x20);
    if (this.endTop) return SCAN_END;
    this.err ??= 'unexpected end of JSON input';
    return SCAN_ERROR;
  }

  push(c: number, state: number, success: number): number {
    this.parseState.push(state);
    return this.parseState.length <= MAX_NESTING_DEPTH ? success : this.error(c, 'exceeded max depth');
  }

  pop(): void {
    this.parseState.pop();
    if (this.parseState.length === 0) {
      this.step = stateEndTop;
      this.endTop = true;
    } else this.step = stateEndValue;
  }

  error(c: number, context: string): number {
    this.step = stateError;
    this.err = `invalid character ${quoteChar(c)} ${context}`;
    return SCAN_ERROR;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** scanner.go quoteChar: strconv.Quote of the byte taken as a rune (0xC3 shows as 'Ã'). */
function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  return `'${quoteRune(c)}'`;
}

const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x0c, '\\f'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x0b, '\\v'],
  [0x5c, '\\\\'],
]);

/** strconv.Quote's escaping of one Latin-1 rune (strconv.IsPrint: 0x20–0x7E, 0xA1–0xFF but 0xAD). */
function quoteRune(r: number): string {
  const short = SHORT_ESCAPES.get(r);
  if (short !== undefined) return short;
  if (r < 0x20 || r === 0x7f) return `\\x${r.toString(16).padStart(2, '0')}`;
  if ((r >= 0x20 && r <= 0x7e) || (r >= 0xa1 && r !== 0xad)) return String.fromCharCode(r);
  return `\\u${r.toString(16).padStart(4, '0')}`;
}

function stateBeginValueOrEmpty(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  if (c === 0x5d) return stateEndValue(s, c);
  return stateBeginValue(s, c);
}

function stateBeginValue(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  switch (c) {
    case 0x7b: // {
      s.step = stateBeginStringOrEmpty;
      return s.push(c, PARSE_OBJECT_KEY, SCAN_BEGIN_OBJECT);
    case 0x5b: // [
      s.step = stateBeginValueOrEmpty;
      return s.push(c, PARSE_ARRAY_VALUE, SCAN_BEGIN_ARRAY);
    case 0x22:
      s.step = stateInString;
      return SCAN_BEGIN_LITERAL;
    case 0x2d: // -
      s.step = stateNeg;
      return SCAN_BEGIN_LITERAL;
    case 0x30:
      s.step = state0;
      return SCAN_BEGIN_LITERAL;
    case 0x74: // t
      s.step = stateT;
      return SCAN_BEGIN_LITERAL;
    case 0x66: // f
      s.step = stateF;
      return SCAN_BEGIN_LITERAL;
    case 0x6e: // n
      s.step = stateN;
      return SCAN_BEGIN_LITERAL;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = state1;
    return SCAN_BEGIN_LITERAL;
  }
  return s.error(c, 'looking for beginning of value');
}

function stateBeginStringOrEmpty(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  if (c === 0x7d) {
    s.parseState[s.parseState.length - 1] = PARSE_OBJECT_VALUE;
    return stateEndValue(s, c);
  }
  return stateBeginString(s, c);
}

function stateBeginString(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  if (c === 0x22) {
    s.step = stateInString;
    return SCAN_BEGIN_LITERAL;
  }
  return s.error(c, 'looking for beginning of object key string');
}

function stateEndValue(s: Scanner, c: number): number {
  const n = s.parseState.length;
  if (n === 0) {
    s.step = stateEndTop;
    s.endTop = true;
    return stateEndTop(s, c);
  }
  if (isSpace(c)) {
    s.step = stateEndValue;
    return SCAN_SKIP_SPACE;
  }
  switch (s.parseState[n - 1]) {
    case PARSE_OBJECT_KEY:
      if (c === 0x3a) {
        s.parseState[n - 1] = PARSE_OBJECT_VALUE;
        s.step = stateBeginValue;
        return SCAN_OBJECT_KEY;
      }
      return s.error(c, 'after object key');
    case PARSE_OBJECT_VALUE:
      if (c === 0x2c) {
        s.parseState[n - 1] = PARSE_OBJECT_KEY;
        s.step = stateBeginString;
        return SCAN_OBJECT_VALUE;
      }
      if (c === 0x7d) {
        s.pop();
        return SCAN_END_OBJECT;
      }
      return s.error(c, 'after object key:value pair');
    default:
      if (c === 0x2c) {
        s.step = stateBeginValue;
        return SCAN_ARRAY_VALUE;
      }
      if (c === 0x5d) {
        s.pop();
        return SCAN_END_ARRAY;
      }
      return s.error(c, 'after array element');
  }
}

/** After the top-level value: a non-space byte is an error, reported on the next call. */
function stateEndTop(s: Scanner, c: number): number {
  if (!isSpace(c)) s.error(c, 'after top-level value');
  return SCAN_END;
}

function stateInString(s: Scanner, c: number): number {
  if (c === 0x22) {
    s.step = stateEndValue;
    return SCAN_CONTINUE;
  }
  if (c === 0x5c) {
    s.step = stateInStringEsc;
    return SCAN_CONTINUE;
  }
  if (c < 0x20) return s.error(c, 'in string literal');
  return SCAN_CONTINUE;
}

function stateInStringEsc(s: Scanner, c: number): number {
  if ('bfnrt\\/"'.includes(String.fromCharCode(c))) {
    s.step = stateInString;
    return SCAN_CONTINUE;
  }
  if (c === 0x75) {
    s.step = hexStates[0]!;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'in string escape code');
}

/** The four hex digits of `\uXXXX`. */
const hexStates: Step[] = [0, 1, 2, 3].map(
  (i) =>
    (s: Scanner, c: number): number => {
      if (!isHex(c)) return s.error(c, 'in \\u hexadecimal character escape');
      s.step = i < 3 ? hexStates[i + 1]! : stateInString;
      return SCAN_CONTINUE;
    },
);

function stateNeg(s: Scanner, c: number): number {
  if (c === 0x30) {
    s.step = state0;
    return SCAN_CONTINUE;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = state1;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'in numeric literal');
}

function state1(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  return state0(s, c);
}

function state0(s: Scanner, c: number): number {
  if (c === 0x2e) {
    s.step = stateDot;
    return SCAN_CONTINUE;
  }
  if (c === 0x65 || c === 0x45) {
    s.step = stateE;
    return SCAN_CONTINUE;
  }
  return stateEndValue(s, c);
}

function stateDot(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = stateDot0;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'after decimal point in numeric literal');
}

function stateDot0(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  if (c === 0x65 || c === 0x45) {
    s.step = stateE;
    return SCAN_CONTINUE;
  }
  return stateEndValue(s, c);
}

function stateE(s: Scanner, c: number): number {
  if (c === 0x2b || c === 0x2d) {
    s.step = stateESign;
    return SCAN_CONTINUE;
  }
  return stateESign(s, c);
}

function stateESign(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = stateE0;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'in exponent of numeric literal');
}

function stateE0(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  return stateEndValue(s, c);
}

/** The states after the first letter of true/false/null, one per remaining letter. */
function literalStates(word: string): Step {
  let next: Step = stateEndValue;
  for (let i = word.length - 1; i >= 1; i--) {
    const want = word.charCodeAt(i);
    const then = next;
    const context = `in literal ${word} (expecting '${word[i]}')`;
    next = (s, c) => {
      if (c !== want) return s.error(c, context);
      s.step = then;
      return SCAN_CONTINUE;
    };
  }
  return next;
}

const stateT = literalStates('true');
const stateF = literalStates('false');
const stateN = literalStates('null');

function stateError(): number {
  return SCAN_ERROR;
}

/** Unmarshal's checkValid: the whole input must be one value and spaces. */
function checkValid(data: Uint8Array): string | null {
  const s = new Scanner();
  for (const c of data) if (s.step(s, c) === SCAN_ERROR) return s.err;
  return s.eof() === SCAN_ERROR ? s.err : null;
}

/**
 * Decoder.readValue over a reader that returns everything then io.EOF: the length of the first value
 * (bytes after it are never looked at), or the error Decode returns.
 */
function readValue(data: Uint8Array): number | string {
  const s = new Scanner();
  for (let i = 0; i < data.length; i++) {
    switch (s.step(s, data[i]!)) {
      case SCAN_END:
        return i; // the end is seen one byte late
      case SCAN_END_OBJECT:
      case SCAN_END_ARRAY:
        // don't wait for the byte after a closing bracket: invent a space
        if (stateEndValue(s, 0x20) === SCAN_END) return i + 1;
        break;
      case SCAN_ERROR:
        return s.err!;
    }
  }
  if (s.step(s, 0x20) === SCAN_END) return data.length;
  return data.some((c) => !isSpace(c)) ? 'unexpected EOF' : 'EOF';
}

// ---------------------------------------------------------------------------------------------
// strings: unquote with Go's UTF-8 rules

/** utf8.DecodeRune: [rune, width]; any invalid or short sequence is (U+FFFD, 1). */
function decodeRune(b: Uint8Array, i: number, end: number): [number, number] {
  const b0 = b[i]!;
  if (b0 < 0x80) return [b0, 1];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f; // no UTF-16 surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return [0xfffd, 1];
  if (i + need >= end) return [0xfffd, 1]; // cut short
  let r = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const c = b[i + k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return [0xfffd, 1];
    r = (r << 6) | (c & 0x3f);
  }
  return [r, need + 1];
}

/** Go's string(bytes) shown as a JS string: each invalid byte one U+FFFD. */
function goString(b: Uint8Array, start = 0, end = b.length): string {
  let out = '';
  for (let i = start; i < end; ) {
    const [r, w] = decodeRune(b, i, end);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

/** getu4: the value of `\uXXXX` at i, or -1. */
function getu4(b: Uint8Array, i: number, end: number): number {
  if (i + 6 > end || b[i] !== 0x5c || b[i + 1] !== 0x75) return -1;
  const hex = latin1(b.subarray(i + 2, i + 6));
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : -1;
}

const isSurrogate = (r: number): boolean => r >= 0xd800 && r < 0xe000;

const ESCAPED: ReadonlyMap<number, string> = new Map([
  [0x22, '"'],
  [0x5c, '\\'],
  [0x2f, '/'],
  [0x27, "'"],
  [0x62, '\b'],
  [0x66, '\f'],
  [0x6e, '\n'],
  [0x72, '\r'],
  [0x74, '\t'],
]);

/** unquoteBytes of a scanned string literal [start, end): invalid UTF-8 and lone surrogates → U+FFFD. */
function unquote(b: Uint8Array, start: number, end: number): string {
  let out = '';
  const last = end - 1; // the closing quote
  for (let r = start + 1; r < last; ) {
    const c = b[r]!;
    if (c !== 0x5c) {
      const [rune, w] = decodeRune(b, r, last);
      out += String.fromCodePoint(rune);
      r += w;
      continue;
    }
    const e = b[r + 1]!;
    if (e !== 0x75) {
      out += ESCAPED.get(e) ?? '';
      r += 2;
      continue;
    }
    let rune = getu4(b, r, last);
    r += 6;
    if (isSurrogate(rune)) {
      const lo = getu4(b, r, last);
      if (rune < 0xdc00 && lo >= 0xdc00 && lo < 0xe000) {
        rune = 0x10000 + ((rune - 0xd800) << 10) + (lo - 0xdc00);
        r += 6;
      } else rune = 0xfffd;
    }
    out += String.fromCodePoint(rune);
  }
  return out;
}

/** The end of the (valid) value starting at i. */
function valueEnd(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c === 0x22) return stringEnd(b, i);
  if (c === 0x74 || c === 0x6e) return i + 4;
  if (c === 0x66) return i + 5;
  if (c !== 0x7b && c !== 0x5b) {
    let j = i + 1;
    while (j < b.length && (isDigit(b[j]) || '.eE+-'.includes(String.fromCharCode(b[j]!)))) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < b.length; j++) {
    const d = b[j]!;
    if (d === 0x22) j = stringEnd(b, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
  }
  return b.length;
}

function stringEnd(b: Uint8Array, i: number): number {
  for (let j = i + 1; j < b.length; j++) {
    if (b[j] === 0x5c) j++;
    else if (b[j] === 0x22) return j + 1;
  }
  return b.length;
}

// ---------------------------------------------------------------------------------------------
// fold.go: the case-insensitive match of a key against a field name

type Fold = (name: Uint8Array, key: Uint8Array) => boolean;

const KELVIN = 0x212a;
const LONG_S = 0x17f;
const upper = (b: number): number => b & 0xdf;
const isLetter = (b: number): boolean => upper(b) >= 0x41 && upper(b) <= 0x5a;

/** foldFunc: the cheapest fold that is right for this name. */
function foldFunc(name: Uint8Array): Fold {
  let nonLetter = false;
  let special = false;
  for (const b of name) {
    if (b >= 0x80) return equalFold;
    const u = upper(b);
    if (u < 0x41 || u > 0x5a) nonLetter = true;
    else if (u === 0x4b || u === 0x53) special = true; // K and S also fold from U+212A and U+017F
  }
  if (special) return equalFoldRight;
  return nonLetter ? asciiEqualFold : simpleLetterEqualFold;
}

function equalFoldRight(s: Uint8Array, t: Uint8Array): boolean {
  let j = 0;
  for (const sb of s) {
    if (j >= t.length) return false;
    const tb = t[j]!;
    if (tb < 0x80) {
      if (sb !== tb && !(isLetter(sb) && upper(sb) === upper(tb))) return false;
      j++;
      continue;
    }
    const [tr, size] = decodeRune(t, j, t.length);
    if (upper(sb) === 0x53 ? tr !== LONG_S : upper(sb) === 0x4b ? tr !== KELVIN : true) return false;
    j += size;
  }
  return j === t.length;
}

function asciiEqualFold(s: Uint8Array, t: Uint8Array): boolean {
  if (s.length !== t.length) return false;
  return s.every((sb, i) => sb === t[i] || (isLetter(sb) && upper(sb) === upper(t[i]!)));
}

function simpleLetterEqualFold(s: Uint8Array, t: Uint8Array): boolean {
  return s.length === t.length && s.every((b, i) => upper(b) === upper(t[i]!));
}

/** bytes.EqualFold, approximated with JS case mapping (only names with non-ASCII bytes use it). */
function equalFold(s: Uint8Array, t: Uint8Array): boolean {
  const a = [...goString(s)];
  const b = [...goString(t)];
  const same = (x: string, y: string): boolean => x === y || x.toLowerCase() === y.toLowerCase() || x.toUpperCase() === y.toUpperCase();
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

// ---------------------------------------------------------------------------------------------
// typeFields: the JSON fields of a struct, embedded fields promoted

interface FieldInfo {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly tagged: boolean;
  readonly index: readonly number[];
  /** the embedded fields walked through, then the field itself */
  readonly path: readonly GoField[];
  readonly fold: Fold;
}

interface StructFields {
  readonly list: readonly FieldInfo[];
  readonly byName: ReadonlyMap<string, FieldInfo>;
}

const fieldCache = new WeakMap<StructType, StructFields>();

function compareIndex(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

/** Go's typeFields: breadth first, then Go's rules for hidden fields (dominantField). */
function typeFields(t: StructType): StructFields {
  const cached = fieldCache.get(t);
  if (cached) return cached;
  type Candidate = { typ: StructType; index: number[]; path: GoField[] };
  const fields: FieldInfo[] = [];
  const visited = new Set<StructType>();
  let next: Candidate[] = [{ typ: t, index: [], path: [] }];
  let nextCount = new Map<StructType, number>();
  while (next.length > 0) {
    const current = next;
    const count = nextCount;
    next = [];
    nextCount = new Map();
    for (const f of current) {
      if (visited.has(f.typ)) continue;
      visited.add(f.typ);
      f.typ.fields.forEach((sf, i) => {
        const index = [...f.index, i];
        const path = [...f.path, sf];
        const ft = sf.type.kind === 'ptr' ? sf.type.elem : sf.type;
        if (!sf.embedded || ft.kind !== 'struct') {
          const nameBytes = Buffer.from(sf.json, 'utf8');
          const field = { name: sf.json, nameBytes, tagged: sf.tagged === true, index, path, fold: foldFunc(nameBytes) };
          fields.push(field);
          // the same struct embedded twice at one depth: a duplicate makes its fields cancel out
          if ((count.get(f.typ) ?? 0) > 1) fields.push(field);
          return;
        }
        nextCount.set(ft, (nextCount.get(ft) ?? 0) + 1);
        if (nextCount.get(ft) === 1) next.push({ typ: ft, index, path });
      });
    }
  }
  fields.sort(
    (a, b) =>
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.index.length - b.index.length ||
      Number(b.tagged) - Number(a.tagged) ||
      compareIndex(a.index, b.index),
  );
  const out: FieldInfo[] = [];
  for (let i = 0; i < fields.length; ) {
    let n = 1;
    while (i + n < fields.length && fields[i + n]!.name === fields[i]!.name) n++;
    const [first, second] = [fields[i]!, fields[i + 1]];
    // shallowest wins, a tag breaking a tie; a tie left over hides the name altogether
    if (n === 1 || second === undefined || first.index.length !== second.index.length || first.tagged !== second.tagged) out.push(first);
    i += n;
  }
  out.sort((a, b) => compareIndex(a.index, b.index));
  const result = { list: out, byName: new Map(out.map((f) => [f.name, f])) };
  fieldCache.set(t, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// decode.go

/** UnmarshalTypeError (Struct/Field filled from the error context), or another error's text. */
type GoErr =
  | { readonly kind: 'type'; readonly value: string; readonly type: string; readonly struct: string; readonly field: string }
  | { readonly kind: 'text'; readonly text: string };

function errorText(e: GoErr): string {
  if (e.kind === 'text') return e.text;
  if (e.struct !== '' || e.field !== '') return `json: cannot unmarshal ${e.value} into Go struct field ${e.struct}.${e.field} of type ${e.type}`;
  return `json: cannot unmarshal ${e.value} into Go value of type ${e.type}`;
}

/** An error returned up the stack (an UnmarshalJSON's): decoding stops there. */
class Abort {
  constructor(readonly err: GoErr) {}
}

/** A Go slice: its backing array (length = cap) is reused by a later decode into the same slice. */
class GoSlice {
  constructor(
    readonly arr: unknown[],
    readonly len: number,
  ) {}
}

/** reflect.Type.String(). */
export function goTypeString(t: GoType): string {
  switch (t.kind) {
    case 'string':
      return t.name ?? 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return t.name ?? `int${t.bits}`;
    case 'slice':
      return t.name ?? `[]${goTypeString(t.elem)}`;
    case 'map':
      return t.name ?? `map[${t.key ?? 'string'}]${goTypeString(t.elem)}`;
    case 'ptr':
      return `*${goTypeString(t.elem)}`;
    case 'struct':
      return t.name;
    case 'time':
      return 'time.Time';
    case 'raw':
      return 'json.RawMessage';
    case 'strslice':
      return 'strslice.StrSlice';
  }
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
  saved: GoErr | null = null;
  /** errorContext: the struct of the field being decoded and the JSON names from the root */
  struct: StructType | null = null;
  readonly stack: string[] = [];
  constructor(readonly data: Uint8Array) {}

  skipSpace(): void {
    while (this.pos < this.data.length && isSpace(this.data[this.pos]!)) this.pos++;
  }

  addContext(err: GoErr): GoErr {
    if (err.kind !== 'type' || (this.struct === null && this.stack.length === 0)) return err;
    return { ...err, struct: this.struct === null ? '' : typeName(this.struct), field: this.stack.join('.') };
  }

  /** saveError: the first error is kept, the decode goes on. */
  typeError(value: string, t: GoType): void {
    this.saved ??= this.addContext({ kind: 'type', value, type: goTypeString(t), struct: '', field: '' });
  }
}

type Decoded = { readonly value: unknown; readonly err?: GoErr };

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
  if (t.kind === 'time' || t.kind === 'strslice' || t.kind === 'raw') {
    const start = st.pos;
    st.pos = valueEnd(st.data, start);
    return unmarshalJSON(t.kind, st.data.subarray(start, st.pos), cur);
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

const STRING: GoType = { kind: 'string' };
const STRINGS: GoType = { kind: 'slice', elem: STRING };

/** The UnmarshalJSON methods of time.Time, strslice.StrSlice and json.RawMessage. */
function unmarshalJSON(kind: 'time' | 'strslice' | 'raw', b: Uint8Array, cur: unknown): unknown {
  if (kind === 'raw') return goString(b);
  if (kind === 'time') {
    const text = latin1(b); // one char per byte: positions are Go's byte offsets
    if (text === 'null') return cur;
    const t = parseTimeJSON(text);
    if ('error' in t) throw new Abort({ kind: 'text', text: t.error });
    return t.value;
  }
  // strslice: an array of strings, else one string; else the string attempt's error
  const p = unmarshalValid(b, STRINGS, new GoSlice([''], 0));
  if (p.err === undefined) return toOutput(STRINGS, p.value);
  const s = unmarshalValid(b, STRING, '');
  if (s.err !== undefined) throw new Abort(s.err);
  return [s.value];
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
// time.Time.UnmarshalJSON (Go 1.19): time.Parse(`"2006-01-02T15:04:05Z07:00"`, raw JSON text)

const TIME_LAYOUT = '"2006-01-02T15:04:05Z07:00"';

type TimeElem = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'zone';

/** The layout as nextStdChunk cuts it: a literal prefix, then an element (null: the end). */
const TIME_CHUNKS: readonly (readonly [string, TimeElem | null, string])[] = [
  ['"', 'year', '2006'],
  ['-', 'month', '01'],
  ['-', 'day', '02'],
  ['T', 'hour', '15'],
  [':', 'minute', '04'],
  [':', 'second', '05'],
  ['', 'zone', 'Z07:00'],
  ['"', null, ''],
];

/** time's quote: bytes outside printable ASCII as \xNN, `"` and `\` escaped. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80 || c < 0x20) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

const isDigitAt = (s: string, i: number): boolean => isDigit(s.charCodeAt(i));

/** getnum: one or two digits (two when fixed); null leaves the value where it was. */
function getnum(s: string, fixed: boolean): [number, string] | null {
  if (!isDigitAt(s, 0)) return null;
  if (!isDigitAt(s, 1)) return fixed ? null : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (m: number, y: number): number => (m === 2 && isLeap(y) ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The raw JSON (as one char per byte) parsed as Go 1.19 does; the value is RFC3339Nano in the parsed offset. */
function parseTimeJSON(value: string): { value: string } | { error: string } {
  const cannot = (layoutElem: string, valueElem: string): { error: string } => ({
    error: `parsing time ${timeQuote(value)} as ${timeQuote(TIME_LAYOUT)}: cannot parse ${timeQuote(valueElem)} as ${timeQuote(layoutElem)}`,
  });
  const message = (m: string): { error: string } => ({ error: `parsing time ${timeQuote(value)}${m}` });
  const f = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, nsec: 0, offset: 0 };
  let rest = value;
  for (const [prefix, elem, std] of TIME_CHUNKS) {
    if (prefix !== '') {
      if (rest[0] !== prefix) return cannot(prefix, rest);
      rest = rest.slice(1);
    }
    if (elem === null) {
      if (rest !== '') return message(`: extra text: ${timeQuote(rest)}`);
      break;
    }
    let ok = true;
    let range = '';
    if (elem === 'year') {
      if (rest.length < 4 || !isDigitAt(rest, 0)) ok = false;
      else {
        ok = /^[0-9]{4}/.test(rest); // atoi of the four bytes, which are consumed either way
        f.year = Number(rest.slice(0, 4));
        rest = rest.slice(4);
      }
    } else if (elem === 'zone') {
      const zone = parseZone(rest);
      ok = zone.ok;
      rest = zone.rest;
      f.offset = zone.offset;
    } else {
      const got = getnum(rest, elem !== 'hour');
      if (got === null) ok = false;
      else [f[elem], rest] = got;
      if (ok && elem === 'month' && (f.month < 1 || f.month > 12)) range = 'month';
      if (elem === 'hour' && f.hour >= 24) range = 'hour';
      if (elem === 'minute' && f.minute >= 60) range = 'minute';
      if (elem === 'second' && f.second >= 60) range = 'second';
      // a fraction after the seconds is read although the layout has none
      if (elem === 'second' && ok && !range && rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigitAt(rest, 1)) {
        let n = 2;
        while (isDigitAt(rest, n)) n++;
        const digits = Math.min(n, 10); // parseNanoseconds: nine digits count
        f.nsec = Number(rest.slice(1, digits)) * 10 ** (10 - digits);
        rest = rest.slice(n);
      }
    }
    if (range) return message(`: ${range} out of range`);
    if (!ok) return cannot(std, rest);
  }
  if (f.day < 1 || f.day > daysIn(f.month, f.year)) return message(': day out of range');
  return { value: formatTime(f) };
}

/** Z07:00: `Z`, or ±hh:mm (any two digits each: Go 1.19 checks no range); rest as Go leaves it. */
function parseZone(rest: string): { ok: boolean; rest: string; offset: number } {
  if (rest[0] === 'Z') return { ok: true, rest: rest.slice(1), offset: 0 };
  if (rest.length < 6 || rest[3] !== ':') return { ok: false, rest, offset: 0 };
  const [sign, hh, mm] = [rest[0], getnum(rest.slice(1, 3), true), getnum(rest.slice(4, 6), true)];
  const ok = hh !== null && mm !== null && (sign === '+' || sign === '-');
  const offset = ok ? (sign === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]) * 60 : 0;
  return { ok, rest: rest.slice(6), offset };
}

/** Time.Format(RFC3339Nano) in the parsed zone: the fields come back as parsed. */
function formatTime(f: { year: number; month: number; day: number; hour: number; minute: number; second: number; nsec: number; offset: number }): string {
  let s = `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}T${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
  if (f.nsec !== 0) s += `.${pad(f.nsec, 9).replace(/0+$/, '')}`;
  if (f.offset === 0) return `${s}Z`;
  const minutes = Math.abs(f.offset) / 60;
  return `${s}${f.offset < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
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
