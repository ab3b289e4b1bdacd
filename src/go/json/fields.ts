/**
 * Go 1.19 encoding/json's struct fields: encode.go's typeFields (breadth first, embedded structs'
 * fields promoted, dominantField's rules for hidden names) and fold.go's case-insensitive match of a
 * key against a field name.
 */
import type { GoField, StructType } from './types.js';
import { decodeRune, goString } from '../utf8.js';

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

export interface FieldInfo {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly tagged: boolean;
  readonly index: readonly number[];
  /** the embedded fields walked through, then the field itself */
  readonly path: readonly GoField[];
  readonly fold: Fold;
}

export interface StructFields {
  readonly list: readonly FieldInfo[];
  readonly byName: ReadonlyMap<string, FieldInfo>;
}

const fieldCache = new WeakMap<StructType, StructFields>();

function compareIndex(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

/** Go's typeFields: breadth first, then Go's rules for hidden fields (dominantField). */
export function typeFields(t: StructType): StructFields {
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
