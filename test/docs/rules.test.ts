/**
 * docs/rules.md and the checks, tied both ways: every rule names checks that exist and a source, and
 * every test of the executable specification (spec/*.spec.ts) names, in its title, rules that exist
 * and that name it back.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULES = 'docs/rules.md';

export interface Reference {
  /** the file, relative to the repository */
  readonly file: string;
  /** the titles (outermost describe first) or the invariant's name */
  readonly path: readonly string[];
  /** as written in the rules */
  readonly text: string;
}

export interface Rule {
  readonly id: string;
  readonly line: number;
  readonly checkedBy: readonly Reference[] | null;
  readonly source: string | null;
}

const HEADING = /^### ([A-Z]+-[1-9][0-9]*) — \S/;
const ID_LIKE = /^### /;

/** The rules of docs/rules.md, with what is wrong with the text itself (a heading out of form, a rule without its lines). */
export function parseRules(text: string): { rules: Rule[]; problems: string[] } {
  const rules: Rule[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  let current: { id: string; line: number; checkedBy: Reference[] | null; source: string | null } | null = null;
  const close = (): void => {
    if (current) rules.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    if (line.startsWith('## ')) close();
    if (ID_LIKE.test(line)) {
      close();
      const m = HEADING.exec(line);
      if (!m) problems.push(`line ${i + 1}: a rule heading is "### ID-n — what holds": ${line}`);
      else current = { id: m[1]!, line: i + 1, checkedBy: null, source: null };
      return;
    }
    if (!current) return;
    if (line.startsWith('Checked by:')) {
      if (current.checkedBy) problems.push(`${current.id}: two "Checked by:" lines`);
      current.checkedBy = parseReferences(line.slice('Checked by:'.length), current.id, problems);
    } else if (line.startsWith('Source:')) {
      if (current.source !== null) problems.push(`${current.id}: two "Source:" lines`);
      current.source = line.slice('Source:'.length).trim();
    }
  });
  close();
  return { rules, problems };
}

