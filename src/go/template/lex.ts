// Lexer for Go text/template (mirrors text/template/parse/lex.go of Go 1.19, default delimiters).
import { goQuote } from '../strconv.js';
import { isPrint } from '../unicode.js';

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

export type Item = { typ: ItemType; pos: number; val: string; line: number };

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};
const KEYWORD_TYPES = new Set<ItemType>(Object.values(KEYWORDS));

/** item.String() as used in parse error messages. */
export function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (KEYWORD_TYPES.has(i.typ)) return `<${i.val}>`;
  const runes = [...i.val];
  if (runes.length > 10) return goQuote(runes.slice(0, 10).join('')) + '...';
  return goQuote(i.val);
}

/** fmt's %#U. */
export function formatU(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return isPrint(cp) ? `${hex} '${r}'` : hex;
}

const isSpace = (r: string): boolean => r === ' ' || r === '\t' || r === '\r' || r === '\n';
/**
 * Go's unicode.IsLetter || unicode.IsDigit, or '_'. ASCII is answered without the Unicode regex, whose
 * first use costs a command a fraction of a millisecond to compile.
 */
const isAlphaNumeric = (r: string): boolean =>
  (r.codePointAt(0) ?? 0) <= 0x7f ? /^[A-Za-z0-9_]$/.test(r) : /^[\p{L}\p{Nd}]$/u.test(r);
const SPACE_CHARS = /[ \t\r\n]+$/;
const hasLeftTrimMarker = (s: string): boolean => s.length >= 2 && s[0] === '-' && isSpace(s[1] ?? '');
const hasRightTrimMarker = (s: string): boolean => s.length >= 2 && isSpace(s[0] ?? '') && s[1] === '-';

const LEFT = '{{';
const RIGHT = '}}';

