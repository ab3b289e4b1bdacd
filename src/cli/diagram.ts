/**
 * `strata diagram lifecycle` and `strata diagram layers`: strata's own verbs (docker has none; its
 * `images --tree`/`--viz` were removed). The lifecycle is drawn from the xstate machine, the layers
 * from the store's state (`--at SEQ`: as it was right after that event). Mermaid by default, DOT,
 * or SVG drawn in process by Graphviz compiled to WebAssembly.
 */
import { lifecycleDiagram } from '../diagram/lifecycle.js';
import { layersDiagram } from '../diagram/layers.js';
import { FORMATS, type Format, isFormat } from '../diagram/text.js';
import { categoryOf } from '../core/errors.js';
import { type Cli, type Opts, str } from './containers.js';
import { clientNotFound, daemon } from './output.js';

function formatOf(cli: Cli, verb: string, opts: Opts): Format | undefined {
  const f = str(opts['format']) ?? 'mermaid';
  if (isFormat(f)) return f;
  cli.io.err(`strata: --format ${f}: not a diagram format; strata ${verb} draws ${FORMATS.join(', ')}\n`);
  return undefined;
}

/** Printed at once, or once Graphviz has drawn it (SVG): text formats stay synchronous for the in-process CLI. */
function print(cli: Cli, text: string | Promise<string>): number | Promise<number> {
  if (typeof text === 'string') {
    cli.io.out(text);
    return 0;
  }
  return text.then((t) => print(cli, t));
}

export function lifecycle(cli: Cli, _args: string[], opts: Opts): Promise<number> | number {
  const format = formatOf(cli, 'diagram lifecycle', opts);
  if (format === undefined) return 125;
  return print(cli, lifecycleDiagram(format, { loops: opts['loops'] === true }));
}

export function layers(cli: Cli, args: string[], opts: Opts): Promise<number> | number {
  const format = formatOf(cli, 'diagram layers', opts);
  if (format === undefined) return 125;
  const drawn = layersDiagram(cli.view().state, format, { refs: args, graph: opts['graph'] === true });
  if (typeof drawn === 'object' && 'code' in drawn) {
    cli.io.err(categoryOf(drawn) === 'not_found' ? clientNotFound(drawn) : daemon(drawn));
    return 1;
  }
  return print(cli, drawn);
}
