/**
 * text/template's builtin functions (Go 1.19, text/template/funcs.go): and, or, not, call, html,
 * js, urlquery, index, slice, len, print, printf, println and the comparisons, with Go's error
 * texts; and the shape of a function as the evaluator calls it.
 */
import { sprint, sprintf, sprintln } from '../fmt.js';
import {
  GoNil,
  NO_VALUE,
  type Val,
  indirect,
  isNilValue,
  kindOf,
  lengthOf,
  mapKeyTypeName,
  numberValue,
  typeName,
  zeroOf,
} from '../reflect.js';

/** Parameter types: 'any' = interface{}, 'value' = reflect.Value (sees invalid values), Go types otherwise. */
export type Param = 'any' | 'value' | 'string' | 'int' | '[]string';
export type Func = { params: Param[]; variadic?: Param; fn: (args: Val[]) => Val; builtin?: boolean };

/** A func's Go error return; becomes `error calling <name>: <message>`. */
export class FuncError extends Error {}

const fail = (msg: string): never => {
  throw new FuncError(msg);
};

/** indirectInterface: a nil interface{} becomes the invalid value. */
const ii = (v: Val): Val => (v === null ? NO_VALUE : v);

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: Val): BasicKind {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'invalid';
}

function truth(v: Val): boolean {
  return isTrue(v).truth;
}
export function isTrue(v: Val): { truth: boolean; ok: boolean } {
  switch (kindOf(v)) {
    case 'invalid':
      return { truth: false, ok: true };
    case 'string':
    case 'slice':
    case 'map':
      return { truth: !(v instanceof GoNil) && lengthOf(v) > 0, ok: true };
    case 'bool':
      return { truth: v === true, ok: true };
    case 'int':
    case 'float':
      return { truth: numberValue(v) !== 0, ok: true };
    case 'ptr':
    case 'interface':
    case 'func':
      return { truth: !isNilValue(v), ok: true };
    case 'struct':
      return { truth: true, ok: true };
  }
}

/** reflect.Type.Comparable: slices, maps and funcs (also inside structs) are not. */
function comparable(v: Val): boolean {
  const k = kindOf(v);
  if (k === 'slice' || k === 'map' || k === 'func') return false;
  if (k === 'struct') return Object.values(v as object).every(comparable);
  return true;
}

function structEqual(a: Val, b: Val): boolean {
  if (a === b) return true;
  const ka = kindOf(a);
  if (ka !== kindOf(b)) return false;
  if (ka === 'float' || ka === 'int') return numberValue(a) === numberValue(b);
  if (ka === 'struct') {
    const ea = Object.entries(a as object);
    const eb = Object.entries(b as object);
    return ea.length === eb.length && ea.every(([k, v], i) => eb[i]?.[0] === k && structEqual(v, eb[i]?.[1]));
  }
  if (ka === 'slice' || ka === 'map') fail(`non-comparable type ${sprint([b])}: ${typeName(b)}`);
  return false;
}

function eq(args: Val[]): Val {
  const a1 = ii(args[0]);
  if (args.length < 2) fail('missing argument for comparison');
  const k1 = basicKind(a1);
  for (const raw of args.slice(1)) {
    const a = ii(raw);
    const k2 = basicKind(a);
    let t = false;
    if (k1 !== k2) {
      if (a1 !== NO_VALUE && a !== NO_VALUE) fail('incompatible types for comparison');
    } else if (k1 === 'int' || k1 === 'float') t = numberValue(a1) === numberValue(a);
    else if (k1 === 'bool' || k1 === 'string') t = a1 === a;
    else {
      const n1 = a1 === NO_VALUE || isNilValue(a1);
      const n2 = a === NO_VALUE || isNilValue(a);
      const c1 = kindOf(a1);
      const c2 = kindOf(a);
      if (c1 !== c2 && c1 !== 'invalid' && c2 !== 'invalid')
        fail(`non-comparable types ${sprint([a1])}: ${typeName(a1)}, ${typeName(a)}: ${sprint([a])}`);
      if (n1 || n2) t = n1 === n2;
      else {
        if (!comparable(a)) fail(`non-comparable type ${sprint([a])}: ${typeName(a)}`);
        t = structEqual(a1, a);
      }
    }
    if (t) return true;
  }
  return false;
}

function lt(args: Val[]): Val {
  const a1 = ii(args[0]);
  const a2 = ii(args[1]);
  const k1 = basicKind(a1);
  const k2 = basicKind(a2);
  if (k1 === 'invalid' || k2 === 'invalid') fail('invalid type for comparison');
  if (k1 !== k2) fail('incompatible types for comparison');
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'string') return Buffer.compare(Buffer.from(a1 as string), Buffer.from(a2 as string)) < 0;
  return numberValue(a1) < numberValue(a2);
}
const le = (a: Val[]): Val => (lt(a) as boolean) || (eq(a) as boolean);

function indexArg(index: Val, cap: number): number {
  const i = ii(index);
  if (i === NO_VALUE) fail('cannot index slice/array with nil');
  if (kindOf(i) !== 'int') fail(`cannot index slice/array with type ${typeName(i)}`);
  const x = numberValue(i);
  if (x < 0 || x > cap) fail(`index out of range: ${x}`);
  return x;
}

