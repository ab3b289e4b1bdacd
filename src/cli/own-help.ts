/**
 * The help of what is strata's own, laid out as docker's client lays out its own: `strata --help`
 * (docker's commands that strata has, then strata's own), and `--help` of strata's own verbs
 * (diagram, log, explore, store; check and export promela have theirs in src/check/help.ts).
 * test/cli/own-help.test.ts holds each text to the flags its verb takes.
 */
import { VERBS_NOT_MODELLED } from './flags.js';
import { GROUP_USAGES } from './help.js';
import { DOCKER_HELP } from './help-texts.js';
import { MANAGEMENT } from './management.js';
import { allUsages, usageOf } from './usage.js';

const rows = (entries: readonly (readonly [string, string])[]): string => {
  const width = Math.max(11, ...entries.map(([n]) => n.length + 1));
  return entries.map(([name, short]) => `  ${name.padEnd(width)} ${short}\n`).join('');
};

/** The one-line description of each of strata's own commands (check's and export promela's are the checker's). */
export const OWN_COMMANDS: readonly (readonly [string, string])[] = [
  ['check', 'Explore every state a small universe of the model reaches, checking invariants in each'],
  ['diagram', 'Draw the container lifecycle, or images and containers as stacks of layers'],
  ['explore', usageOf('explore')!.short],
  ['export promela', 'Write the container lifecycle and the reference-count rules as a Promela model for SPIN'],
  ['log', usageOf('log')!.short],
  ['store', 'Check the store, or repair a corrupt one'],
];

/** `strata --help` (on stdout), and `strata` alone (on stderr), exit 0 both, as docker's. */
export function topHelp(): string {
  const docker = Object.entries(allUsages())
    .filter(([verb, u]) => !verb.includes(' ') && u.usage.startsWith('docker '))
    .map(([verb, u]): [string, string] => [verb, u.short])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const groups = Object.entries(GROUP_USAGES).map(([group, text]): [string, string] => [group, /\n\n(.*)\n\nCommands:/.exec(text)?.[1] ?? '']);
  return `
Usage:  strata [OPTIONS] COMMAND

An executable model of Docker Engine 20.10's images and containers: docker's commands, answered by the model

Management Commands:
${rows(groups)}
Commands:
${rows(docker)}
strata's own commands:
${rows(OWN_COMMANDS)}
Run 'strata COMMAND --help' for more information on a command.
docker's commands that strata does not model are refused as such (exit 125).
`;
}

const verbHelp = (verb: string, options: string): string => {
  const u = usageOf(verb)!;
  return `\nUsage:  ${u.usage}\n\n${u.short}\n${options === '' ? '' : `\nOptions:\n${options}`}`;
};

/** `--help` of strata's own verbs and of its own groups (`strata diagram`, `strata store`). */
export const OWN_HELP: Readonly<Record<string, string>> = {
  diagram: `
Usage:  strata diagram COMMAND

Draw the container lifecycle, or images and containers as stacks of layers

Commands:
  layers      ${usageOf('diagram layers')!.short}
  lifecycle   ${usageOf('diagram lifecycle')!.short}

Run 'strata diagram COMMAND --help' for more information on a command.
`,
  'diagram lifecycle': verbHelp(
    'diagram lifecycle',
    `      --format string   mermaid (the default), dot (Graphviz's language) or svg
      --loops           Draw the verbs that leave the status as it is too
`,
  ),
  'diagram layers': verbHelp(
    'diagram layers',
    `      --at seq          Draw the store as it was right after event seq
      --format string   mermaid (the default), dot (Graphviz's language) or svg
      --graph           Add the image parent graph
`,
  ),
  explore: verbHelp(
    'explore',
    `  -o, --output dir     Write dir/index.html, a page that opens from file:// with no server
      --title string   The page's title (default: the store's directory)
`,
  ),
  log: verbHelp(
    'log',
    `      --events           One row per event instead of one per command
      --format string    Print with a Go template over Line, Seq, Time, Type, Summary and Event
      --since-seq seq    Only events from sequence number seq on
      --type list        Only events of these types (repeated or comma-separated)
      --until-seq seq    Only events up to sequence number seq
`,
  ),
  store: `
Usage:  strata store COMMAND

Check the store, or repair a corrupt one

Commands:
  check       ${usageOf('store check')!.short}
  repair      ${usageOf('store repair')!.short}

Run 'strata store COMMAND --help' for more information on a command.
`,
  'store check': verbHelp('store check', ''),
  'store repair': verbHelp(
    'store repair',
    `      --truncate-at line   The first line to cut: it and every line after it go to lost+found/
`,
  ),
};

/**
 * `strata help WORD…`: the command whose help WORD… asks for (`help container ls` is `container ls
 * --help`), or docker's error for the first word that names none (exit 1).
 */
export function helpTopic(words: readonly string[]): string[] | string {
  const known = new Set([
    ...Object.keys(DOCKER_HELP), ...Object.keys(OWN_HELP), ...Object.keys(GROUP_USAGES), ...Object.keys(VERBS_NOT_MODELLED), 'check', 'export promela',
    ...Object.entries(MANAGEMENT).flatMap(([group, subs]) => Object.entries(subs).flatMap(([name, sub]) => [name, ...(sub.aliases ?? [])].map((n) => `${group} ${n}`))),
  ]);
  const path: string[] = [];
  for (const word of words) {
    if (!known.has([...path, word].join(' '))) return `unknown help topic: ${word}\n`;
    path.push(word);
  }
  return path;
}
