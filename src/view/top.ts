/**
 * docker top's table, as the client prints what the daemon answered (cli/command/container/top.go):
 * the titles, then each process's fields, tab-separated through a tabwriter (minwidth 20, tabwidth 1,
 * padding 3, spaces).
 */
import type { TopReply } from '../container/top.js';
import { tabwriter } from '../go/tabwriter.js';

export function topTable(reply: TopReply): string {
  const lines = [reply.titles, ...reply.processes].map((fields) => `${fields.join('\t')}\n`);
  return tabwriter(lines.join(''), { minwidth: 20, padding: 3 });
}
