/**
 * Go's fmt (Go 1.19: fmt/print.go, format.go, and strconv's ftoa.go for the float forms): %v
 * printing of reflect's value model (reflect.ts) and the printf verbs and flags templates and
 * docker's messages use, with Go's %!verb(type=value), %!(MISSING), %!(NOVERB) and %!(EXTRA …)
 * forms. Quoting (%q) is strconv's (strconv.ts).
 */
import { formatFloat as strconvFormatFloat, goQuote, goQuoteRune } from './strconv.js';
import {
  GO_STRING,
  GoFloat,
  GoNil,
  GoPtr,
  type Val,
  kindOf,
  numberValue,
  sortedEntries,
  structFields,
  typeName,
} from './reflect.js';

type Flags = { minus: boolean; plus: boolean; sharp: boolean; space: boolean; zero: boolean };
type Spec = Flags & { width?: number; prec?: number; verb: string; plusV?: boolean };

function stringerOf(v: Val): (() => string) | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const target = v instanceof GoPtr ? v.target : v;
  const f = (target as Record<symbol, unknown>)[GO_STRING];
  return typeof f === 'function' ? () => String((f as () => unknown).call(target)) : undefined;
}

/** Go's shortest float digits: [sign, digit string, decimal exponent of first digit]. */
function shortest(f: number): { neg: boolean; digits: string; exp: number } {
  const s = Math.abs(f).toExponential();
  const [mant = '0', e = '0'] = s.split('e');
  return { neg: f < 0 || Object.is(f, -0), digits: mant.replace('.', ''), exp: Number(e) };
}

function expSuffix(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

function special(f: number): string | undefined {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  return undefined;
}

/** %v for float64 = strconv 'g' with shortest digits; %e form when exponent < -4 or >= 6 (Go's eprec for shortest). */
export function formatFloatV(f: number, upper = false): string {
  const sp = special(f);
  if (sp !== undefined) return sp;
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const { neg, digits, exp } = shortest(f);
  let out: string;
  if (exp < -4 || exp >= 6) {
    out = digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + expSuffix(exp, upper);
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length);
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return (neg ? '-' : '') + out;
}

function floatG(f: number, prec: number | undefined, upper: boolean): string {
  if (prec === undefined) return special(f) ?? formatFloatV(f, upper);
  return strconvFormatFloat(f, upper ? 'G' : 'g', prec);
}

const plainFlags: Flags = { minus: false, plus: false, sharp: false, space: false, zero: false };

/** fmt's %v of one operand (fmt.Sprint(v)). */
export function sprintValue(v: Val): string {
  return formatArg(v, { ...plainFlags, verb: 'v' }, 0);
}

/** fmt.Sprint: spaces only between operands when neither is a string. */
export function sprint(args: Val[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += sprintValue(a);
  });
  return out;
}
export function sprintln(args: Val[]): string {
  return args.map(sprintValue).join(' ') + '\n';
}

