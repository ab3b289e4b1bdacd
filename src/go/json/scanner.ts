/**
 * Go 1.19 encoding/json's scanner (scanner.go: the state machine, its syntax errors and their
 * quoting of the offending byte) and stream.go's Decoder.readValue (where the first value ends, and
 * the EOF errors of a stream).
 */
import { goQuote } from '../strconv.js';

export const SCAN_CONTINUE = 0;
const SCAN_BEGIN_LITERAL = 1;
const SCAN_BEGIN_OBJECT = 2;
const SCAN_OBJECT_KEY = 3;
const SCAN_OBJECT_VALUE = 4;
export const SCAN_END_OBJECT = 5;
const SCAN_BEGIN_ARRAY = 6;
const SCAN_ARRAY_VALUE = 7;
export const SCAN_END_ARRAY = 8;
export const SCAN_SKIP_SPACE = 9;
const SCAN_END = 10;
export const SCAN_ERROR = 11;

const PARSE_OBJECT_KEY = 0;
const PARSE_OBJECT_VALUE = 1;
const PARSE_ARRAY_VALUE = 2;

const MAX_NESTING_DEPTH = 10000;

type Step = (s: Scanner, c: number) => number;

export class Scanner {
  step: Step = stateBeginValue;
  endTop = false;
  parseState: number[] = [];
  err: string | null = null;

  eof(): number {
    if (this.err !== null) return SCAN_ERROR;
    if (this.endTop) return SCAN_END;
    this.step(this, 0x20);
    if (this.endTop) return SCAN_END;
    this.err ??= 'unexpected end of JSON input';
    return SCAN_ERROR;
  }

  push(c: number, state: number, success: number): number {
    this.parseState.push(state);
    return this.parseState.length <= MAX_NESTING_DEPTH ? success : this.error(c, 'exceeded max depth');
  }

  pop(): void {
    this.parseState.pop();
    if (this.parseState.length === 0) {
      this.step = stateEndTop;
      this.endTop = true;
    } else this.step = stateEndValue;
  }

  error(c: number, context: string): number {
    this.step = stateError;
    this.err = `invalid character ${quoteChar(c)} ${context}`;
    return SCAN_ERROR;
  }
}

export const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
export const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** scanner.go quoteChar: strconv.Quote of the byte taken as a rune (0xC3 shows as 'Ã'), between single quotes. */
function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  return `'${goQuote(String.fromCharCode(c)).slice(1, -1)}'`;
}

function stateBeginValueOrEmpty(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  if (c === 0x5d) return stateEndValue(s, c);
  return stateBeginValue(s, c);
}

function stateBeginValue(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  switch (c) {
    case 0x7b: // {
      s.step = stateBeginStringOrEmpty;
      return s.push(c, PARSE_OBJECT_KEY, SCAN_BEGIN_OBJECT);
    case 0x5b: // [
      s.step = stateBeginValueOrEmpty;
      return s.push(c, PARSE_ARRAY_VALUE, SCAN_BEGIN_ARRAY);
    case 0x22:
      s.step = stateInString;
      return SCAN_BEGIN_LITERAL;
    case 0x2d: // -
      s.step = stateNeg;
      return SCAN_BEGIN_LITERAL;
    case 0x30:
      s.step = state0;
      return SCAN_BEGIN_LITERAL;
    case 0x74: // t
      s.step = stateT;
      return SCAN_BEGIN_LITERAL;
    case 0x66: // f
      s.step = stateF;
      return SCAN_BEGIN_LITERAL;
    case 0x6e: // n
      s.step = stateN;
      return SCAN_BEGIN_LITERAL;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = state1;
    return SCAN_BEGIN_LITERAL;
  }
  return s.error(c, 'looking for beginning of value');
}

function stateBeginStringOrEmpty(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  if (c === 0x7d) {
    s.parseState[s.parseState.length - 1] = PARSE_OBJECT_VALUE;
    return stateEndValue(s, c);
  }
  return stateBeginString(s, c);
}

function stateBeginString(s: Scanner, c: number): number {
  if (isSpace(c)) return SCAN_SKIP_SPACE;
  if (c === 0x22) {
    s.step = stateInString;
    return SCAN_BEGIN_LITERAL;
  }
  return s.error(c, 'looking for beginning of object key string');
}

function stateEndValue(s: Scanner, c: number): number {
  const n = s.parseState.length;
  if (n === 0) {
    s.step = stateEndTop;
    s.endTop = true;
    return stateEndTop(s, c);
  }
  if (isSpace(c)) {
    s.step = stateEndValue;
    return SCAN_SKIP_SPACE;
  }
  switch (s.parseState[n - 1]) {
    case PARSE_OBJECT_KEY:
      if (c === 0x3a) {
        s.parseState[n - 1] = PARSE_OBJECT_VALUE;
        s.step = stateBeginValue;
        return SCAN_OBJECT_KEY;
      }
      return s.error(c, 'after object key');
    case PARSE_OBJECT_VALUE:
      if (c === 0x2c) {
        s.parseState[n - 1] = PARSE_OBJECT_KEY;
        s.step = stateBeginString;
        return SCAN_OBJECT_VALUE;
      }
      if (c === 0x7d) {
        s.pop();
        return SCAN_END_OBJECT;
      }
      return s.error(c, 'after object key:value pair');
    default:
      if (c === 0x2c) {
        s.step = stateBeginValue;
        return SCAN_ARRAY_VALUE;
      }
      if (c === 0x5d) {
        s.pop();
        return SCAN_END_ARRAY;
      }
      return s.error(c, 'after array element');
  }
}

