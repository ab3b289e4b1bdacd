/**
 * `strata diagram lifecycle` and `strata diagram layers`: strata's own verbs (docker has none; its
 * `images --tree`/`--viz` were removed). The lifecycle is drawn from the xstate machine, the layers
 * from the store's state (`--at SEQ`: as it was right after that event). Mermaid by default, DOT,
 * or SVG drawn in process by Graphviz compiled to WebAssembly.
 */
import {
  categoryOf,
  DIAGRAM_FORMATS,
  type DiagramFormat,
  exploreData,
  isDiagramFormat,
  layersDiagram,
  lifecycleDiagram,
  writeExplorer,
} from '../index.js';
import { type Cli, type Opts, str } from './containers.js';
import { clientNotFound, daemon } from './output.js';

function formatOf(cli: Cli, verb: string, opts: Opts): DiagramFormat | undefined {
  const f = str(opts['format']) ?? 'mermaid';
  if (isDiagramFormat(f)) return f;
  cli.io.err(`strata: --format ${f}: not a diagram format; strata ${verb} draws ${DIAGRAM_FORMATS.join(', ')}\n`);
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

/**
 * `strata explore -o DIR`: the explorer page over the whole log (a frame per event), with the
 * lifecycle drawn once as SVG. A directory it cannot write is one line and exit 1.
 */
export function explore(cli: Cli, _args: string[], opts: Opts): number | Promise<number> {
  const dir = str(opts['output']);
  if (dir === undefined || dir === '') {
    cli.io.err("strata: explore needs -o DIR, the directory to write index.html into\nSee 'strata explore --help'.\n");
    return 125;
  }
  const commands = cli.view().commands();
  const events = commands.reduce((n, c) => n + c.length, 0);
  if (events > EXPLORE_MAX_EVENTS) {
    cli.io.err(`strata: explore: the log has ${events} events; the page holds a frame per event and is made for logs of up to ${EXPLORE_MAX_EVENTS}\n`);
    return 1;
  }
  return lifecycleDiagram('svg').then((svg) => writePage(cli, dir, exploreData(commands, { title: str(opts['title']) ?? cli.io.home, lifecycleSvg: svg })));
}

/** A frame per event, each a few kB: past this many events the page would weigh hundreds of MB. */
export const EXPLORE_MAX_EVENTS = 20_000;

function writePage(cli: Cli, dir: string, data: ReturnType<typeof exploreData>): number {
  try {
    cli.io.out(`${writeExplorer(dir, data)}\n`);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code !== 'string') throw e;
    cli.io.err(`strata: explore: cannot write ${dir}: ${err.code} (${err.message})\n`);
    return 1;
  }
  return 0;
}
