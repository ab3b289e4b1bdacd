/** `strata store check` and `strata store repair --truncate-at LINE`: strata's own verbs for its store. */
import { checkStore, FileLog, StoreError } from '../index.js';
import type { Cli, Opts } from './containers.js';

export function check(cli: Cli): number {
  const r = checkStore(cli.io.home);
  for (const n of r.notes) cli.io.out(`${n}\n`);
  for (const p of r.problems) cli.io.out(`problem: ${p}\n`);
  cli.io.out(r.problems.length === 0 ? 'store check: sound\n' : `store check: ${r.problems.length} problem(s)\n`);
  return r.problems.length === 0 ? 0 : 1;
}

export function repair(cli: Cli, _args: string[], opts: Opts): number {
  const at = opts['truncateAt'];
  const line = typeof at === 'string' && /^[1-9][0-9]*$/.test(at) ? Number(at) : NaN;
  if (!Number.isSafeInteger(line)) {
    throw new StoreError({ code: 'repair', reason: `store repair needs --truncate-at LINE, a line number of the log (\`strata store check\` names the bad one)${at === undefined ? '' : `; got "${String(at)}"`}` });
  }
  const r = new FileLog(cli.io.home).truncateAt(line);
  const span = r.lines === 1 ? `line ${line}` : `lines ${line}–${line + r.lines - 1}`;
  cli.io.out(`cut ${span} (${r.lines} line${r.lines === 1 ? '' : 's'}, ${r.events} events) from the log; kept in ${r.aside}\n`);
  return 0;
}
