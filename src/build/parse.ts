/**
 * The line-level Dockerfile parser of moby 20.10 (vendored buildkit `frontend/dockerfile/parser`:
 * parser.go, line_parsers.go, split_command.go): parser directives, comments, line continuations and
 * the per-instruction argument parsers, giving one node per instruction. Heredocs do not exist in
 * this version: `<<EOF` is ordinary text. Errors are the parser's own; the daemon wraps them in
 * "failed to parse <Dockerfile name>: " (dockerfile_syntax, see dockerfile.ts).
 */
import { catchRaised, type DockerError, raise } from '../core/errors.js';
import { goToLower, goTrimLeftSpace, goTrimSpace } from '../go/strings.js';
import { isGoSpace } from '../go/unicode.js';
import type { EscapeToken } from './shell-words.js';

/** One instruction as the parser leaves it (parser.Node with nodeArgs already flattened). */
export interface Node {
  /** The instruction word, lowercased. */
  readonly value: string;
  /** The joined line: leading whitespace and continuation tokens removed, trailing text kept. */
  readonly original: string;
  /** `--name=value` words before the arguments, quotes and escapes removed. */
  readonly flags: readonly string[];
  readonly args: readonly string[];
  /** The arguments were a JSON array (exec form). */
  readonly json: boolean;
  readonly startLine: number;
  readonly endLine: number;
}

export type LineParse =
  | { readonly ok: true; readonly nodes: readonly Node[]; readonly escape: EscapeToken; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: DockerError };

/** The parser's `reWhitespace`: runs of tab, vertical tab, form feed, carriage return and space. */
const RE_WHITESPACE = /[\t\v\f\r ]+/;

