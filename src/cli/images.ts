/** The image verbs of the CLI: import, tag, rmi, image prune, container prune. */
import { type Decision, humanSize, isReference, parseReference, readLayerTar, render } from '../index.js';
import { type Cli, list, type Opts, str } from './containers.js';
import { openFailed, readFileBytes } from './io.js';
import { clientNotFound, daemon, deleteLines, isNotFound } from './output.js';


export async function importCmd(cli: Cli, args: string[], opts: Opts): Promise<number> {
  const [source, repoTag] = args as [string, string | undefined];
  if (repoTag !== undefined) {
    const r = parseReference(repoTag);
    if (!isReference(r)) {
      // client/image_import.go parses the reference before sending anything.
      cli.io.err(`${render(r)}\n`);
      return 1;
    }
  }
  let bytes: Uint8Array;
  if (source === '-') bytes = await cli.io.stdin();
  else {
    const b = readFileBytes(source);
    if (b instanceof Error) {
      cli.io.err(openFailed(source, b));
      return 1;
    }
    bytes = b;
  }
  const layer = await readLayerTar(bytes);
  if ('code' in layer) {
    cli.io.err(layer.code === 'unsupported' ? `${render(layer.error)}\n` : daemon(layer.error));
    return 1;
  }
  const d = cli.strata().execute({
    type: 'import',
    layer,
    message: str(opts['message']) ?? '',
    changes: list(opts['change']),
    ...(repoTag !== undefined ? { repoTag } : {}),
  });
  if (d.error) {
    cli.io.err(daemon(d.error));
    return 1;
  }
  cli.io.out(`${d.reply.id}\n`);
  return 0;
}

export function tag(cli: Cli, args: string[]): number {
  const [source, target] = args as [string, string];
  const r = parseReference(target);
  if (!isReference(r)) {
    cli.io.err(`Error parsing reference: "${target}" is not a valid repository/tag: ${render(r)}\n`);
    return 1;
  }
  const d = cli.strata().execute({ type: 'tag', source, target });
  if (d.error) {
    cli.io.err(daemon(d.error));
    return 1;
  }
  return 0;
}

export function rmi(cli: Cli, args: string[], opts: Opts): number {
  const force = opts['force'] === true;
  let status = 0;
  let onlyNotFound = true;
  for (const ref of args) {
    const d = cli.strata().execute({ type: 'rmi', ref, force, prune: opts['prune'] !== false });
    if (d.error) {
      status = 1;
      if (isNotFound(d.error)) cli.io.err(clientNotFound(d.error));
      else {
        onlyNotFound = false;
        cli.io.err(daemon(d.error));
      }
      continue;
    }
    for (const line of deleteLines(d.reply.deleted ?? [], false)) cli.io.out(`${line}\n`);
  }
  return status !== 0 && force && onlyNotFound ? 0 : status;
}

/** opts.FilterOpt.Set: a filter without `=` is a flag error (pflag, exit 125). */
function badPruneFilter(cli: Cli, verb: string, opts: Opts): boolean {
  const bad = list(opts['filter']).find((f) => !f.includes('='));
  if (bad === undefined) return false;
  cli.io.err(`invalid argument "${bad}" for "--filter" flag: bad format of filter (expected name=value)\nSee 'docker ${verb} --help'.\n`);
  return true;
}

/** docker's prune confirmation; anything but y/Y declines. */
async function confirm(cli: Cli, warning: string): Promise<boolean> {
  cli.io.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = new TextDecoder().decode(await cli.io.stdin()).trim();
  return answer === 'y' || answer === 'Y';
}

/** Run `prune` at once with -f, else once the user has said yes (a prune with -f waits for nothing). */
function confirmed(cli: Cli, opts: Opts, warning: string, prune: () => number): number | Promise<number> {
  return opts['force'] === true ? prune() : confirm(cli, warning).then((yes) => (yes ? prune() : 0));
}

export function imagePrune(cli: Cli, _args: string[], opts: Opts): number | Promise<number> {
  const all = opts['all'] === true;
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.'
    : 'WARNING! This will remove all dangling images.';
  if (badPruneFilter(cli, 'image prune', opts)) return 125;
  // cli/command/image/prune.go adds dangling=<!all> to whatever the user filtered on.
  return confirmed(cli, opts, warning, () =>
    pruneReport(cli, 'Deleted Images', cli.strata().execute({ type: 'image_prune', all, filters: [...list(opts['filter']), `dangling=${!all}`] })),
  );
}

/** What both prunes print: the deleted list under its heading (if any), then the space reclaimed. */
function pruneReport(cli: Cli, heading: string, d: Decision): number {
  if (d.error) {
    cli.io.err(d.error.code === 'unsupported' ? `${render(d.error)}\n` : daemon(d.error));
    return 1;
  }
  const lines = d.reply.deleted !== undefined ? deleteLines(d.reply.deleted, true) : (d.reply.removed ?? []);
  if (lines.length > 0) cli.io.out(`${heading}:\n${lines.join('\n')}\n\n`);
  // cli/command/image/prune.go: units.HumanSize, four significant digits (observed: 1.982MB)
  cli.io.out(`Total reclaimed space: ${humanSize(d.reply.reclaimed ?? 0, 4)}\n`);
  return 0;
}

export function containerPrune(cli: Cli, _args: string[], opts: Opts): number | Promise<number> {
  if (badPruneFilter(cli, 'container prune', opts)) return 125;
  return confirmed(cli, opts, 'WARNING! This will remove all stopped containers.', () =>
    pruneReport(cli, 'Deleted Containers', cli.strata().execute({ type: 'container_prune', filters: list(opts['filter']) })),
  );
}
