import type { Word } from './ast.js';
import { UNKNOWN_VARS, getVar, type ShState } from './shell.js';
import { unsupported, type Unsupported } from './types.js';

/** Value of a parameter, or the list of positional parameters for $@ / $*. */
function param(st: ShState, name: string): string | string[] | Unsupported {
  switch (name) {
    case '?':
      return String(st.status);
    case '$':
      return st.pid === null ? unsupported('"$$" in a process whose pid the model does not know') : String(st.pid);
    case '#':
      return String(st.params.length);
    case '@':
    case '*':
      return st.params;
    case '0':
      return st.arg0;
  }
  if (/^[0-9]+$/.test(name)) return st.params[Number(name) - 1] ?? '';
  const v = getVar(st, name);
  if (v?.value != null) return v.value;
  if (UNKNOWN_VARS.has(name)) return unsupported(`reading $${name} (its value is not modelled)`);
  return '';
}

/** Does the unquoted text (quoted chars are NUL) form a pathname pattern? A `[` needs its `]`. */
function isPattern(p: string): boolean {
  if (/[*?]/.test(p)) return true;
  for (let i = p.indexOf('['); i >= 0; i = p.indexOf('[', i + 1)) {
    let j = i + 1;
    if (p[j] === '!' || p[j] === '^') j++;
    if (p[j] === ']') j++;
    if (p.indexOf(']', j) >= 0) return true;
  }
  return false;
}

/** Word expansion with default-IFS field splitting; pathname expansion is refused. */
export function expandFields(st: ShState, word: Word): string[] | Unsupported {
  const fields: string[] = [];
  let cur = '';
  let pat = '';
  let have = false;
  let glob: string | undefined;
  const brk = (): void => {
    if (have && isPattern(pat)) glob ??= cur;
    if (have) fields.push(cur);
    cur = '';
    pat = '';
    have = false;
  };
  const add = (s: string, quoted: boolean): void => {
    cur += s;
    pat += quoted ? '\0'.repeat(s.length) : s;
  };
  for (const p of word) {
    if (p.k === 'lit') {
      add(p.s, p.q);
      have = true;
      continue;
    }
    const v = param(st, p.name);
    if (typeof v === 'object' && !Array.isArray(v)) return v;
    if (p.q) {
      if (Array.isArray(v)) {
        if (p.name === '*') {
          add(v.join(' '), true);
          have = true;
          continue;
        }
        v.forEach((s, i) => {
          if (i > 0) brk();
          add(s, true);
          have = true;
        });
      } else {
        add(v, true);
        have = true;
      }
      continue;
    }
    const text = Array.isArray(v) ? v.join(' ') : v;
    text.split(/[ \t\n]+/).forEach((piece, i) => {
      if (i > 0) brk();
      add(piece, false);
      if (piece !== '') have = true;
    });
  }
  brk();
  if (glob !== undefined) return unsupported(`pathname expansion of ${JSON.stringify(glob)}`);
  return fields;
}

/** Expansion without field splitting (assignments, redirection targets). */
export function expandString(st: ShState, word: Word): string | Unsupported {
  let s = '';
  for (const p of word) {
    if (p.k === 'lit') {
      s += p.s;
      continue;
    }
    const v = param(st, p.name);
    if (typeof v === 'object' && !Array.isArray(v)) return v;
    s += Array.isArray(v) ? v.join(' ') : v;
  }
  return s;
}
