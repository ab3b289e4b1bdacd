import { literal, type AndOr, type Assign, type Command, type List, type Pipeline, type Redir, type Simple, type While, type Word } from './ast.js';
import { lex, type Tok } from './lexer.js';
import { unsupported, type Unsupported } from './types.js';

/** Reserved words outside the subset (ash would parse them; the model refuses). */
const REFUSED_WORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'until', 'case', 'esac', 'in', 'function', 'select', '{', '}']);

class Refused {
  constructor(readonly u: Unsupported) {}
}

/** Parses a whole script up front. Syntax errors are refused too: ash would run the commands before them. */
export function parse(src: string, baseLine = 0): List | Unsupported {
  const toks = lex(src, baseLine);
  if (!Array.isArray(toks)) return toks;
  let pos = 0;
  const refuse = (what: string): never => {
    throw new Refused(unsupported(`shell syntax ${what} in: ${src}`));
  };
  const peek = (): Tok | undefined => toks[pos];
  const reserved = (t: Tok | undefined): string | undefined => {
    if (t?.t !== 'word' || t.parts.length !== 1) return undefined;
    const p = t.parts[0];
    return p?.k === 'lit' && !p.q ? p.s : undefined;
  };
  const describe = (t: Tok | undefined): string =>
    t === undefined ? 'end of file' : t.t === 'op' ? `"${t.op}"` : t.t === 'nl' ? 'newline' : t.t === 'redir' ? 'redirection' : `"${reserved(t) ?? 'word'}"`;

  const list = (terminators: ReadonlySet<string>): List => {
    const items: AndOr[] = [];
    for (;;) {
      while (peek()?.t === 'nl') pos++;
      const t = peek();
      if (t === undefined || terminators.has(reserved(t) ?? '')) return items;
      items.push(andOr(terminators));
      const n = peek();
      if (n?.t === 'op' && n.op === ';') pos++;
      else if (n !== undefined && n.t !== 'nl' && !terminators.has(reserved(n) ?? '')) refuse(`error: unexpected ${describe(n)}`);
    }
  };

  const andOr = (terminators: ReadonlySet<string>): AndOr => {
    const first = pipeline(terminators);
    const rest: { op: '&&' | '||'; p: Pipeline }[] = [];
    for (let t = peek(); t?.t === 'op' && t.op !== ';'; t = peek()) {
      pos++;
      while (peek()?.t === 'nl') pos++;
      rest.push({ op: t.op, p: pipeline(terminators) });
    }
    return { first, rest };
  };

  const pipeline = (terminators: ReadonlySet<string>): Pipeline => {
    let neg = false;
    if (reserved(peek()) === '!') {
      pos++;
      neg = true;
      if (reserved(peek()) === '!') refuse('"! !"');
    }
    return { neg, cmd: command(terminators) };
  };

  const command = (terminators: ReadonlySet<string>): Command => {
    const t = peek();
    const r = reserved(t);
    if (r === 'while') return whileLoop();
    if (r !== undefined && (REFUSED_WORDS.has(r) || r === 'do' || r === 'done' || terminators.has(r))) refuse(`"${r}"`);
    if (t === undefined || t.t === 'op' || t.t === 'nl') refuse(`error: unexpected ${describe(t)}`);
    return simple();
  };

  const simple = (): Simple => {
    const line = (peek() as Tok).line;
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    for (let t = peek(); t !== undefined && (t.t === 'word' || t.t === 'redir'); t = peek()) {
      pos++;
      if (t.t === 'redir') {
        const target = peek();
        if (target?.t !== 'word') refuse(`error: unexpected ${describe(target)}`);
        pos++;
        redirs.push({ fd: t.fd, op: t.op, target: (target as { parts: Word }).parts });
        continue;
      }
      const head = t.parts[0];
      const m = words.length === 0 && head?.k === 'lit' && !head.q ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head.s) : null;
      if (m !== null && head?.k === 'lit') {
        const name = m[1] as string;
        const restHead = head.s.slice(m[0].length);
        const value: Word = [...(restHead === '' ? [] : [{ k: 'lit' as const, s: restHead, q: false }]), ...t.parts.slice(1)];
        assigns.push({ name, value });
      } else words.push(t.parts);
    }
    return { k: 'simple', line, assigns, words, redirs };
  };

  const whileLoop = (): While => {
    const line = (peek() as Tok).line;
    pos++;
    const cond = list(new Set(['do']));
    if (reserved(peek()) !== 'do') refuse(`error: unexpected ${describe(peek())} (expecting "do")`);
    pos++;
    const body = list(new Set(['done']));
    if (reserved(peek()) !== 'done') refuse(`error: unexpected ${describe(peek())} (expecting "done")`);
    pos++;
    if (peek()?.t === 'redir') refuse('redirection of a loop');
    if (!isInfiniteCondition(cond)) refuse('"while" loop other than `while :` / `while true`');
    if (!sleeps(body)) refuse('"while" loop whose body does not sleep');
    return { k: 'while', line, cond, body };
  };

  try {
    const script = list(new Set());
    if (pos < toks.length) refuse(`error: unexpected ${describe(peek())}`);
    return script;
  } catch (e) {
    if (e instanceof Refused) return e.u;
    throw e;
  }
}

function isInfiniteCondition(cond: List): boolean {
  const only = cond.length === 1 ? cond[0] : undefined;
  if (only === undefined || only.rest.length > 0 || only.first.neg || only.first.cmd.k !== 'simple') return false;
  const c = only.first.cmd;
  const w = c.words.length === 1 && c.words[0] !== undefined ? literal(c.words[0]) : undefined;
  return c.assigns.length === 0 && c.redirs.length === 0 && (w === ':' || w === 'true');
}

/** the body runs a `sleep` somewhere (the runner also refuses an iteration that did not block) */
function sleeps(body: List): boolean {
  const cmds = body.flatMap((a) => [a.first, ...a.rest.map((r) => r.p)]).map((p) => p.cmd);
  return cmds.some((c) => (c.k === 'while' ? sleeps(c.body) : c.words[0] !== undefined && literal(c.words[0]) === 'sleep'));
}
