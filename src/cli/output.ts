/**
 * How the docker CLI prints what the daemon answered: the one place that adds prefixes
 * (`Error response from daemon:`, `Error:`, `docker:`) and picks exit codes.
 */
import { type DockerError, categoryOf, render } from '../core/errors.js';
import type { Io } from './io.js';

/** `Error response from daemon: <msg>` — how the CLI shows any API error (client/request.go trims it). */
export const daemonMessage = (message: string): string => `Error response from daemon: ${message.trim()}\n`;
export const daemon = (e: DockerError): string => daemonMessage(render(e));

/** Errors the CLI reports itself for an object it could not find (`Error: No such container: x`). */
export const clientNotFound = (e: DockerError): string => `Error: ${render(e)}\n`;

/** `docker run`/`create` reportError: trailing period, optional "See 'docker run --help'." */
export function reportError(io: Io, verb: string, message: string, withHelp: boolean): void {
  let text = `${message.replace(/\.$/, '')}.`;
  if (withHelp) text += `\nSee 'docker ${verb} --help'.`;
  io.err(`docker: ${text}\n`);
}

export const isNotFound = (e: DockerError): boolean => categoryOf(e) === 'not_found';

/** cli/command/container/run.go runStartContainerErr / toStatusError: 126/127 for exec failures, else 125. */
export function runExitCode(e: DockerError): number {
  const msg = render(e);
  if (/executable file not found|no such file or directory|not a directory/.test(msg) && e.code === 'start_failed') return 127;
  if (/permission denied|is a directory/.test(msg) && e.code === 'start_failed') return 126;
  if (e.code === 'start_failed') return e.exitCode === 126 || e.exitCode === 127 ? e.exitCode : 125;
  return 125;
}
