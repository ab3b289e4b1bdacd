// Go text/template as docker/cli 20.10 uses it for --format / -f (templates.Parse + formatter.Context),
// on the Go emulation in src/go (see src/go/reflect.ts for how callers express Go values: struct vs
// map vs typed nil).
import { tabwriter, type TabwriterOptions } from '../go/tabwriter.js';
import { ExecError, type MissingKey, ParseError, type Tree, Unsupported, parse, run } from '../go/template/index.js';
import { HEADER_FUNCS, DOCKER_FUNCS, FUNC_NAMES } from './funcs.js';
import { kindOf, methodOf, typeName } from '../go/reflect.js';

/** docker/cli's formatter: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0). */
export const TABWRITER: TabwriterOptions = { minwidth: 10, padding: 3 };

export type TemplateError =
  | { code: 'template_parse'; message: string }
  | { code: 'template_exec'; message: string }
  | { code: 'template_unsupported'; message: string };

/** A parsed template (Go's *template.Template named ""). */
export type Template = { readonly kind: 'template'; readonly tree: Tree; readonly source: string };

export type ExecuteOptions = {
  /** Go's Option("missingkey=..."); docker inspect's raw-JSON fallback uses 'error'. */
  missingKey?: MissingKey;
};

export function isTemplateError(v: unknown): v is TemplateError {
  return typeof v === 'object' && v !== null && 'code' in v && 'message' in v;
}

/**
 * Parses like template.New("").Funcs(docker basicFunctions).Parse(text). Parse errors carry Go's
 * text (e.g. `template: :1: unclosed action`); docker prefixes it with "template parsing error: ".
 */
