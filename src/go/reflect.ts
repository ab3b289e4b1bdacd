/**
 * Go values as reflect shows them (Go 1.19 reflect: Kind, Type.String, Zero, Indirect, and
 * internal/fmtsort's key order), the model that fmt, text/template and encoding/json's Marshal in
 * src/go read values through.
 *
 * Callers pass plain JS values that mirror the Go values (docker/cli hands these to text/template):
 *   - string -> string; boolean -> bool; bigint -> int64
 *   - number -> int when Number.isInteger, else float64; wrap with goFloat(n) for an integral float64
 *   - plain object -> struct (fields in key order); a function-valued field is a method
 *   - Map -> Go map (printed with sorted keys); tag with goMap(type, entries) for typed maps
 *   - Array -> slice
 *   - null -> nil interface{}; undefined is treated as an absent field
 *   - goNil(kind) -> typed nil: 'slice' prints [] / json null, 'map' prints map[] / json null,
 *     'ptr' prints <nil> / json null, 'interface' prints <nil>
 *   - goPtr(struct) -> pointer to a struct (fmt prints &{...} at top level, an address when nested)
 * Optional symbol-keyed metadata (never visible as fields):
 *   GO_TYPE on objects/arrays/Maps: the Go type name used in error messages ('*formatter.ContainerContext',
 *     'map[string]string', '[]string'); for maps and slices it also decides the element type
 *     (zero value of `index` on a missing key, static type in errors). Untyped Map = map[string]interface {},
 *     untyped Array = []interface {} (the shape docker inspect's raw JSON fallback produces).
 *   GO_JSON on structs: per-field encoding/json options {name?, omitEmpty?, skip?}.
 *   GO_STRING on objects: a String() method (fmt.Stringer), used when printing.
 *   GO_MARSHAL_JSON on objects: returns the value to encode instead (json.Marshaler stand-in).
 *   GO_METHODS on objects/Maps: methods reachable as {{.Name args}} (e.g. SubHeaderContext.Label).
 */

export const GO_TYPE = Symbol.for('strata.template.goType');
export const GO_JSON = Symbol.for('strata.template.goJson');
export const GO_STRING = Symbol.for('strata.template.goString');
export const GO_MARSHAL_JSON = Symbol.for('strata.template.goMarshalJSON');
export const GO_METHODS = Symbol.for('strata.template.goMethods');

export type NilKind = 'slice' | 'map' | 'ptr' | 'interface';
export type JsonFieldSpec = { name?: string; omitEmpty?: boolean; skip?: boolean };
export type GoMethod = (...args: unknown[]) => unknown;

export class GoNil {
  constructor(
    readonly kind: NilKind,
    readonly type?: string,
  ) {}
}
export class GoFloat {
  constructor(readonly value: number) {}
}
/**
 * The bytes a MarshalJSON returned (what GO_MARSHAL_JSON may answer): encoding/json writes them as
 * they are (its compact), escaping `<`, `>`, `&` when the encoder escapes HTML.
 */
export class GoRawJson {
  constructor(readonly json: string) {}
}
export class GoPtr {
  constructor(readonly target: object) {}
}

export function goNil(kind: NilKind, type?: string): GoNil {
  return type === undefined ? new GoNil(kind) : new GoNil(kind, type);
}
export function goFloat(value: number): GoFloat {
  return new GoFloat(value);
}
export function goPtr(target: object): GoPtr {
  return new GoPtr(target);
}
export function goMap<V>(type: string, entries: Iterable<readonly [string | number, V]>): Map<string | number, V> {
  const m = new Map<string | number, V>(entries);
  (m as unknown as Record<symbol, string>)[GO_TYPE] = type;
  return m;
}
export function goSlice<T>(type: string, items: T[]): T[] {
  (items as unknown as Record<symbol, string>)[GO_TYPE] = type;
  return items;
}
/** Tag a struct with its Go type name and, optionally, encoding/json field options. */
export function goStruct<T extends object>(type: string, fields: T, json?: Record<string, JsonFieldSpec>): T {
  const o = fields as unknown as Record<symbol, unknown>;
  o[GO_TYPE] = type;
  if (json !== undefined) o[GO_JSON] = json;
  return fields;
}

/** reflect.Value{} — the invalid value ("<no value>"). */
export const NO_VALUE: unique symbol = Symbol('no value');
export type Val = unknown;

export type Kind =
  | 'invalid'
  | 'string'
  | 'bool'
  | 'int'
  | 'float'
  | 'slice'
  | 'map'
  | 'struct'
  | 'ptr'
  | 'interface'
  | 'func';

export function kindOf(v: Val): Kind {
  if (v === NO_VALUE || v === undefined) return 'invalid';
  if (v === null) return 'interface';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'function') return 'func';
  if (v instanceof GoFloat) return 'float';
  if (v instanceof GoNil) return v.kind;
  if (v instanceof GoPtr) return 'ptr';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Map) return 'map';
  return 'struct';
}

