/**
 * The two text languages diagrams are written in: Graphviz DOT (which `svg.ts` renders) and Mermaid
 * (which documents render themselves). Only what the diagrams need: ids and labels, quoted.
 */

/** A DOT double-quoted string: `"` and `\` escaped, newlines as DOT's centred line break. */
export const dotString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** A Mermaid node id: letters, digits and `_` only (the id is never shown; its label is). */
export const mermaidId = (key: string): string => key.replace(/[^A-Za-z0-9_]/g, '_');

/** A Mermaid label, quoted: `"` as its entity, newlines as `<br/>`. */
export const mermaidLabel = (text: string): string => `"${text.replace(/"/g, '#quot;').replace(/\n/g, '<br/>')}"`;

/** The formats a diagram is drawn in. */
export const FORMATS = ['mermaid', 'dot', 'svg'] as const;
export type Format = (typeof FORMATS)[number];
export const isFormat = (f: string): f is Format => (FORMATS as readonly string[]).includes(f);