/** `` `file` › title › title; `file` › name `` — references are split where "; " is followed by a backquote. */
function parseReferences(text: string, id: string, problems: string[]): Reference[] {
  const out: Reference[] = [];
  for (const part of text.trim().split(/; (?=`)/)) {
    const m = /^`([^`]+)` › (.+)$/.exec(part.trim());
    if (!m) {
      problems.push(`${id}: a reference is \`file\` › title: ${part}`);
      continue;
    }
    out.push({ file: m[1]!, path: m[2]!.split(' › ').map((s) => s.trim()), text: part.trim() });
  }
  return out;
}

const isTestFile = (file: string): boolean => /\.(test|spec)\.ts$/.test(file);

/** How a string literal with this value is written between `q`s. */
const quoted = (value: string, q: string): string => {
  let body = value.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`);
  if (q === '`') body = body.replaceAll('${', '\\${');
  return `${q}${body}${q}`;
};

/** Why a reference does not hold: its file is missing, or a title (or name) is not in it. */
export function referenceProblem(ref: Reference, read: (file: string) => string | null): string | null {
  const src = read(ref.file);
  if (src === null) return `${ref.file} does not exist`;
  for (const name of ref.path) {
    if (isTestFile(ref.file)) {
      // a title, as the string literal of its it/test/describe call
      if (!["'", '"', '`'].some((q) => src.includes(quoted(name, q)))) return `${ref.file} has no test titled "${name}"`;
    } else if (!/^[A-Za-z_$][\w$]*$/.test(name) || !new RegExp(`(?<![\\w$.])${name.replaceAll('$', '\\$')}\\b\\s*[:=(]`).test(src)) {
      // an invariant (or other named check), declared or defined there
      return `${ref.file} declares no "${name}"`;
    }
  }
  return null;
}

// ---- the titles of the executable specification ----

/** The string literal starting at `src[at]` (a quote): its value, and where it ends. */
function literalAt(src: string, at: number): { value: string; end: number } | null {
  const q = src[at];
  if (q !== "'" && q !== '"' && q !== '`') return null;
  let value = '';
  let depth = 0;
  for (let i = at + 1; i < src.length; i++) {
    const c = src[i]!;
    if (depth > 0) {
      value += c;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      continue;
    }
    if (c === '\\') {
      const n = src[i + 1]!;
      value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
      i++;
    } else if (c === q) return { value, end: i + 1 };
    else if (q === '`' && c === '$' && src[i + 1] === '{') {
      value += '${';
      depth = 1;
      i++;
    } else value += c;
  }
  return null;
}

/** The index just after the parenthesis that closes the one at `open` (strings skipped). */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const lit = literalAt(src, i);
      if (!lit) return -1;
      i = lit.end - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export interface SpecTitle {
  readonly file: string;
  readonly line: number;
  /** the title as written (a template literal's `${…}` kept) */
  readonly title: string | null;
  readonly call: string;
}

const CALL = /(?<![\w$.])(describe|it|test|scenarioProperty)\(|(?<![\w$.])test\.prop\(/g;

/** Every titled test of a spec file: it/test/describe/scenarioProperty calls and test.prop(…)(…). */
export function specTitles(file: string, src: string): SpecTitle[] {
  // comments hold prose like "decide(command, …)": blank them, keeping offsets
  const code = src.replace(/\/\*[^]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/[^\n]*/g, (c, p: string) => p + ' '.repeat(c.length - p.length));
  const out: SpecTitle[] = [];
  for (const m of code.matchAll(CALL)) {
    let at = m.index + m[0].length;
    const call = m[1] ?? 'test.prop';
    if (call === 'test.prop') {
      const end = closing(code, m.index + m[0].length - 1);
      if (end < 0 || code[end] !== '(') continue;
      at = end + 1;
    }
    while (/\s/.test(code[at] ?? '')) at++;
    const line = code.slice(0, m.index).split('\n').length;
    out.push({ file, line, title: literalAt(src, at)?.value ?? null, call });
  }
  return out;
}

/** The rule ids a title starts with: `[LIFE-4] …` or `[LIFE-4, NAME-1] …`. */
export function titleIds(title: string): string[] | null {
  const m = /^\[([A-Z]+-[1-9][0-9]*(?:, [A-Z]+-[1-9][0-9]*)*)\] \S/.exec(title);
  return m ? m[1]!.split(', ') : null;
}

/** Everything wrong with the two ties, given the rules' text and a way to read the repository's files. */
export function tieProblems(rulesText: string, specFiles: readonly string[], read: (file: string) => string | null): string[] {
  const { rules, problems } = parseRules(rulesText);
  if (rules.length === 0) problems.push(`${RULES} holds no rule`);
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    if (byId.has(r.id)) problems.push(`${r.id} is defined twice (lines ${byId.get(r.id)!.line} and ${r.line})`);
    byId.set(r.id, r);
    if (!r.checkedBy || r.checkedBy.length === 0) problems.push(`${r.id} has no "Checked by:" line`);
    if (!r.source) problems.push(`${r.id} has no "Source:" line`);
    for (const ref of r.checkedBy ?? []) {
      const p = referenceProblem(ref, read);
      if (p) problems.push(`${r.id}: ${ref.text}: ${p}`);
    }
  }
  for (const file of specFiles) {
    const src = read(file);
    if (src === null) {
      problems.push(`${file} cannot be read`);
      continue;
    }
    for (const t of specTitles(file, src)) {
      const at = `${file}:${t.line}`;
      if (t.title === null) {
        problems.push(`${at}: a ${t.call}( whose title is not a string literal`);
        continue;
      }
      const ids = titleIds(t.title);
      if (!ids) {
        problems.push(`${at}: "${t.title}" names no rule (a title starts with [ID-n] or [ID-n, ID-m])`);
        continue;
      }
      for (const id of ids) {
        const rule = byId.get(id);
        if (!rule) problems.push(`${at}: "${t.title}" names ${id}, which ${RULES} does not have`);
        // a title with ${…} in it cannot be referenced; its describe is
        else if (!t.title.includes('${') && !(rule.checkedBy ?? []).some((ref) => ref.file === file && ref.path.at(-1) === t.title)) {
          problems.push(`${at}: "${t.title}" names ${id}, whose "Checked by:" does not name it`);
        }
      }
    }
  }
  return problems;
}

const INVARIANTS = 'src/testing/invariants.ts';

/**
 * The kit's invariants name their rules too: each one's messages start with `[ID-n] `, and each id
 * is a rule that names the invariant back (`` `src/testing/invariants.ts` › name ``).
 */
export function invariantProblems(rulesText: string, src: string): string[] {
  const byId = new Map(parseRules(rulesText).rules.map((r) => [r.id, r]));
  const problems: string[] = [];
  const starts = [...src.matchAll(/^const (\w+): Invariant = |^  (log): \(envelopes\) => /gm)];
  if (starts.length === 0) problems.push(`${INVARIANTS}: no invariant found`);
  starts.forEach((m, i) => {
    const name = (m[1] ?? m[2])!;
    const body = src.slice(m.index, starts[i + 1]?.index ?? src.length);
    const pushes = [...body.matchAll(/out\.push\(`([^`]*)`/g)].map((p) => p[1]!);
    if (pushes.length === 0) problems.push(`${name}: no message found`);
    for (const text of pushes) {
      const id = /^\[([A-Z]+-[1-9][0-9]*)\] /.exec(text)?.[1];
      if (!id) problems.push(`${name}: a message that names no rule: ${text}`);
      else if (!byId.has(id)) problems.push(`${name}: ${id} is not in ${RULES}`);
      else if (!(byId.get(id)!.checkedBy ?? []).some((r) => r.file === INVARIANTS && r.path.join(' › ') === name)) problems.push(`${name}: ${id} does not name it back`);
    }
  });
  return problems;
}

const readRepo = (file: string): string | null => {
  const path = join(ROOT, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};
const SPEC_FILES = readdirSync(join(ROOT, 'spec'))
  .filter((f) => f.endsWith('.spec.ts'))
  .sort()
  .map((f) => `spec/${f}`);

describe('docs/rules.md and the checks', () => {
  it('every rule names checks that exist and a source; every spec title names rules that exist and name it back', () => {
    expect(tieProblems(readFileSync(join(ROOT, RULES), 'utf8'), SPEC_FILES, readRepo)).toEqual([]);
  });

  it('every message of the kit\'s invariants names a rule that names the invariant back', () => {
    expect(invariantProblems(readFileSync(join(ROOT, RULES), 'utf8'), readRepo(INVARIANTS)!)).toEqual([]);
  });

  it('the rules and the titles are there to tie', () => {
    const { rules } = parseRules(readFileSync(join(ROOT, RULES), 'utf8'));
    expect(rules.length).toBeGreaterThan(40);
    const titles = SPEC_FILES.flatMap((f) => specTitles(f, readRepo(f)!));
    // every spec file has titled tests, and every test.prop(…)( site was found
    expect(new Set(titles.map((t) => t.file))).toEqual(new Set(SPEC_FILES));
    expect(titles.filter((t) => t.call === 'test.prop').length).toBeGreaterThan(20);
  });
});

describe('the tie fails when it should', () => {
  const rule = (id: string, checked: string, source = 'daemon/delete.go'): string => `### ${id} — a rule\n\nIt holds.\n\nChecked by: ${checked}\n\nSource: ${source}\n`;
  const files: Record<string, string> = {
    'spec/a.spec.ts': "test.prop([x], { numRuns: 1 })('[LIFE-1] one', () => {});\nit(`[LIFE-1] ${s}: two`, () => {});\n",
    'test/b.test.ts': "describe('outer', () => { it('inner \\'quoted\\'', () => {}); });",
    'src/inv.ts': 'const refcounts: Invariant = (s) => [];',
  };
  const read = (f: string): string | null => files[f] ?? null;
  const good = rule('LIFE-1', "`spec/a.spec.ts` › [LIFE-1] one; `test/b.test.ts` › outer › inner 'quoted'; `src/inv.ts` › refcounts");

  it('holds for a good text', () => expect(tieProblems(good, ['spec/a.spec.ts'], read)).toEqual([]));
  it('a reference to a missing file, title or invariant', () => {
    expect(tieProblems(rule('LIFE-1', '`spec/a.spec.ts` › [LIFE-1] one; `test/nope.test.ts` › x'), ['spec/a.spec.ts'], read)).toEqual([expect.stringContaining('does not exist')]);
    expect(tieProblems(rule('LIFE-1', '`spec/a.spec.ts` › [LIFE-1] one; `test/b.test.ts` › outer › other'), ['spec/a.spec.ts'], read)).toEqual([expect.stringContaining('no test titled "other"')]);
    expect(tieProblems(rule('LIFE-1', '`spec/a.spec.ts` › [LIFE-1] one; `src/inv.ts` › tags'), ['spec/a.spec.ts'], read)).toEqual([expect.stringContaining('declares no "tags"')]);
  });
  it('a rule without its checks or its source, a duplicate id, a bad heading', () => {
    expect(tieProblems(rule('LIFE-1', '`spec/a.spec.ts` › [LIFE-1] one', ''), ['spec/a.spec.ts'], read)).toEqual(['LIFE-1 has no "Source:" line']);
    expect(tieProblems(`${good}\n### LIFE-2 — no lines\n`, ['spec/a.spec.ts'], read)).toEqual(['LIFE-2 has no "Checked by:" line', 'LIFE-2 has no "Source:" line']);
    expect(tieProblems(`${good}\n${good}`, ['spec/a.spec.ts'], read)).toEqual([expect.stringContaining('LIFE-1 is defined twice')]);
    expect(tieProblems(`${good}\n### life 3: lower case\n`, ['spec/a.spec.ts'], read)).toEqual([expect.stringContaining('a rule heading is')]);
  });
  it('an invariant message without an id, with an unknown id, or whose rule does not name the invariant', () => {
    const src = "const refcounts: Invariant = (s) => {\n  out.push(`[LIFE-1] fine`);\n  out.push(`no id`);\n  out.push(`[LIFE-9] unknown`);\n};\nconst tags: Invariant = (s) => {\n  out.push(`[LIFE-1] not named back`);\n};\n";
    expect(invariantProblems(rule('LIFE-1', '`src/testing/invariants.ts` › refcounts'), src)).toEqual([
      'refcounts: a message that names no rule: no id',
      'refcounts: LIFE-9 is not in docs/rules.md',
      'tags: LIFE-1 does not name it back',
    ]);
  });
  it('a spec title without an id, with an unknown id, or not named back by its rule', () => {
    files['spec/c.spec.ts'] = "test('no id here', () => {});\ntest('[LIFE-9] unknown', () => {});\ntest('[LIFE-1] not named back', () => {});\ntest(name, () => {});\n";
    expect(tieProblems(good, ['spec/a.spec.ts', 'spec/c.spec.ts'], read)).toEqual([
      expect.stringContaining('"no id here" names no rule'),
      expect.stringContaining('names LIFE-9, which docs/rules.md does not have'),
      expect.stringContaining('names LIFE-1, whose "Checked by:" does not name it'),
      expect.stringContaining('whose title is not a string literal'),
    ]);
  });
});