/** regexp.Split(s, 2) with reWhitespace: the text before the first run and everything after it. */
function splitOnceWhitespace(s: string): [string] | [string, string] {
  const m = RE_WHITESPACE.exec(s);
  if (m === null) return [s];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

/** bufio.Scanner's longest line (MaxScanTokenSize - 1 bytes). */
const MAX_LINE_BYTES = 64 * 1024 - 1;

/** parser.Parse: the nodes of a Dockerfile, the escape token in force, and the empty-continuation warnings. */
export function parseLines(text: string): LineParse {
  const r = catchRaised(() => parseOrThrow(text));
  return r.ok ? r.value : r;
}

function parseOrThrow(text: string): LineParse {
  const d = new Directives();
  const scanner = new LineScanner(text);
  const nodes: Node[] = [];
  const warnings: string[] = [];
  let currentLine = 0;
  for (let raw = scanner.scan(); raw !== undefined; raw = scanner.scan()) {
    if (currentLine === 0 && raw.startsWith('\uFEFF')) raw = raw.slice(1);
    const first = processLine(d, raw, true);
    currentLine++;
    const startLine = currentLine;
    let [line, isEndOfLine] = d.trimContinuation(first);
    if (isEndOfLine && line === '') continue;
    let hasEmptyContinuationLine = false;
    while (!isEndOfLine) {
      const next = scanner.scan();
      if (next === undefined) break;
      const bytesRead = processLine(d, next, false);
      currentLine++;
      // comment lines inside a continued instruction are dropped, not joined
      if (isComment(next)) continue;
      if (goTrimLeftSpace(bytesRead) === '') {
        hasEmptyContinuationLine = true;
        continue;
      }
      let continuation: string;
      [continuation, isEndOfLine] = d.trimContinuation(bytesRead);
      line += continuation;
    }
    if (hasEmptyContinuationLine) warnings.push('[WARNING]: Empty continuation line found in:\n    ' + line);
    nodes.push({ ...newNodeFromLine(line, d), startLine, endLine: currentLine });
  }
  if (warnings.length > 0) warnings.push('[WARNING]: Empty continuation lines will become errors in a future release.');
  if (nodes.length === 0) raise({ code: 'no_instructions' });
  if (scanner.tooLong) raise({ code: 'line_too_long', max: MAX_LINE_BYTES });
  return { ok: true, nodes, escape: d.escapeToken, warnings };
}

/** bufio.Scanner with ScanLines: lines without "\n" and one trailing "\r"; it stops at a line too long. */
class LineScanner {
  private readonly lines: string[];
  private index = 0;
  tooLong = false;

  constructor(text: string) {
    this.lines = text === '' ? [] : text.split('\n');
    if (text.endsWith('\n')) this.lines.pop();
  }

  scan(): string | undefined {
    const line = this.lines[this.index];
    if (line === undefined || this.tooLong) return undefined;
    if (Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES) {
      this.tooLong = true;
      return undefined;
    }
    this.index++;
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}

/** `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, with Go's `\s` and `.`. */
const RE_DIRECTIVE = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;
const VALID_DIRECTIVES: ReadonlySet<string> = new Set(['escape', 'syntax']);

/** Parser directives: read from the leading lines until the first line that is not one. */
class Directives {
  escapeToken: EscapeToken = '\\';
  private continuation = continuationRegex('\\');
  private done = false;
  private readonly seen = new Set<string>();

  possibleParserDirective(line: string): void {
    if (this.done) return;
    const m = RE_DIRECTIVE.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (m === null || key === undefined || !VALID_DIRECTIVES.has(key)) {
      this.done = true;
      return;
    }
    if (this.seen.has(key)) raise({ code: 'duplicate_directive', directive: key });
    this.seen.add(key);
    if (key === 'escape') this.setEscapeToken(m[2] ?? '');
  }

  private setEscapeToken(s: string): void {
    if (s !== '`' && s !== '\\') raise({ code: 'invalid_escape_token', token: s });
    this.escapeToken = s;
    this.continuation = continuationRegex(s);
  }

  /** The line without its continuation token, and whether the instruction ends on it. */
  trimContinuation(line: string): [string, boolean] {
    if (!this.continuation.test(line)) return [line, true];
    return [line.replace(this.continuation, '$1'), false];
  }
}

/** The escape token, last on the line (after optional blanks) and not itself escaped, continues the line. */
function continuationRegex(token: EscapeToken): RegExp {
  const t = '\\' + token;
  return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
}

/** processLine: left-trim (first lines only), look for a directive, drop a comment line. */
function processLine(d: Directives, token: string, stripLeftWhitespace: boolean): string {
  const line = stripLeftWhitespace ? goTrimLeftSpace(token) : token;
  d.possibleParserDirective(line);
  return line.startsWith('#') ? '' : line;
}

function isComment(line: string): boolean {
  return goTrimLeftSpace(line).startsWith('#');
}

type Parsed = { args: string[]; json: boolean };
type LineParser = (rest: string, d: Directives) => Parsed;

const NONE: Parsed = { args: [], json: false };

function newNodeFromLine(line: string, d: Directives): Omit<Node, 'startLine' | 'endLine'> {
  const { cmd, flags, args } = splitCommand(line);
  const fn = DISPATCH.get(cmd) ?? (() => NONE); // unknown instructions are refused later, by name
  const parsed = fn(args, d);
  return { value: cmd, original: line, flags, args: parsed.args, json: parsed.json };
}

/** splitCommand: the lowercased instruction word, its builder flags and the rest of the line. */
function splitCommand(line: string): { cmd: string; flags: string[]; args: string } {
  const cmdline = splitOnceWhitespace(goTrimSpace(line));
  const cmd = goToLower(cmdline[0]);
  if (cmdline.length === 1) return { cmd, flags: [], args: '' };
  const { rest, flags } = extractBuilderFlags(cmdline[1]);
  return { cmd, flags, args: goTrimSpace(rest) };
}

/**
 * The state of moby's two quote-aware splitters (extractBuilderFlags and parseWords): outside a
 * word, in one, or in quotes; a word made only of quotes ("") still counts.
 */
class WordReader {
  phase: 'spaces' | 'word' | 'quote' = 'spaces';
  word = '';
  quote = '';
  blankOK = false;
  readonly words: string[] = [];

  /** The word ends (a blank or the end of the line); it is kept if it had characters or quotes. */
  endWord(): void {
    if (this.blankOK || this.word.length > 0) this.words.push(this.word);
    this.phase = 'spaces';
    this.word = '';
    this.blankOK = false;
  }

  openQuote(ch: string): void {
    this.quote = ch;
    this.blankOK = true;
    this.phase = 'quote';
  }
}

/**
 * extractBuilderFlags: the leading `--…` words, with quotes and `\` escapes removed. moby walks the
 * line byte by byte, so a multi-byte character in a flag comes out as one Latin-1 character per byte
 * (`é` becomes `Ã©`, and a 0xA0 byte even ends the word), as the engine prints it.
 */
function extractBuilderFlags(text: string): { rest: string; flags: string[] } {
  const line = Buffer.from(text, 'utf8');
  const rest = (pos: number): { rest: string; flags: string[] } => ({ rest: line.subarray(pos).toString('utf8'), flags: r.words });
  const r = new WordReader();
  let ch = '';
  for (let pos = 0; pos <= line.length; pos++) {
    if (pos !== line.length) ch = String.fromCharCode(line[pos]!);
    if (r.phase === 'spaces') {
      if (pos === line.length) break;
      if (isGoSpace(ch)) continue;
      // only words starting with "--" are flags
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== 0x2d) return rest(pos);
      r.phase = 'word';
    }
    if (pos === line.length) {
      if (r.word !== '--') r.endWord(); // a lone "--" ends the flags and is dropped
      break;
    }
    if (r.phase === 'word' && isGoSpace(ch)) {
      if (r.word === '--') return rest(pos);
      r.endWord();
      continue;
    }
    if (r.phase === 'word' && (ch === "'" || ch === '"')) {
      r.openQuote(ch);
      continue;
    }
    if (r.phase === 'quote' && ch === r.quote) {
      r.phase = 'word';
      continue;
    }
    if (ch === '\\') {
      // the backslash escapes the next byte, in quotes or not; at the end of the line it is dropped
      if (pos + 1 === line.length) {
        r.phase = 'word';
        continue;
      }
      ch = String.fromCharCode(line[++pos]!);
    }
    r.word += ch;
  }
  return { rest: '', flags: r.words };
}

// ---------------------------------------------------------------------------------------------
// line parsers (line_parsers.go)

/** ONBUILD: the trigger is parsed as an instruction of its own; its word and arguments follow. */
function parseSubCommand(rest: string, d: Directives): Parsed {
  if (rest === '') return NONE;
  const child = newNodeFromLine(rest, d);
  return { args: [child.value, ...child.args], json: false };
}

/**
 * parseWords: words split on spaces, quotes and escapes kept (the expansion removes them later);
 * a quoted empty string is a word.
 */
function parseWords(rest: string, d: Directives): string[] {
  const chars = Array.from(rest);
  const r = new WordReader();
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? '';
    if (r.phase === 'spaces') {
      if (pos === chars.length) break;
      if (isGoSpace(ch)) continue;
      r.phase = 'word';
    }
    if (pos === chars.length) {
      r.endWord();
      break;
    }
    if (r.phase === 'word' && isGoSpace(ch)) {
      r.endWord();
      continue;
    }
    if (r.phase === 'word' && (ch === "'" || ch === '"')) r.openQuote(ch);
    else if (r.phase === 'quote' && ch === r.quote) r.phase = 'word';
    // the escape token is kept with the character it escapes, except inside single quotes
    else if (ch === d.escapeToken && !(r.phase === 'quote' && r.quote === "'")) {
      if (pos + 1 === chars.length) {
        r.phase = 'word'; // an escape at the end of the line is dropped
        continue;
      }
      r.word += ch;
      ch = chars[++pos] ?? '';
    }
    r.word += ch;
  }
  return r.words;
}

