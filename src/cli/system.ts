/**
 * `docker version` and `docker info` (`docker system info`): strata's own facts in docker's layout
 * (src/view/system.ts); `docker system df`: the disk usage of the state (src/view/df.ts).
 */
import {
  DF,
  IMAGES_HEADER,
  PS_HEADER,
  buildCacheLine,
  dfRows,
  dfVerboseRows,
  dfVerboseValue,
  executePartial,
  executeTemplate,
  goPlatform,
  infoData,
  infoText,
  isTemplateError,
  parseTemplate,
  preFormat,
  versionInfo,
  versionText,
} from '../index.js';
import { type Cli, type Opts, str } from './containers.js';
import { printRows } from './format.js';
import { nowOf } from './queries.js';

/** The machine strata runs on, as docker version shows its client's. */
const host = () => ({ runtime: process.version, ...goPlatform(process.platform, process.arch) });

/**
 * A `--format` template over one value, as docker's version and info run it: a parse error is
 * `template parsing error: …`, exit 64; an execution error is printed after an empty line, exit 1.
 * docker's version names its template "version".
 */
function formatted(cli: Cli, format: string, data: unknown, name: string): number {
  const named = (text: string): string => (name === '' ? text : text.replace(/^template: :/, `template: ${name}:`).replace(/executing "" at/, `executing "${name}" at`));
  const t = parseTemplate(format);
  if (isTemplateError(t)) {
    cli.io.err(`template parsing error: ${named(t.message)}\n`);
    return 64;
  }
  const out = executeTemplate(t, data);
  if (isTemplateError(out)) {
    cli.io.out('\n');
    cli.io.err(`${named(out.message)}\n`);
    return 1;
  }
  cli.io.out(`${out}\n`);
  return 0;
}

export function version(cli: Cli, _args: string[], opts: Opts): number {
  const format = str(opts['format']);
  if (format === undefined) {
    cli.io.out(versionText(host()));
    return 0;
  }
  return formatted(cli, format, versionInfo(host()), 'version');
}

export function info(cli: Cli, _args: string[], opts: Opts): number {
  const state = cli.view().state;
  const format = str(opts['format']);
  if (format === undefined) {
    cli.io.out(infoText(state, cli.io.home));
    return 0;
  }
  return formatted(cli, format, infoData(state, cli.io.home), '');
}

/**
 * docker system df [-v] [--format] (cli/command/system/df.go, formatter NewDiskUsageFormat): no
 * format is `table`; `table` and `raw` are the summary's own formats, any other is the user's
 * template over each of its four rows. With -v, `table` prints a table per kind, and any other format
 * (`raw` the kinds' raw formats) is one template over all of them, written as it runs, without a
 * table or a newline of its own; ids and commands are shortened only for a format that is a table.
 */
export function systemDf(cli: Cli, _args: string[], opts: Opts): number {
  const state = cli.view().state;
  const given = str(opts['format']);
  const format = given === undefined || given === '' ? 'table' : given;
  if (opts['verbose'] !== true) {
    const f = format === 'table' ? DF.table : format === 'raw' ? DF.raw : format;
    return printRows(cli.io, f, dfRows(state), DF.header) ? 0 : 1;
  }
  const rows = dfVerboseRows(state, nowOf(cli), format.startsWith('table'));
  if (format === 'table') {
    const sections: [string, string, readonly object[], ReadonlyMap<string, string>][] = [
      ['Images space usage:\n\n', DF.imagesTable, rows.images, IMAGES_HEADER],
      ['\nContainers space usage:\n\n', DF.containersTable, rows.containers, PS_HEADER],
      ['\nLocal Volumes space usage:\n\n', DF.volumesTable, [], DF.volumesHeader],
      [`\n${buildCacheLine()}`, DF.buildCacheTable, [], DF.buildCacheHeader],
    ];
    for (const [title, table, objects, header] of sections) {
      cli.io.out(title);
      if (!printRows(cli.io, table, objects, header)) return 1;
    }
    return 0;
  }
  const t = parseTemplate(preFormat(format === 'raw' ? DF.verboseRaw : format));
  if (isTemplateError(t)) {
    cli.io.err(`template parsing error: ${t.message}\n`);
    return 1;
  }
  const r = executePartial(t, dfVerboseValue(rows));
  cli.io.out(r.out);
  if (r.err === null) return 0;
  cli.io.err(`${r.err.message}\n`);
  return 1;
}
