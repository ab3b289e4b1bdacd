/**
 * DOT to SVG in process, without a browser or a Graphviz install: Graphviz compiled to WebAssembly
 * (@viz-js/viz). Required only when an SVG is asked for (the CLI's bundle leaves it out: some 1.5 MB
 * that no other command should read); its output depends on nothing but the DOT text.
 */
import { createRequire } from 'node:module';

let viz: Promise<import('@viz-js/viz').Viz> | undefined;

export async function dotToSvg(dot: string): Promise<string> {
  // required, not imported: the bundled CLI runs as a script, where a dynamic import() cannot load
  viz ??= (createRequire(import.meta.url)('@viz-js/viz') as typeof import('@viz-js/viz')).instance();
  const result = (await viz).render(dot, { format: 'svg' });
  if (result.status !== 'success') throw new Error(`strata: Graphviz could not draw the diagram: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.output;
}