function index(args: Val[]): Val {
  let item = ii(args[0]);
  if (item === NO_VALUE) fail('index of untyped nil');
  for (const idx of args.slice(1)) {
    const r = indirect(item);
    if (r.isNil) fail('index of nil pointer');
    item = r.v;
    if (typeof item === 'string') {
      const bytes = Buffer.from(item, 'utf8');
      const x = indexArg(idx, bytes.length);
      if (x === bytes.length) fail('reflect: string index out of range');
      item = bytes[x] ?? 0;
    } else if (Array.isArray(item) || (item instanceof GoNil && item.kind === 'slice')) {
      const arr = Array.isArray(item) ? item : [];
      const x = indexArg(idx, arr.length);
      if (x === arr.length) fail('reflect: slice index out of range');
      item = arr[x];
    } else if (item instanceof Map || (item instanceof GoNil && item.kind === 'map')) {
      const mapType = typeName(item);
      const keyType = mapKeyTypeName(mapType);
      let key = ii(idx);
      if (key === NO_VALUE) fail(`value is nil; should be of type ${keyType}`);
      const kt = typeName(key);
      const intLike = (t: string): boolean => /^u?int(8|16|32|64)?$/.test(t);
      if (kt !== keyType && !(keyType === 'interface {}') && !(intLike(kt) && intLike(keyType)))
        fail(`value has type ${kt}; should be ${keyType}`);
      const m = item instanceof Map ? item : new Map<unknown, unknown>();
      if (typeof key === 'bigint') key = Number(key);
      item = m.has(key) ? m.get(key) : zeroOf(mapType.startsWith('map[') ? mapType.slice(mapType.indexOf(']') + 1) : 'interface {}');
    } else fail(`can't index item of type ${typeName(item)}`);
  }
  return item;
}

function slice(args: Val[]): Val {
  const item = ii(args[0]);
  if (item === NO_VALUE) fail('slice of untyped nil');
  const idx = args.slice(1);
  if (idx.length > 3) fail(`too many slice indexes: ${idx.length}`);
  const r = indirect(item);
  const v = r.v;
  let len: number;
  if (typeof v === 'string') {
    if (idx.length === 3) fail('cannot 3-index slice a string');
    len = Buffer.byteLength(v);
  } else if (Array.isArray(v)) len = v.length;
  else if (v instanceof GoNil && v.kind === 'slice') len = 0;
  else return fail(`can't slice item of type ${typeName(item)}`);
  const pos = [0, len];
  idx.forEach((a, i) => {
    pos[i] = indexArg(a, len);
  });
  const [i = 0, j = len] = pos;
  if (i > j) fail(`invalid slice index: ${i} > ${j}`);
  if (typeof v === 'string') return Buffer.from(v, 'utf8').subarray(i, j).toString('utf8');
  return Array.isArray(v) ? v.slice(i, j) : v;
}

function length(args: Val[]): Val {
  const r = indirect(args[0]);
  if (r.isNil) fail('len of nil pointer');
  const v = r.v;
  if (v === NO_VALUE) fail('reflect: call of reflect.Value.Type on zero Value');
  const k = kindOf(v);
  if (k === 'string' || k === 'slice' || k === 'map') return v instanceof GoNil ? 0 : lengthOf(v);
  return fail(`len of type ${typeName(v)}`);
}

/** evalArgs for html/js/urlquery: a lone string is used as is, otherwise fmt.Sprint. */
const evalArgs = (args: Val[]): string => (args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args));

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\ufffd', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}
function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === "'" || ch === '"') out += '\\' + ch;
    else if ('<>&='.includes(ch) || cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}
function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const str = (v: Val): string => v as string;

export const BUILTINS: Record<string, Func> = {
  and: { params: ['value'], variadic: 'value', fn: () => NO_VALUE, builtin: true },
  or: { params: ['value'], variadic: 'value', fn: () => NO_VALUE, builtin: true },
  not: { params: ['value'], fn: (a) => !truth(a[0]), builtin: true },
  call: { params: ['value'], variadic: 'value', fn: () => NO_VALUE, builtin: true },
  html: { params: [], variadic: 'any', fn: (a) => htmlEscape(evalArgs(a)), builtin: true },
  js: { params: [], variadic: 'any', fn: (a) => jsEscape(evalArgs(a)), builtin: true },
  urlquery: { params: [], variadic: 'any', fn: (a) => queryEscape(evalArgs(a)), builtin: true },
  index: { params: ['value'], variadic: 'value', fn: index, builtin: true },
  slice: { params: ['value'], variadic: 'value', fn: slice, builtin: true },
  len: { params: ['value'], fn: length, builtin: true },
  print: { params: [], variadic: 'any', fn: sprint, builtin: true },
  printf: { params: ['string'], variadic: 'any', fn: (a) => sprintf(str(a[0]), a.slice(1)), builtin: true },
  println: { params: [], variadic: 'any', fn: sprintln, builtin: true },
  eq: { params: ['value'], variadic: 'value', fn: eq, builtin: true },
  ne: { params: ['value', 'value'], fn: (a) => !eq(a), builtin: true },
  lt: { params: ['value', 'value'], fn: lt, builtin: true },
  le: { params: ['value', 'value'], fn: le, builtin: true },
  gt: { params: ['value', 'value'], fn: (a) => !le(a), builtin: true },
  ge: { params: ['value', 'value'], fn: (a) => !lt(a), builtin: true },
};
