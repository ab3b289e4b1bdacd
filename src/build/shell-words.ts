/**
 * Word expansion of the classic builder: moby 20.10's vendored buildkit `frontend/dockerfile/shell`
 * lexer (ProcessWord / ProcessWords). It removes quotes and escapes and substitutes `$VAR`, `${VAR}`,
 * `${VAR:-w}`, `${VAR:+w}`, `${VAR?w}`, `${VAR:?w}`; every other `${…}` form is refused with the
 * lexer's own error (`${VAR-w}` is "missing ':' in substitution" in this version, as the engine says).
 * Errors are wrapped as the engine wraps them: word_process, the word and the lexer's error.
 */
import { type DockerError, raise, Raised } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { isGoDigit, isGoLetter, isGoSpace } from '../go/unicode.js';

export type EscapeToken = '\\' | '`';

export type Expansion<T> = Result<T, DockerError>;

/** Lex.ProcessWord: the word with quotes, escapes and variables processed, inner spaces kept. */
export function expandWord(word: string, env: readonly string[], escape: EscapeToken = '\\'): Expansion<string> {
  const r = process(word, env, escape);
  return r.ok ? { ok: true, value: r.word } : r;
}

/** Lex.ProcessWords: the same, split into words on unquoted spaces (after substitution). */
export function expandWords(word: string, env: readonly string[], escape: EscapeToken = '\\'): Expansion<string[]> {
  const r = process(word, env, escape);
  return r.ok ? { ok: true, value: r.words } : r;
}

type Processed = { ok: true; word: string; words: string[] } | { ok: false; error: DockerError };

function process(source: string, env: readonly string[], escape: EscapeToken): Processed {
  try {
    const sw = new ShellWord(source, buildEnvs(env), escape);
    const { word, words } = sw.processStopOn(EOF);
    return { ok: true, word, words };
  } catch (e) {
    if (e instanceof Raised) return { ok: false, error: { code: 'word_process', word: source, cause: e.error } };
    throw e;
  }
}

/** shell.BuildEnvs: `K=V` strings to a map, a later key overwriting an earlier one; `K` alone is set and empty. */
function buildEnvs(env: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of env) {
    const i = e.indexOf('=');
    if (i < 0) m.set(e, '');
    else m.set(e.slice(0, i), e.slice(i + 1));
  }
  return m;
}

const EOF = '';

/** wordsStruct: the word being built and the finished words of ProcessWords. */
class Words {
  word = '';
  words: string[] = [];
  inWord = false;

  addChar(ch: string): void {
    if (isGoSpace(ch) && this.inWord) {
      if (this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else if (!isGoSpace(ch)) {
      this.addRawChar(ch);
    }
  }

  addRawChar(ch: string): void {
    this.word += ch;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  addRawString(s: string): void {
    this.word += s;
    this.inWord = true;
  }

  getWords(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

/** shellWord over text/scanner's Peek/Next (runes; a leading BOM is skipped as the scanner does). */
class ShellWord {
  private readonly chars: string[];
  private pos = 0;

  constructor(
    source: string,
    private readonly envs: ReadonlyMap<string, string>,
    private readonly escapeToken: EscapeToken,
  ) {
    this.chars = Array.from(source);
    if (this.chars[0] === '\uFEFF') this.pos = 1;
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }

  private next(): string {
    const ch = this.peek();
    if (ch !== EOF) this.pos++;
    return ch;
  }

  /** Up to the end of the word or to stopChar (consumed); reaching the end first is an error when stopChar is set. */
  processStopOn(stopChar: typeof EOF | '}'): { word: string; words: string[] } {
    let result = '';
    const words = new Words();
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (stopChar !== EOF && ch === stopChar) {
        this.next();
        return { word: result, words: words.getWords() };
      }
      if (ch === "'" || ch === '"' || ch === '$') {
        const tmp = ch === "'" ? this.processSingleQuote() : ch === '"' ? this.processDoubleQuote() : this.processDollar();
        result += tmp;
        // substituted text is split on spaces; quoted text stays one word
        if (ch === '$') words.addString(tmp);
        else words.addRawString(tmp);
        continue;
      }
      let c = this.next();
      if (c === this.escapeToken) {
        // the escape token escapes the next character; at the end of the word it is dropped
        c = this.next();
        if (c === EOF) break;
        words.addRawChar(c);
      } else {
        words.addChar(c);
      }
      result += c;
    }
    if (stopChar !== EOF) raise({ code: 'lex_eof', looking: '}' });
    return { word: result, words: words.getWords() };
  }

  /** '…': everything literal; there is no escaping a single quote. */
  private processSingleQuote(): string {
    let result = '';
    this.next();
    for (;;) {
      const ch = this.next();
      if (ch === EOF) raise({ code: 'lex_eof', looking: 'single-quote' });
      if (ch === "'") return result;
      result += ch;
    }
  }

  /** "…": `$` substitutes; the escape token escapes only `"`, `$` and itself, otherwise it stays. */
  private processDoubleQuote(): string {
    let result = '';
    this.next();
    for (;;) {
      const p = this.peek();
      if (p === EOF) raise({ code: 'lex_eof', looking: 'double-quote' });
      if (p === '"') {
        this.next();
        return result;
      }
      if (p === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escapeToken) {
        const q = this.peek();
        if (q === EOF) continue; // an escape at the end of the word is dropped
        if (q === '"' || q === '$' || q === this.escapeToken) ch = this.next();
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      return this.envs.get(name) ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) raise({ code: 'lex_missing_brace' });
    if (first === '{' || first === '}' || first === ':') raise({ code: 'lex_bad_substitution' });
    const name = this.processName();
    const ch = this.next();
    const value = this.envs.get(name);
    switch (ch) {
      case '}':
        return value ?? '';
      case '?': {
        const word = this.substitutionWord();
        if (value === undefined) raise({ code: 'lex_required', name, word, problem: 'unset' });
        return value;
      }
      case ':': {
        const modifier = this.next();
        const word = this.substitutionWord();
        const v = value ?? '';
        switch (modifier) {
          case '+':
            return v !== '' ? word : v;
          case '-':
            return v === '' ? word : v;
          case '?':
            if (value === undefined) raise({ code: 'lex_required', name, word, problem: 'unset' });
            if (v === '') raise({ code: 'lex_required', name, word, problem: 'empty' });
            return v;
          default:
            return raise({ code: 'lex_modifier', modifier });
        }
      }
      default:
        return raise({ code: 'lex_missing_colon' });
    }
  }

  /** The word of `${name<op>word}`, itself expanded; any error at the end of the input reads as a missing '}'. */
  private substitutionWord(): string {
    try {
      return this.processStopOn('}').word;
    } catch (e) {
      if (e instanceof Raised && this.peek() === EOF) raise({ code: 'lex_missing_brace' });
      throw e;
    }
  }

  /** A name of letters, digits and `_`; or a run of digits; or one special parameter (`$@`, `$#`, …). */
  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name === '' && isGoDigit(ch)) {
        while (this.peek() !== EOF && isGoDigit(this.peek())) name += this.next();
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) return this.next();
      if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }
}

const SPECIAL_PARAMS: ReadonlySet<string> = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
