/** `docker version` and `docker info` (`docker system info`): strata's own facts in docker's layout (src/view/system.ts). */
import { executeTemplate, goPlatform, infoData, infoText, isTemplateError, parseTemplate, versionInfo, versionText } from '../index.js';
import { type Cli, type Opts, str } from './containers.js';

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
