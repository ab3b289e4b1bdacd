/**
 * Go 1.19 encoding/json's Indent (indent.go): valid JSON re-spaced byte by byte as the scanner reads
 * it, each element on its own line under `prefix` and one `indent` per level, `{}` and `[]` kept
 * empty; strings and numbers are copied as they are.
 */
import { SCAN_CONTINUE, SCAN_END_ARRAY, SCAN_END_OBJECT, SCAN_ERROR, SCAN_SKIP_SPACE, Scanner } from './scanner.js';

/** json.Indent of `src`, or the scanner's syntax error. */
export function indent(src: string, prefix: string, indentBy: string): string | { readonly error: string } {
  const scan = new Scanner();
  let out = '';
  let needIndent = false;
  let depth = 0;
  const newline = (): void => {
    out += `\n${prefix}${indentBy.repeat(depth)}`;
  };
  for (const c of Buffer.from(src, 'utf8')) {
    const v = scan.step(scan, c);
    if (v === SCAN_SKIP_SPACE) continue;
    if (v === SCAN_ERROR) break;
    if (needIndent && v !== SCAN_END_OBJECT && v !== SCAN_END_ARRAY) {
      needIndent = false;
      depth++;
      newline();
    }
    const ch = String.fromCharCode(c); // a byte: multi-byte UTF-8 is put back together below
    if (v === SCAN_CONTINUE) {
      out += ch;
      continue;
    }
    switch (ch) {
      case '{':
      case '[':
        // the newline waits, so that an empty object or array stays {} or []
        needIndent = true;
        out += ch;
        break;
      case ',':
        out += ch;
        newline();
        break;
      case ':':
        out += ': ';
        break;
      case '}':
      case ']':
        if (needIndent) needIndent = false;
        else {
          depth--;
          newline();
        }
        out += ch;
        break;
      default:
        out += ch;
    }
  }
  if (scan.eof() === SCAN_ERROR) return { error: scan.err ?? '' };
  return Buffer.from(out, 'latin1').toString('utf8');
}
