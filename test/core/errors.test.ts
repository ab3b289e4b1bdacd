/**
 * The error model stays one: every DockerError code has its text in exactly one table of
 * src/core/errors/, chains render through their causes, and no code's text is built anywhere else
 * in src/. The scan reads the sources as text (comments left out), so a regression — a message
 * carried in a code, an exception class with a text, a `{ ok: false, message }` result, an engine
 * phrase written outside the renderers — fails here, whatever tests cover its path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DockerError, ERROR_TABLES, errorCodes, type ErrorCode, categoryOf, render } from '../../src/core/errors.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

/**
 * Where error texts may be written: the renderers themselves; Go's standard library (src/go, whose
 * error values are Go's texts, carried as go_error); text/template's errors (src/template, a union
 * of its own); the store's faults (src/log, rendered in log/errors.ts).
 */
const OWN_TEXTS = [/^core\/errors\.ts$/, /^core\/errors\//, /^go\//, /^template\//, /^log\//];

/** strata's own words, kept as text: what the model does not do, and a bug of the model. */
const FREE_TEXT: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['unsupported', 'model_bug']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The code without its comments (a `//` inside a string such as a URL cuts the rest of the line, which only hides text). */
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');

const scanned = sources(SRC)
  .map((path) => ({ file: relative(SRC, path), code: withoutComments(readFileSync(path, 'utf8')) }))
  .filter(({ file }) => !OWN_TEXTS.some((re) => re.test(file)));

/** Each match of `re` in the scanned sources, as `file: match`. */
const found = (re: RegExp, only: (f: string) => boolean = () => true): string[] =>
  scanned.filter(({ file }) => only(file)).flatMap(({ file, code }) => [...code.matchAll(re)].map((m) => `${file}: ${m[0].replace(/\s+/g, ' ')}`));

describe('the error tables', () => {
  it('give every code its category and text in exactly one group', () => {
    const groups = Object.values(ERROR_TABLES).map((t) => Object.keys(t()));
    const all = groups.flat();
    expect(all.filter((c, i) => all.indexOf(c) !== i)).toEqual([]);
    expect([...all].sort()).toEqual(errorCodes().sort());
  });

  it('render a chain through its causes, once, in one place', () => {
    const stat: DockerError = { code: 'path_error', op: 'stat', path: 'nope', errno: 'ErrNotExist' };
    const e: DockerError = {
      code: 'build_failed',
      step: 2,
      cause: { code: 'copy_failed', instruction: 'COPY', cause: { code: 'source_not_in_context', cause: stat } },
      exitCode: 1,
    };
    expect(render(e)).toBe('COPY failed: file not found in build context or excluded by .dockerignore: stat nope: file does not exist');
    expect(render({ code: 'dockerfile_parse', line: 3, cause: { code: 'requires_args', instruction: 'ENV', count: 'at least one' } })).toBe(
      'dockerfile parse error line 3: ENV requires at least one argument',
    );
    expect(categoryOf({ code: 'no_such_image', ref: 'x' })).toBe('not_found');
  });

  it('show a model bug as strata’s, never as an engine text', () => {
    expect(render({ code: 'model_bug', message: 'boom', stack: 'TypeError: boom\n    at f' })).toMatch(/^strata: internal error \(a bug in strata, not an answer of the engine\): TypeError: boom/);
  });
});

describe('no error text is built outside the renderers', () => {
  it('no code carries a text, written or copied from another error (but strata’s own unsupported and model_bug)', () => {
    const codes = new Set<string>(errorCodes());
    const text = /(?:['"`]|[\w.]*\.message\b)/.source;
    const literal = new RegExp(`code:\\s*'([a-z_]+)'(?:(?!\\bcode:)[^{}])*?\\b(?:message|reason|text|error)\\s*:\\s*${text}`, 'g');
    const carried = found(literal).filter((hit) => {
      const code = /code:\s*'([a-z_]+)'/.exec(hit)?.[1] ?? '';
      return codes.has(code) && !FREE_TEXT.has(code as ErrorCode);
    });
    expect(carried).toEqual([]);
  });

  it('no result type or exception carries a text of its own', () => {
    expect(found(/ok:\s*false[;,]\s*(?:readonly\s+)?message\s*:/g)).toEqual([]);
    expect(found(/class\s+\w+\s+extends\s+Error\b/g)).toEqual([]);
    expect(found(/\b(?:StepError|CopyFail)\b/g)).toEqual([]);
  });

  it('the engine’s wrapped phrases appear only in the renderers', () => {
    const phrases = [
      'failed to process ',
      'dockerfile parse error line',
      'failed to parse ',
      'Error processing tar file',
      'failed to copy files',
      'unable to prepare context',
      'error checking context',
      'unable to convert uid/gid',
      'OCI runtime',
      'failed to create shim task',
      'evalSymlinksInScope',
      'is not a valid parent',
      'returned a non-zero code',
    ];
    const re = new RegExp(phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
    expect(found(re)).toEqual([]);
  });

  it('decide answers records, and only the CLI writes report lines', () => {
    expect(found(/['"`](?:Untagged|Deleted|untagged|deleted): |Loaded image|renaming the old one/g, (f) => f !== 'cli/output.ts')).toEqual([]);
  });
});