function pad(s: string, spec: Spec, numeric = false): string {
  const w = spec.width;
  const len = [...s].length;
  if (w === undefined || len >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - len);
  if (spec.zero && numeric) {
    const sign = s[0] === '-' || s[0] === '+' || s[0] === ' ' ? s[0] : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  return ' '.repeat(w - len) + s;
}

function badVerb(v: Val, spec: Spec): string {
  if (v === null) return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${typeName(v)}=${sprintValue(v)})`;
}

function signed(s: string, neg: boolean, spec: Spec): string {
  return (neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '') + s;
}

function formatInt(v: Val, spec: Spec): string {
  const big = typeof v === 'bigint' ? v : BigInt(Math.trunc(numberValue(v)));
  const neg = big < 0n;
  const abs = neg ? -big : big;
  let digits: string;
  switch (spec.verb) {
    case 'v':
    case 'd':
      digits = abs.toString(10);
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    case 'o':
      digits = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'O':
      digits = '0o' + abs.toString(8);
      break;
    case 'x':
      digits = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      digits = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(abs)), spec);
    case 'q':
      return pad(goQuoteRune(Number(big)), spec);
    case 'U':
      return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec);
    default:
      return badVerb(v, spec);
  }
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, '0');
  return pad(signed(digits, neg, spec), spec, spec.prec === undefined);
}

function formatFloat(f: number, v: Val, spec: Spec): string {
  let s: string;
  switch (spec.verb) {
    case 'v':
    case 'g':
      s = floatG(f, spec.prec, false);
      break;
    case 'G':
      s = floatG(f, spec.prec, true);
      break;
    case 'e':
    case 'E':
      s = strconvFormatFloat(f, spec.verb, spec.prec ?? 6);
      break;
    case 'f':
    case 'F':
      s = strconvFormatFloat(f, 'f', spec.prec ?? 6);
      break;
    default:
      return badVerb(v, spec);
  }
  if (spec.plus && !s.startsWith('-') && !s.startsWith('+')) s = '+' + s;
  else if (spec.space && !s.startsWith('-')) s = ' ' + s;
  return pad(s, spec, true);
}

function formatString(s: string, spec: Spec): string {
  switch (spec.verb) {
    case 'v':
    case 's': {
      const t = spec.prec !== undefined ? [...s].slice(0, spec.prec).join('') : s;
      return pad(t, spec);
    }
    case 'q':
      return pad(goQuote(s), spec);
    case 'x':
    case 'X': {
      const hex = Buffer.from(s, 'utf8').toString('hex');
      return pad(spec.verb === 'X' ? hex.toUpperCase() : hex, spec);
    }
    default:
      return badVerb(s, spec);
  }
}

function formatArg(v: Val, spec: Spec, depth: number): string {
  const stringer = stringerOf(v);
  if (stringer !== undefined && 'vsqxX'.includes(spec.verb)) return formatString(stringer(), spec);
  switch (kindOf(v)) {
    case 'invalid':
      return depth === 0 ? pad('<invalid reflect.Value>', spec) : '<invalid reflect.Value>';
    case 'interface':
      return spec.verb === 'v' ? pad('<nil>', spec) : depth === 0 ? `%!${spec.verb}(<nil>)` : '<nil>';
    case 'bool':
      return spec.verb === 'v' || spec.verb === 't' ? pad(String(v), spec) : badVerb(v, spec);
    case 'int':
      return formatInt(v, spec);
    case 'float':
      return formatFloat(numberValue(v), v, spec);
    case 'string':
      return formatString(v as string, spec);
    case 'func':
      return badVerb(v, spec);
    default:
      break;
  }
  if (v instanceof GoNil) {
    if (v.kind === 'slice') return pad('[]', spec);
    if (v.kind === 'map') return pad('map[]', spec);
    return pad('<nil>', spec);
  }
  if (v instanceof GoPtr) {
    // fmt prints &{...} only at the top level; nested pointers are bare addresses (nondeterministic in Go).
    if (depth === 0) return '&' + formatArg(v.target, spec, depth + 1);
    return '0xc000010000';
  }
  const sub = spec.verb === 'v' && spec.plus ? { ...spec, plus: false, plusV: true } : spec;
  if (Array.isArray(v)) return '[' + v.map((e) => formatArg(e, sub, depth + 1)).join(' ') + ']';
  if (v instanceof Map) {
    const parts = sortedEntries(v).map(([k, e]) => formatArg(k, sub, depth + 1) + ':' + formatArg(e, sub, depth + 1));
    return 'map[' + parts.join(' ') + ']';
  }
  // %+v names struct fields; the + is not a sign flag for the values inside (Go's plusV).
  const named = sub.plusV === true;
  const fields = structFields(v as object).map(([name, f]) => (named ? name + ':' : '') + formatArg(f, sub, depth + 1));
  return '{' + fields.join(' ') + '}';
}

/** fmt.Sprintf for the verbs/flags above; unknown verbs yield Go's %!x(type=value) forms. */
export function sprintf(format: string, args: Val[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      const next = format.indexOf('%', i);
      const end = next < 0 ? format.length : next;
      out += format.slice(i, end);
      i = end;
      continue;
    }
    i++;
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const spec: Spec = { ...plainFlags, verb: '' };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = !spec.minus;
      else break;
    }
    const num = (): number | undefined => {
      if (format[i] === '*') {
        i++;
        const a = args[argi++];
        return typeof a === 'number' ? a : undefined;
      }
      const m = /^\d+/.exec(format.slice(i));
      if (m === null) return undefined;
      i += m[0].length;
      return Number(m[0]);
    };
    const w = num();
    if (w !== undefined) spec.width = w;
    if (format[i] === '.') {
      i++;
      spec.prec = num() ?? 0;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0x25);
    i += verb.length;
    spec.verb = verb;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[argi++];
    out += formatArg(a, spec, 0);
  }
  if (argi < args.length) {
    out +=
      '%!(EXTRA ' +
      args
        .slice(argi)
        .map((a) => (a === null ? '<nil>' : `${typeName(a)}=${sprintValue(a)}`))
        .join(', ') +
      ')';
  }
  return out;
}

export function isFloatValue(v: Val): boolean {
  return v instanceof GoFloat || (typeof v === 'number' && !Number.isInteger(v));
}
