import type { WordPart } from './ast.js';
import { unsupported, type Unsupported } from './types.js';

export type Tok =
  | { readonly t: 'word'; readonly parts: readonly WordPart[]; readonly line: number }
  | { readonly t: 'op'; readonly op: ';' | '&&' | '||'; readonly line: number }
  | { readonly t: 'redir'; readonly fd: number; readonly op: '>' | '>>' | '<' | '>&'; readonly line: number }
  | { readonly t: 'nl'; readonly line: number };

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

class Refused {
  constructor(readonly u: Unsupported) {}
}

/**
 * Tokenises an ash script, refusing (as data) every construct outside the modelled subset.
 * `line` counts newlines from `baseLine` (0 for `sh -c`; ash reports `line 0` for the first line).
 */
export function lex(src: string, baseLine: number): Tok[] | Unsupported {
  const refuse = (what: string): never => {
    throw new Refused(unsupported(`shell syntax ${what} in: ${src}`));
  };
  const toks: Tok[] = [];
  let i = 0;
  let line = baseLine;

  const expansion = (q: boolean, parts: WordPart[]): void => {
    // at src[i] === '$'
    const n = src[i + 1] ?? '';
    if (n === '{') {
      const end = src.indexOf('}', i + 2);
      if (end < 0) refuse('"${" without "}"');
      const body = src.slice(i + 2, end);
      if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*])$/.test(body)) refuse(`"\${${body}}"`);
      parts.push({ k: 'param', name: body, q });
      i = end + 1;
    } else if (n === '(') refuse(src[i + 2] === '(' ? '"$((" (arithmetic)' : '"$(" (command substitution)');
    else if (/[A-Za-z_]/.test(n)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))?.[0] ?? n;
      parts.push({ k: 'param', name: m, q });
      i += 1 + m.length;
    } else if (/[0-9?$#@*]/.test(n)) {
      parts.push({ k: 'param', name: n, q });
      i += 2;
    } else if (n === '!' || n === '-') refuse(`"$${n}"`);
    else if (!q && (n === "'" || n === '"')) refuse(`"$${n}" quoting`);
    else {
      parts.push({ k: 'lit', s: '$', q });
      i++;
    }
  };

  const word = (): WordPart[] => {
    const parts: WordPart[] = [];
    const lit = (s: string, q: boolean): void => {
      const last = parts[parts.length - 1];
      if (last !== undefined && last.k === 'lit' && last.q === q) parts[parts.length - 1] = { k: 'lit', s: last.s + s, q };
      else parts.push({ k: 'lit', s, q });
    };
    let glob = false;
    while (i < src.length && !META.has(src[i] as string)) {
      const c = src[i] as string;
      if (c === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) refuse('"\'" (unterminated quoted string)');
        const s = src.slice(i + 1, end);
        line += s.split('\n').length - 1;
        lit(s, true);
        i = end + 1;
      } else if (c === '"') {
        i++;
        lit('', true);
        for (;;) {
          if (i >= src.length) refuse('\'"\' (unterminated quoted string)');
          const d = src[i] as string;
          if (d === '"') break;
          if (d === '`') refuse('"`" (command substitution)');
          if (d === '$') {
            expansion(true, parts);
            continue;
          }
          if (d === '\\' && i + 1 < src.length && '$`"\\\n'.includes(src[i + 1] as string)) {
            if (src[i + 1] === '\n') line++;
            else lit(src[i + 1] as string, true);
            i += 2;
            continue;
          }
          if (d === '\n') line++;
          lit(d, true);
          i++;
        }
        i++;
      } else if (c === '\\') {
        if (i + 1 >= src.length) refuse('"\\" at the end of the script');
        if (src[i + 1] === '\n') line++;
        else lit(src[i + 1] as string, true);
        i += 2;
      } else if (c === '$') expansion(false, parts);
      else if (c === '`') refuse('"`" (command substitution)');
      else if (c === '~' && parts.length === 0) refuse('"~" (tilde expansion)');
      else {
        // `[` only forms a pattern with a closing `]`: decided after expansion
        if (c === '*' || c === '?') glob = true;
        lit(c, false);
        i++;
      }
    }
    if (glob) refuse('"*?" (pathname expansion)');
    return parts;
  };

  const redirect = (fd: number | undefined): void => {
    const c = src[i] as string;
    const two = src.slice(i, i + 2);
    if (c === '<') {
      if (two === '<<') refuse('"<<" (here-document)');
      if (two === '<&' || two === '<>') refuse(`"${two}"`);
      toks.push({ t: 'redir', fd: fd ?? 0, op: '<', line });
      i++;
      return;
    }
    if (two === '>|') refuse('">|"');
    const op = two === '>>' ? '>>' : two === '>&' ? '>&' : '>';
    toks.push({ t: 'redir', fd: fd ?? 1, op, line });
    i += op.length;
  };

  try {
    while (i < src.length) {
      const c = src[i] as string;
      if (c === ' ' || c === '\t') i++;
      else if (c === '\\' && src[i + 1] === '\n') {
        i += 2;
        line++;
      } else if (c === '\n') {
        toks.push({ t: 'nl', line });
        line++;
        i++;
      } else if (c === '#') {
        while (i < src.length && src[i] !== '\n') i++;
      } else if (c === ';') {
        if (src[i + 1] === ';') refuse('";;"');
        toks.push({ t: 'op', op: ';', line });
        i++;
      } else if (c === '&') {
        if (src[i + 1] !== '&') refuse('"&" (background)');
        toks.push({ t: 'op', op: '&&', line });
        i += 2;
      } else if (c === '|') {
        if (src[i + 1] !== '|') refuse('"|" (pipeline)');
        toks.push({ t: 'op', op: '||', line });
        i += 2;
      } else if (c === '(' || c === ')') refuse(`"${c}" (subshell or function)`);
      else if (c === '<' || c === '>') redirect(undefined);
      else {
        const start = line;
        const parts = word();
        const digits = parts.length === 1 && parts[0]?.k === 'lit' && !parts[0].q && /^[0-9]$/.test(parts[0].s);
        const manyDigits = parts.length === 1 && parts[0]?.k === 'lit' && !parts[0].q && /^[0-9]{2,}$/.test(parts[0].s);
        if (manyDigits && (src[i] === '<' || src[i] === '>')) refuse('multi-digit file descriptor');
        if (digits && (src[i] === '<' || src[i] === '>')) redirect(Number((parts[0] as { s: string }).s));
        else toks.push({ t: 'word', parts, line: start });
      }
    }
  } catch (e) {
    if (e instanceof Refused) return e.u;
    throw e;
  }
  return toks;
}
