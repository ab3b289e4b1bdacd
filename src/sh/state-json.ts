/**
 * Copies and keys of a process state, as cheap as its shape allows. The state is logged as JSON: a
 * copy must be what `JSON.parse(JSON.stringify(state))` gives (what a replay reads), and a key what
 * `JSON.stringify` gives. Most of the state is the parsed script held by its stack frames (a frame's
 * `items` and `node`); the interpreter never writes into it, and the parser makes it plain JSON
 * already (strings, booleans, small integers), so copies share it and keys serialise it once.
 */

type Obj = Record<string, unknown>;

/** A frame's fields that hold the parsed script. */
const isScript = (key: string, value: unknown): value is object => (key === 'items' || key === 'node') && typeof value === 'object' && value !== null;

const hasToJson = (x: object): boolean => typeof (x as Obj)['toJSON'] === 'function';

/** An object JSON reads property by property (not an array, a Map, a Date or anything with toJSON). */
function isPlainObject(x: unknown): x is Obj {
  if (typeof x !== 'object' || x === null) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return (proto === Object.prototype || proto === null) && !hasToJson(x);
}

function isPlainArray(x: unknown): x is unknown[] {
  return Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype && !hasToJson(x);
}

const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;

type Field<T> = (key: string, value: unknown) => T | undefined;

/** A value JSON writes and reads back as it is (JSON has no -0, NaN or infinities). */
const isExact = (x: unknown): boolean =>
  typeof x === 'string' || typeof x === 'boolean' || x === null || (typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0));

/** `copy` of each element of an array, by index: a hole, like what JSON leaves out, is null. */
function copyArray(a: readonly unknown[], copy: (x: unknown) => unknown): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < a.length; i++) out.push(copy(a[i]) ?? null);
  return out;
}

/**
 * A plain object's copy, each property by `copy` (undefined leaves it out). When `kept` says every
 * value stays as it is, the copy is a spread: much faster than building it property by property.
 */
function copyObject(o: Obj, copy: Field<unknown>, kept: (key: string, value: unknown) => boolean): Obj {
  let same = true;
  for (const k in o) if (!kept(k, o[k])) same = false;
  if (same) return { ...o };
  const out: Obj = {};
  for (const k in o) {
    // assigning "__proto__" would set the copy's prototype, where JSON.parse makes a property
    if (k === '__proto__') return roundTrip(o) as Obj;
    const v = copy(k, o[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** `x` after a JSON round trip; undefined where JSON leaves a property out (undefined, a function, a symbol). */
function copyJson(x: unknown): unknown {
  if (typeof x === 'string' || typeof x === 'boolean' || x === null) return x;
  // JSON writes -0 as 0 and the non-finite numbers as null
  if (typeof x === 'number') return Number.isFinite(x) ? (x === 0 ? 0 : x) : null;
  if (isPlainArray(x)) return copyArray(x, copyJson);
  if (isPlainObject(x)) return copyObject(x, copyField, keptExact);
  return typeof x === 'object' || typeof x === 'bigint' ? roundTrip(x) : undefined;
}

const copyField = (_key: string, value: unknown): unknown => copyJson(value);
const keptExact = (_key: string, value: unknown): boolean => isExact(value);

const copyFrameField = (key: string, value: unknown): unknown => (isScript(key, value) ? value : copyJson(value));
const keptInFrame = (key: string, value: unknown): boolean => isScript(key, value) || isExact(value);
const copyFrame = (f: unknown): unknown => (isPlainObject(f) ? copyObject(f, copyFrameField, keptInFrame) : copyJson(f));

const copyStateField = (key: string, value: unknown): unknown => (key === 'stack' && isPlainArray(value) ? copyArray(value, copyFrame) : copyJson(value));

/** What a JSON round trip of `state` gives, sharing the parsed script with `state`. */
export function copyState<S extends object>(state: S): S {
  return (isPlainObject(state) ? copyObject(state, copyStateField, keptExact) : roundTrip(state)) as S;
}

const dropWakeAt = (key: string, value: unknown): unknown => (key === 'wakeAt' ? undefined : value);

/** `JSON.stringify(x, dropWakeAt)`, without the slow replacer unless x has a property named wakeAt. */
function steadyJson(x: unknown): string | undefined {
  const s = JSON.stringify(x);
  // such a property shows as `"wakeAt":` (a quote inside a string is escaped); a false hit only costs time
  return s !== undefined && s.includes('"wakeAt":') ? JSON.stringify(x, dropWakeAt) : s;
}

/** The steady JSON of parts of parsed scripts, by identity: they never change. */
const scriptJson = new WeakMap<object, string>();

function memoJson(x: object): string | undefined {
  const known = scriptJson.get(x);
  if (known !== undefined) return known;
  const s = steadyJson(x);
  if (s !== undefined) scriptJson.set(x, s);
  return s;
}

/** `JSON.stringify(o)`, each property's value written by `field` (undefined leaves the property out). */
function objectJson(o: Obj, field: Field<string>): string {
  let s = '';
  for (const k of Object.keys(o)) {
    const v = field(k, o[k]);
    if (v !== undefined) s += `${s === '' ? '' : ','}${JSON.stringify(k)}:${v}`;
  }
  return `{${s}}`;
}

const frameFieldJson = (key: string, value: unknown): string | undefined =>
  key === 'wakeAt' ? undefined : isScript(key, value) ? memoJson(value) : steadyJson(value);
const frameJson = (f: unknown): string | undefined => (isPlainObject(f) ? objectJson(f, frameFieldJson) : steadyJson(f));

function stackJson(frames: unknown): string | undefined {
  if (!isPlainArray(frames)) return steadyJson(frames);
  const parts: string[] = [];
  for (let i = 0; i < frames.length; i++) parts.push(frameJson(frames[i]) ?? 'null');
  return `[${parts.join(',')}]`;
}

const stateFieldJson = (key: string, value: unknown): string | undefined =>
  key === 'wakeAt' ? undefined : key === 'stack' ? stackJson(value) : steadyJson(value);

/** `JSON.stringify(state)` with every property named wakeAt left out, the parsed script's JSON remembered. */
export function steadyStateJson(state: object): string | undefined {
  return isPlainObject(state) ? objectJson(state, stateFieldJson) : steadyJson(state);
}