/** Scans the whole input; the item list ends with an 'eof' or an 'error' item. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let parenDepth = 0;
  const lineAt = (p: number): number => {
    let n = 1;
    for (let i = input.indexOf('\n'); i >= 0 && i < p; i = input.indexOf('\n', i + 1)) n++;
    return n;
  };
  const emit = (typ: ItemType): void => {
    items.push({ typ, pos: start, val: input.slice(start, pos), line: lineAt(start) });
    start = pos;
  };
  const fail = (msg: string): null => {
    items.push({ typ: 'error', pos: start, val: msg, line: lineAt(start) });
    return null;
  };
  const next = (): string => {
    if (pos >= input.length) return '';
    const r = String.fromCodePoint(input.codePointAt(pos) ?? 0);
    pos += r.length;
    return r;
  };
  const peek = (): string => (pos >= input.length ? '' : String.fromCodePoint(input.codePointAt(pos) ?? 0));
  const accept = (valid: string): boolean => {
    const r = peek();
    if (r !== '' && valid.includes(r)) {
      pos += r.length;
      return true;
    }
    return false;
  };
  const acceptRun = (valid: string): void => {
    while (accept(valid));
  };
  const atTerminator = (): boolean => {
    const r = peek();
    // Go 1.19 requires the whole right delimiter here, so "{{.Foo}" is a bad character, not a field.
    return r === '' || isSpace(r) || '.,|:)('.includes(r) || input.startsWith(RIGHT, pos);
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    const rest = input.slice(pos);
    if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2)) return { delim: true, trim: true };
    return { delim: rest.startsWith(RIGHT), trim: false };
  };
  const leftTrimLength = (s: string): number => s.length - s.replace(/^[ \t\r\n]+/, '').length;

  type State = () => State | null;

  const lexText: State = () => {
    const x = input.indexOf(LEFT, pos);
    if (x >= 0) {
      pos = x;
      let trim = 0;
      if (hasLeftTrimMarker(input.slice(pos + LEFT.length))) {
        const m = SPACE_CHARS.exec(input.slice(start, pos));
        trim = m === null ? 0 : m[0].length;
      }
      pos -= trim;
      if (pos > start) emit('text');
      pos += trim;
      start = pos;
      return lexLeftDelim;
    }
    pos = input.length;
    if (pos > start) emit('text');
    emit('eof');
    return null;
  };

  const lexLeftDelim: State = () => {
    pos += LEFT.length;
    const trim = hasLeftTrimMarker(input.slice(pos));
    const after = trim ? 2 : 0;
    if (input.startsWith('/*', pos + after)) {
      pos += after;
      start = pos;
      return lexComment;
    }
    emit('leftDelim');
    pos += after;
    start = pos;
    parenDepth = 0;
    return lexInsideAction;
  };

  const lexComment: State = () => {
    pos += 2;
    const x = input.indexOf('*/', pos);
    if (x < 0) return fail('unclosed comment');
    pos = x + 2;
    const { delim, trim } = atRightDelim();
    if (!delim) return fail('comment ends before closing delimiter');
    if (trim) pos += 2;
    pos += RIGHT.length;
    if (trim) pos += leftTrimLength(input.slice(pos));
    start = pos;
    return lexText;
  };

  const lexRightDelim: State = () => {
    const trim = hasRightTrimMarker(input.slice(pos));
    if (trim) {
      pos += 2;
      start = pos;
    }
    pos += RIGHT.length;
    emit('rightDelim');
    if (trim) {
      pos += leftTrimLength(input.slice(pos));
      start = pos;
    }
    return lexText;
  };

  const lexInsideAction: State = () => {
    if (atRightDelim().delim) {
      if (parenDepth === 0) return lexRightDelim;
      return fail('unclosed left paren');
    }
    const r = next();
    if (r === '') return fail('unclosed action');
    if (isSpace(r)) {
      pos -= r.length; // put it back in case this is " -}}"
      return lexSpace;
    }
    switch (r) {
      case '=':
        emit('assign');
        return lexInsideAction;
      case ':':
        if (next() !== '=') return fail('expected :=');
        emit('declare');
        return lexInsideAction;
      case '|':
        emit('pipe');
        return lexInsideAction;
      case '"':
        return lexQuote;
      case '`':
        return lexRawQuote;
      case '$':
        return lexVariable;
      case "'":
        return lexChar;
      case '(':
        emit('leftParen');
        parenDepth++;
        return lexInsideAction;
      case ')':
        emit('rightParen');
        parenDepth--;
        if (parenDepth < 0) return fail(`unexpected right paren ${formatU(r)}`);
        return lexInsideAction;
      default:
        break;
    }
    if (r === '.') {
      const c = input[pos];
      if (c !== undefined && (c < '0' || c > '9')) return lexField;
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      pos -= r.length;
      return lexNumber;
    }
    if (isAlphaNumeric(r)) {
      pos -= r.length;
      return lexIdentifier;
    }
    const cp = r.codePointAt(0) ?? 0;
    if (cp >= 0x20 && cp < 0x7f) {
      emit('char');
      return lexInsideAction;
    }
    return fail(`unrecognized character in action: ${formatU(r)}`);
  };

  const lexSpace: State = () => {
    let n = 0;
    while (isSpace(peek())) {
      next();
      n++;
    }
    // A trim-marked closing delimiter has a minus after a space; leave that space for it.
    if (hasRightTrimMarker(input.slice(pos - 1)) && input.startsWith(RIGHT, pos + 1)) {
      pos--;
      if (n === 1) return lexRightDelim;
    }
    emit('space');
    return lexInsideAction;
  };

  const lexIdentifier: State = () => {
    for (;;) {
      const r = next();
      if (r !== '' && isAlphaNumeric(r)) continue;
      if (r !== '') pos -= r.length;
      const word = input.slice(start, pos);
      if (!atTerminator()) return fail(`bad character ${formatU(peek())}`);
      const kw = KEYWORDS[word];
      if (kw !== undefined && kw !== 'dot') emit(kw);
      else if (word[0] === '.') emit('field');
      else if (word === 'true' || word === 'false') emit('bool');
      else emit('identifier');
      return lexInsideAction;
    }
  };

  const lexFieldOrVariable = (typ: 'field' | 'variable'): State | null => {
    if (atTerminator()) {
      emit(typ === 'variable' ? 'variable' : 'dot');
      return lexInsideAction;
    }
    for (;;) {
      const r = peek();
      if (r === '' || !isAlphaNumeric(r)) break;
      next();
    }
    if (!atTerminator()) return fail(`bad character ${formatU(peek())}`);
    emit(typ);
    return lexInsideAction;
  };
  const lexField: State = () => lexFieldOrVariable('field');
  const lexVariable: State = () => {
    if (atTerminator()) {
      emit('variable');
      return lexInsideAction;
    }
    return lexFieldOrVariable('variable');
  };

  const lexChar: State = () => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== '' && r !== '\n') continue;
        return fail('unterminated character constant');
      }
      if (r === '' || r === '\n') return fail('unterminated character constant');
      if (r === "'") break;
    }
    emit('charConstant');
    return lexInsideAction;
  };

  const scanNumber = (): boolean => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    const r = peek();
    if (r !== '' && isAlphaNumeric(r)) {
      next();
      return false;
    }
    return true;
  };
  const lexNumber: State = () => {
    if (!scanNumber()) return fail(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
    const sign = peek();
    if (sign === '+' || sign === '-') {
      if (!scanNumber() || input[pos - 1] !== 'i') return fail(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
      emit('complex');
    } else emit('number');
    return lexInsideAction;
  };

  const lexQuote: State = () => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== '' && r !== '\n') continue;
        return fail('unterminated quoted string');
      }
      if (r === '' || r === '\n') return fail('unterminated quoted string');
      if (r === '"') break;
    }
    emit('string');
    return lexInsideAction;
  };
  const lexRawQuote: State = () => {
    const x = input.indexOf('`', pos);
    if (x < 0) return fail('unterminated raw quoted string');
    pos = x + 1;
    emit('rawString');
    return lexInsideAction;
  };

  let state: State | null = lexText;
  while (state !== null) state = state();
  return items;
}