function tagged(v: object): string | undefined {
  const t = (v as Record<symbol, unknown>)[GO_TYPE];
  return typeof t === 'string' ? t : undefined;
}

export function typeName(v: Val): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<invalid reflect.Value>';
    case 'interface':
      return v instanceof GoNil && v.type !== undefined ? v.type : 'interface {}';
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return typeof v === 'bigint' ? 'int64' : 'int';
    case 'float':
      return 'float64';
    case 'func':
      return 'func(...interface {}) interface {}';
    default:
      break;
  }
  if (v instanceof GoNil) {
    if (v.type !== undefined) return v.type;
    return v.kind === 'slice' ? '[]interface {}' : v.kind === 'map' ? 'map[string]interface {}' : '*struct {}';
  }
  if (v instanceof GoPtr) {
    const inner = typeName(v.target);
    return inner.startsWith('*') ? inner : '*' + inner;
  }
  const t = tagged(v as object);
  if (t !== undefined) return t;
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof Map) return 'map[string]interface {}';
  return 'struct {}';
}

/** Element type of a map or slice type name: "map[string]string" -> "string", "[]string" -> "string". */
export function elemTypeName(typ: string): string {
  if (typ.startsWith('[]')) return typ.slice(2);
  if (typ.startsWith('map[')) {
    let depth = 0;
    for (let i = 3; i < typ.length; i++) {
      if (typ[i] === '[') depth++;
      else if (typ[i] === ']' && --depth === 0) return typ.slice(i + 1);
    }
  }
  return 'interface {}';
}
export function mapKeyTypeName(typ: string): string {
  const elem = elemTypeName(typ);
  return typ.startsWith('map[') ? typ.slice(4, typ.length - elem.length - 1) : 'string';
}

/** reflect.Zero for a type name (best effort over the names docker uses). */
export function zeroOf(typ: string): Val {
  if (typ === 'string') return '';
  if (typ === 'bool') return false;
  if (/^u?int(8|16|32|64)?$/.test(typ) || typ === 'uintptr' || typ === 'rune' || typ === 'byte') return 0;
  if (typ === 'float64' || typ === 'float32') return new GoFloat(0);
  if (typ.startsWith('[]')) return new GoNil('slice', typ);
  if (typ.startsWith('map[')) return new GoNil('map', typ);
  if (typ.startsWith('*')) return new GoNil('ptr', typ);
  if (typ === 'interface {}' || typ === 'any') return null;
  return new GoNil('interface', typ);
}

/** Static type of values stored in a container (used for "interface {}" in error texts). */
export function containerElemType(container: Val): string {
  return elemTypeName(typeName(container));
}

export function methodOf(v: Val, name: string): GoMethod | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const target = v instanceof GoPtr ? v.target : v;
  const methods = (target as Record<symbol, unknown>)[GO_METHODS];
  if (methods !== null && typeof methods === 'object') {
    const m = (methods as Record<string, unknown>)[name];
    if (typeof m === 'function') return m as GoMethod;
  }
  if (kindOf(target) === 'struct' && Object.hasOwn(target, name)) {
    const f = (target as Record<string, unknown>)[name];
    if (typeof f === 'function') return f as GoMethod;
  }
  return undefined;
}

export function isNilValue(v: Val): boolean {
  return v === null || v instanceof GoNil;
}

/** Strips GoPtr wrappers; reports nil when a nil pointer/interface is reached (reflect indirect). */
export function indirect(v: Val): { v: Val; isNil: boolean } {
  let cur = v;
  while (cur instanceof GoPtr) cur = cur.target;
  if (cur instanceof GoNil && (cur.kind === 'ptr' || cur.kind === 'interface')) return { v: cur, isNil: true };
  if (cur === null) return { v: cur, isNil: true };
  return { v: cur, isNil: false };
}

export function numberValue(v: Val): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof GoFloat) return v.value;
  return NaN;
}

export function lengthOf(v: Val): number {
  if (typeof v === 'string') return Buffer.byteLength(v, 'utf8');
  if (Array.isArray(v)) return v.length;
  if (v instanceof Map) return v.size;
  return 0;
}

/** Go ordering of map keys (fmtsort): numbers numerically, strings bytewise. */
export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return Buffer.compare(Buffer.from(sa, 'utf8'), Buffer.from(sb, 'utf8'));
}

export function sortedEntries(m: Map<unknown, unknown>): Array<[unknown, unknown]> {
  return [...m.entries()].sort((x, y) => compareKeys(x[0], y[0]));
}

export function structFields(v: object): Array<[string, unknown]> {
  return Object.entries(v).filter(([, f]) => typeof f !== 'function' && f !== undefined);
}
