/**
 * Go's text/tabwriter (Go 1.19, text/tabwriter/tabwriter.go) with padchar ' ' and no flags, the way
 * docker/cli uses it (tabwriter.NewWriter(out, minwidth, 1, padding, ' ', 0)).
 * Cells are tab-terminated; the text after a line's last tab is not part of any column and is
 * never padded. A column block is a run of consecutive lines that all have a cell in that column.
 */

type Cell = { text: string; width: number };

export type TabwriterOptions = { minwidth: number; padding: number };

/** Aligns `text` (lines separated by \n, cells by \t) exactly like Go's tabwriter followed by Flush. */
export function tabwriter(text: string, opts: TabwriterOptions): string {
  const lines: Cell[][] = text.split('\n').map((l) => l.split('\t').map((t) => ({ text: t, width: [...t].length })));
  const widths: number[] = [];
  const out: string[] = [];

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] as Cell[];
      line.forEach((c, j) => {
        out.push(c.text);
        const w = widths[j];
        if (j < widths.length && w !== undefined) out.push(' '.repeat(Math.max(0, w - c.width)));
      });
      // The final line (text after the last newline) is emitted without a newline.
      if (i + 1 < lines.length) out.push('\n');
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= (lines[t] as Cell[]).length - 1) continue;
      writeLines(line0, t);
      line0 = t;
      let width = opts.minwidth;
      for (; t < line1; t++) {
        const line = lines[t] as Cell[];
        if (column >= line.length - 1) break;
        width = Math.max(width, (line[column] as Cell).width + opts.padding);
      }
      widths.push(width);
      format(line0, t);
      widths.pop();
      line0 = t; // line t has no cell in this column, so the loop's t++ may skip it
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join('');
}