/** ENV and LABEL: `k=v …` pairs, or the old `k v…` form (one key, the rest of the line its value). */
function parseNameVal(rest: string, key: string, d: Directives): Parsed {
  const words = parseWords(rest, d);
  const first = words[0];
  if (first === undefined) return NONE;
  if (!first.includes('=')) {
    const parts = splitOnceWhitespace(rest);
    if (parts.length < 2) raise({ code: 'two_arguments', instruction: key });
    return { args: parts, json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const i = word.indexOf('=');
    if (i < 0) raise({ code: 'name_value_syntax', word });
    args.push(word.slice(0, i), word.slice(i + 1));
  }
  return { args, json: false };
}

/** ARG: each word is a name or a name=value. */
function parseNameOrNameVal(rest: string, d: Directives): Parsed {
  return { args: parseWords(rest, d), json: false };
}

function parseStringsWhitespaceDelimited(rest: string): Parsed {
  if (rest === '') return NONE;
  return { args: rest.split(RE_WHITESPACE), json: false };
}

function parseString(rest: string): Parsed {
  if (rest === '') return NONE;
  return { args: [rest], json: false };
}

/**
 * parseJSON as 20.10 does it, with json.Decoder.Decode: the first JSON value on the line must be an
 * array of strings; text after it is ignored (`CMD ["a"] b` is `["a"]`). Anything that is not
 * valid JSON is not an error here: the caller falls back to the shell form.
 */
function parseJSON(rest: string): Parsed | 'not-json' {
  const text = goTrimLeftSpace(rest);
  if (!text.startsWith('[')) return 'not-json';
  const end = endOfJSONValue(text);
  if (end < 0) return 'not-json';
  let value: unknown;
  try {
    value = JSON.parse(text.slice(0, end));
  } catch {
    return 'not-json';
  }
  if (!Array.isArray(value) || hasNonFiniteNumber(value)) return 'not-json'; // Go cannot decode 1e400: an error, so shell form
  if (!value.every((v): v is string => typeof v === 'string')) return raise({ code: 'json_not_strings' });
  return { args: value.map(wellFormed), json: true };
}

/** The index just past the JSON value that starts `text` (brackets matched outside strings), or -1. */
function endOfJSONValue(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function hasNonFiniteNumber(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Array.isArray(v)) return v.some(hasNonFiniteNumber);
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasNonFiniteNumber);
  return false;
}