/** After the top-level value: a non-space byte is an error, reported on the next call. */
function stateEndTop(s: Scanner, c: number): number {
  if (!isSpace(c)) s.error(c, 'after top-level value');
  return SCAN_END;
}

function stateInString(s: Scanner, c: number): number {
  if (c === 0x22) {
    s.step = stateEndValue;
    return SCAN_CONTINUE;
  }
  if (c === 0x5c) {
    s.step = stateInStringEsc;
    return SCAN_CONTINUE;
  }
  if (c < 0x20) return s.error(c, 'in string literal');
  return SCAN_CONTINUE;
}

function stateInStringEsc(s: Scanner, c: number): number {
  if ('bfnrt\\/"'.includes(String.fromCharCode(c))) {
    s.step = stateInString;
    return SCAN_CONTINUE;
  }
  if (c === 0x75) {
    s.step = hexStates[0]!;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'in string escape code');
}

/** The four hex digits of `\uXXXX`. */
const hexStates: Step[] = [0, 1, 2, 3].map(
  (i) =>
    (s: Scanner, c: number): number => {
      if (!isHex(c)) return s.error(c, 'in \\u hexadecimal character escape');
      s.step = i < 3 ? hexStates[i + 1]! : stateInString;
      return SCAN_CONTINUE;
    },
);

function stateNeg(s: Scanner, c: number): number {
  if (c === 0x30) {
    s.step = state0;
    return SCAN_CONTINUE;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = state1;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'in numeric literal');
}

function state1(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  return state0(s, c);
}

function state0(s: Scanner, c: number): number {
  if (c === 0x2e) {
    s.step = stateDot;
    return SCAN_CONTINUE;
  }
  if (c === 0x65 || c === 0x45) {
    s.step = stateE;
    return SCAN_CONTINUE;
  }
  return stateEndValue(s, c);
}

function stateDot(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = stateDot0;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'after decimal point in numeric literal');
}

function stateDot0(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  if (c === 0x65 || c === 0x45) {
    s.step = stateE;
    return SCAN_CONTINUE;
  }
  return stateEndValue(s, c);
}

function stateE(s: Scanner, c: number): number {
  if (c === 0x2b || c === 0x2d) {
    s.step = stateESign;
    return SCAN_CONTINUE;
  }
  return stateESign(s, c);
}

function stateESign(s: Scanner, c: number): number {
  if (isDigit(c)) {
    s.step = stateE0;
    return SCAN_CONTINUE;
  }
  return s.error(c, 'in exponent of numeric literal');
}

function stateE0(s: Scanner, c: number): number {
  if (isDigit(c)) return SCAN_CONTINUE;
  return stateEndValue(s, c);
}

/** The states after the first letter of true/false/null, one per remaining letter. */
function literalStates(word: string): Step {
  let next: Step = stateEndValue;
  for (let i = word.length - 1; i >= 1; i--) {
    const want = word.charCodeAt(i);
    const then = next;
    const context = `in literal ${word} (expecting '${word[i]}')`;
    next = (s, c) => {
      if (c !== want) return s.error(c, context);
      s.step = then;
      return SCAN_CONTINUE;
    };
  }
  return next;
}

const stateT = literalStates('true');
const stateF = literalStates('false');
const stateN = literalStates('null');

function stateError(): number {
  return SCAN_ERROR;
}

/** Unmarshal's checkValid: the whole input must be one value and spaces. */
export function checkValid(data: Uint8Array): string | null {
  const s = new Scanner();
  for (const c of data) if (s.step(s, c) === SCAN_ERROR) return s.err;
  return s.eof() === SCAN_ERROR ? s.err : null;
}

/**
 * Decoder.readValue over a reader that returns everything then io.EOF: the length of the first value
 * (bytes after it are never looked at), or the error Decode returns.
 */
export function readValue(data: Uint8Array): number | string {
  const s = new Scanner();
  for (let i = 0; i < data.length; i++) {
    switch (s.step(s, data[i]!)) {
      case SCAN_END:
        return i; // the end is seen one byte late
      case SCAN_END_OBJECT:
      case SCAN_END_ARRAY:
        // don't wait for the byte after a closing bracket: invent a space
        if (stateEndValue(s, 0x20) === SCAN_END) return i + 1;
        break;
      case SCAN_ERROR:
        return s.err!;
    }
  }
  if (s.step(s, 0x20) === SCAN_END) return data.length;
  return data.some((c) => !isSpace(c)) ? 'unexpected EOF' : 'EOF';
}
