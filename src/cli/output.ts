/**
 * How the docker CLI prints what the daemon answered: the one place that adds prefixes
 * (`Error response from daemon:`, `Error:`, `docker:`), picks exit codes, and turns the daemon's
 * reports (rmi's, the prunes', load's) into lines. Error texts come from core/errors.ts.
 */
import { categoryOf, type DeleteRecord, type DockerError, type LoadRecord, render } from '../index.js';
import type { Io } from './io.js';

/** `Error response from daemon: <msg>` — how the CLI shows any API error (client/request.go trims it). */
export const daemonMessage = (message: string): string => `Error response from daemon: ${message.trim()}\n`;

/** An error as the CLI shows the daemon's; a bug of the model is shown as what it is, never as the engine's answer. */
export const daemon = (e: DockerError): string => (e.code === 'model_bug' ? `${render(e)}\n` : daemonMessage(render(e)));

/** Errors the CLI reports itself for an object it could not find (`Error: No such container: x`). */
export const clientNotFound = (e: DockerError): string => `Error: ${render(e)}\n`;

/** `docker run`/`create` reportError: trailing period, optional "See 'docker run --help'." */
export function reportError(io: Io, verb: string, message: string, withHelp: boolean): void {
  let text = `${message.replace(/\.$/, '')}.`;
  if (withHelp) text += `\nSee 'docker ${verb} --help'.`;
  io.err(`docker: ${text}\n`);
}

export const isNotFound = (e: DockerError): boolean => categoryOf(e) === 'not_found';

/**
 * rmi's report (cli/command/image/remove.go: `Untagged: …`, `Deleted: …`) and image prune's
 * (cli/command/image/prune.go, in lower case: `untagged: …`, `deleted: …`).
 */
export function deleteLines(records: readonly DeleteRecord[], prune: boolean): string[] {
  const [untagged, deleted] = prune ? ['untagged', 'deleted'] : ['Untagged', 'Deleted'];
  return records.map((r) => ('untagged' in r ? `${untagged}: ${r.untagged}` : `${deleted}: ${r.deleted}`));
}

/** load's stream, a line per message (jsonmessage); the ids' message is one line per id, an empty one an empty line. */
export function loadLines(records: readonly LoadRecord[]): string[] {
  return records.flatMap((r) => {
    if ('renamed' in r) return [`The image ${r.renamed} already exists, renaming the old one with ID ${r.previous} to empty string`];
    if ('loaded' in r) return [`Loaded image: ${r.loaded}`];
    return r.loadedIds.length === 0 ? [''] : r.loadedIds.map((id) => `Loaded image ID: ${id}`);
  });
}

/** cli/command/container/run.go runStartContainerErr / toStatusError: 126/127 for exec failures, else 125. */
export function runExitCode(e: DockerError): number {
  const msg = render(e);
  if (/executable file not found|no such file or directory|not a directory/.test(msg) && e.code === 'start_failed') return 127;
  if (/permission denied|is a directory/.test(msg) && e.code === 'start_failed') return 126;
  if (e.code === 'start_failed') return e.exitCode === 126 || e.exitCode === 127 ? e.exitCode : 125;
  return 125;
}