/** Go's decoder turns an unpaired surrogate escape into U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** RUN, CMD, ENTRYPOINT, SHELL: a JSON array, or the whole rest as one shell-form argument. */
function parseMaybeJSON(rest: string): Parsed {
  if (rest === '') return NONE;
  const parsed = parseJSON(rest);
  return parsed === 'not-json' ? { args: [rest], json: false } : parsed;
}

/** ADD, COPY, VOLUME: a JSON array, or the rest split on whitespace (quotes are not special here). */
function parseMaybeJSONToList(rest: string): Parsed {
  const parsed = parseJSON(rest);
  return parsed === 'not-json' ? parseStringsWhitespaceDelimited(rest) : parsed;
}

/** HEALTHCHECK: the type word (CMD, NONE, …), then the command like parseMaybeJSON. */
function parseHealthConfig(rest: string): Parsed {
  // moby tests each byte as a rune here, so bytes 0x85 and 0xA0 count as blanks
  const bytes = Buffer.from(rest, 'utf8');
  const blank = (i: number): boolean => isGoSpace(String.fromCharCode(bytes[i]!));
  let sep = 0;
  while (sep < bytes.length && !blank(sep)) sep++;
  let next = sep;
  while (next < bytes.length && blank(next)) next++;
  if (sep === 0) return NONE;
  const cmd = parseMaybeJSON(bytes.subarray(next).toString('utf8'));
  return { args: [bytes.subarray(0, sep).toString('utf8'), ...cmd.args], json: cmd.json };
}

const DISPATCH: ReadonlyMap<string, LineParser> = new Map<string, LineParser>([
  ['add', parseMaybeJSONToList],
  ['arg', parseNameOrNameVal],
  ['cmd', parseMaybeJSON],
  ['copy', parseMaybeJSONToList],
  ['entrypoint', parseMaybeJSON],
  ['env', (rest, d) => parseNameVal(rest, 'ENV', d)],
  ['expose', parseStringsWhitespaceDelimited],
  ['from', parseStringsWhitespaceDelimited],
  ['healthcheck', parseHealthConfig],
  ['label', (rest, d) => parseNameVal(rest, 'LABEL', d)],
  ['maintainer', parseString],
  ['onbuild', parseSubCommand],
  ['run', parseMaybeJSON],
  ['shell', parseMaybeJSON],
  ['stopsignal', parseString],
  ['user', parseString],
  ['volume', parseMaybeJSONToList],
  ['workdir', parseString],
]);
