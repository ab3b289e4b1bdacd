/** --format handling shared by the listing verbs: docker's templates, `table` prefix and default tables. */
import { isTemplateError, renderFormat, type TemplateError } from '../index.js';
import type { Io } from './io.js';

/**
 * Render rows with a format (or the verb's default table); false when the template failed (already
 * reported). formatter.Context.Write wraps the template's errors, parsing or executing, alike.
 */
export function printRows(io: Io, format: string, rows: readonly object[], header: ReadonlyMap<string, string>): boolean {
  const r: string | TemplateError = renderFormat(format, rows, header);
  if (isTemplateError(r)) {
    io.err(`template parsing error: ${r.message}\n`);
    return false;
  }
  io.out(r);
  return true;
}
