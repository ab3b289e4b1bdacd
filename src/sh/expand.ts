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

const GLOB = /[*?[]/;

/** Word expansion with default-IFS field splitting; pathname expansion is refused. */
export function expandFields(st: ShState, word: Word): string[] | Unsupported {
  const fields: string[] = [];
  let cur = '';
  let have = false;
  const brk = (): void => {
    if (have) fields.push(cur);
    cur = '';
    have = false;
  };
  for (const p of word) {
    if (p.k === 'lit') {
      cur += p.s;
      have = true;
      continue;
    }
    const v = param(st, p.name);
    if (typeof v === 'object' && !Array.isArray(v)) return v;
    if (p.q) {
      if (Array.isArray(v)) {
        if (p.name === '*') {
          cur += v.join(' ');
          have = true;
          continue;
        }
        v.forEach((s, i) => {
          if (i > 0) brk();
          cur += s;
          have = true;
        });
      } else {
        cur += v;
        have = true;
      }
      continue;
    }
    const text = Array.isArray(v) ? v.join(' ') : v;
    if (GLOB.test(text)) return unsupported(`pathname expansion of the value of $${p.name}`);
    text.split(/[ \t\n]+/).forEach((piece, i) => {
      if (i > 0) brk();
      cur += piece;
      if (piece !== '') have = true;
    });
  }
  brk();
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