export function parseTemplate(text: string): Template | TemplateError {
  try {
    return { kind: 'template', tree: parse(text, FUNC_NAMES), source: text };
  } catch (e) {
    if (e instanceof ParseError) return { code: 'template_parse', message: e.message };
    if (e instanceof Unsupported) return { code: 'template_unsupported', message: e.message };
    return { code: 'template_exec', message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function exec(t: Template, data: unknown, funcs: typeof DOCKER_FUNCS, opts: ExecuteOptions): { out: string; err: TemplateError | null } {
  try {
    const r = run(t.tree, data, funcs, opts.missingKey ?? 'default');
    return { out: r.out, err: r.err === null ? null : { code: 'template_exec', message: r.err.message } };
  } catch (e) {
    const message = e instanceof ExecError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { out: '', err: { code: 'template_exec', message } };
  }
}

/** Executes against `data`; errors carry Go's text: `template: :1:2: executing "" at <.Nope>: ...`. */
export function execute(t: Template, data: unknown, opts: ExecuteOptions = {}): string | TemplateError {
  const r = exec(t, data, DOCKER_FUNCS, opts);
  return r.err ?? r.out;
}

/** Executes against `data` as Go's Execute writes to its writer: what was written before an error stays written. */
export function executePartial(t: Template, data: unknown): { readonly out: string; readonly err: TemplateError | null } {
  return exec(t, data, DOCKER_FUNCS, {});
}

/** docker/cli formatter.Format.IsTable: any format starting with "table" (even "table{{.ID}}"). */
export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

/**
 * formatter.Context.preFormat: drop the "table" prefix, trim spaces, and turn the two-character
 * sequences `\t` and `\n` typed on a shell command line into real tab/newline.
 */
export function preFormat(format: string): string {
  const f = isTableFormat(format) ? format.slice('table'.length) : format;
  // by hand rather than by regular expressions, which V8 compiles when first run: a command's start
  let from = 0;
  let to = f.length;
  while (from < to && f.charCodeAt(from) === 0x20) from++;
  while (to > from && f.charCodeAt(to - 1) === 0x20) to--;
  // a replaced `\t` cannot make a `\n` (nor the reverse), so one pass each is the regexp's one pass
  return f.slice(from, to).replaceAll('\\t', '\t').replaceAll('\\n', '\n');
}

/**
 * formatter.Context.Write: renders each row followed by "\n"; for table formats also renders the
 * header row (same template, docker's HeaderFunctions, `header` as data — usually a map of field
 * name to column title) and aligns everything with tabwriter. Header execution errors are ignored
 * like docker does (the partial header is kept).
 */
export function renderFormat(format: string, rows: readonly unknown[], header?: unknown): string | TemplateError {
  return renderFields(format, rows, header) ?? renderTemplate(format, rows, header);
}

/** renderFormat through the template engine, whatever the format. */
export function renderTemplate(format: string, rows: readonly unknown[], header?: unknown): string | TemplateError {
  const t = parseTemplate(preFormat(format));
  if (isTemplateError(t)) return t;
  let body = '';
  for (const row of rows) {
    const r = execute(t, row);
    if (isTemplateError(r)) return r;
    body += r + '\n';
  }
  if (!isTableFormat(format)) return body;
  const h = exec(t, header ?? new Map(), { ...DOCKER_FUNCS, ...HEADER_FUNCS }, {});
  return tabwriter(h.out + '\n' + body, TABWRITER);
}

/** `.Name`, a reference to an exported field: `.` then `[A-Z][A-Za-z0-9_]*`. */
function isFieldReference(action: string): boolean {
  if (action.length < 2 || action.charCodeAt(0) !== 0x2e) return false;
  const first = action.charCodeAt(1);
  if (first < 0x41 || first > 0x5a) return false;
  for (let i = 2; i < action.length; i++) {
    const c = action.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  }
  return true;
}

/**
 * A format of text and references to exported fields only (`{{.ID}}\t{{.Names}}`, the verbs' default
 * tables) as text, field, text, field, …, text; undefined when it holds anything else. Any `{{`
 * opens an action, so each one found must begin a field reference. (Scanned by hand: a regular
 * expression costs V8 its compilation when first run, and this runs at the start of every listing.)
 */
function fieldsOnly(text: string): string[] | undefined {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) {
      parts.push(text.slice(at));
      return parts;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return undefined;
    const action = text.slice(open + 2, close);
    if (!isFieldReference(action)) return undefined;
    parts.push(text.slice(at, open), action.slice(1));
    at = close + 2;
  }
}

/** What `{{.name}}` prints for a struct whose field `name` holds a string (undefined: anything else). */
function stringField(row: unknown, name: string): string | undefined {
  if (kindOf(row) !== 'struct' || methodOf(row, name) !== undefined || !Object.hasOwn(row as object, name)) return undefined;
  const v = (row as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}

/** What `{{.name}}` prints for a header, a map keyed by strings, whose entry `name` is a string (undefined: anything else). */
function stringEntry(header: unknown, name: string): string | undefined {
  if (!(header instanceof Map) || !typeName(header).startsWith('map[string]') || methodOf(header, name) !== undefined) return undefined;
  const v: unknown = header.get(name);
  return typeof v === 'string' ? v : undefined;
}

/**
 * renderFormat without the template engine, for a format of text and field references whose fields
 * are strings, in the rows and in the header: what the engine prints for it is the text with each
 * field's string in its place. Undefined for any other format or data (the engine renders those):
 * parsing and running a template costs a command about a millisecond when its code is cold.
 */
function renderFields(format: string, rows: readonly unknown[], header: unknown): string | undefined {
  const parts = fieldsOnly(preFormat(format));
  if (parts === undefined) return undefined;
  const fill = (value: (name: string) => string | undefined): string | undefined => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const v = value(parts[i]!);
      if (v === undefined) return undefined;
      out += v + parts[i + 1]!;
    }
    return out;
  };
  let body = '';
  for (const row of rows) {
    const r = fill((name) => stringField(row, name));
    if (r === undefined) return undefined;
    body += r + '\n';
  }
  if (!isTableFormat(format)) return body;
  const h = fill((name) => stringEntry(header ?? new Map(), name));
  return h === undefined ? undefined : tabwriter(h + '\n' + body, TABWRITER);
}
