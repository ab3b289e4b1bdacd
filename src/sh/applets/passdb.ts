/**
 * busybox 1.35's own /etc/passwd and /etc/group reader (libpwdgrp/pwd_grp.c), which its id and
 * whoami use: each lookup reads the file from the top, as the process (a file it may not read is no
 * file), line by line; empty lines and lines starting with `#` are skipped; a line whose number of
 * `:`-separated fields is not 7 (passwd) or 4 (group) is reported (`id: /etc/passwd: bad record`)
 * and skipped, every time a lookup passes it; blanks around a field are dropped. A lookup compares
 * the key field as text (a uid by its decimal digits); the entry found is no entry when its gid
 * field is not a decimal number of 32 bits (bb_strtou).
 */
import type { AppletCtx } from './context.js';
import { inKernelFs } from '../path.js';
import { unsupported, type Unsupported } from '../types.js';

type Db = { readonly file: '/etc/passwd'; readonly fields: 7; readonly gidAt: 3 } | { readonly file: '/etc/group'; readonly fields: 4; readonly gidAt: 2 };

export const PASSWD: Db = { file: '/etc/passwd', fields: 7, gidAt: 3 };
export const GROUP: Db = { file: '/etc/group', fields: 4, gidAt: 2 };

/** tokenize(): the fields of a record, blanks (space, tab) around each dropped. */
const tokenize = (line: string, sep: string): string[] => line.split(sep).map((f) => f.replace(/^[ \t]+|[ \t]+$/g, ''));

/** bb_strtou: decimal digits only, within 32 bits. */
const strtou = (s: string): number | undefined => (/^[0-9]+$/.test(s) && Number(s) <= 0xffffffff ? Number(s) : undefined);

/** A record busybox reads: its fields, and its gid when that field reads as one (else the record is no entry). */
export interface Record {
  readonly fields: readonly string[];
  readonly gid: number | undefined;
}

/** The file's lines as xmalloc_fgetline gives them, or none (a file that does not open). */
function fileLines(ctx: AppletCtx, db: Db): string[] | Unsupported {
  if (inKernelFs(ctx.fs, db.file)) return unsupported(`${db.file} in a kernel filesystem`);
  const data = ctx.fs.readFile(db.file);
  if (typeof data === 'string') return [];
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\uFFFD') || text.includes('\0')) return unsupported(`a ${db.file} that is not text`);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * parse_common: the records read from the top until `match` takes one (every record when none does),
 * reporting the bad ones passed on the way as `applet`'s errors.
 */
export function scan(ctx: AppletCtx, applet: string, db: Db, match: (fields: readonly string[]) => boolean): Record[] | Unsupported {
  const lines = fileLines(ctx, db);
  if (!Array.isArray(lines)) return lines;
  const out: Record[] = [];
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    const fields = tokenize(line, ':');
    if (fields.length !== db.fields) {
      ctx.err(`${applet}: ${db.file}: bad record\n`);
      continue;
    }
    out.push({ fields, gid: strtou(fields[db.gidAt]!) });
    if (match(fields)) break;
  }
  return out;
}

/** getpwuid/getgrgid (`at` 2) and getpwnam/getgrnam (`at` 0): the entry's fields, undefined when there is none. */
export function lookup(ctx: AppletCtx, applet: string, db: Db, at: 0 | 2, key: string): readonly string[] | undefined | Unsupported {
  const records = scan(ctx, applet, db, (f) => f[at] === key);
  if (!Array.isArray(records)) return records;
  const last = records[records.length - 1];
  return last !== undefined && last.fields[at] === key && last.gid !== undefined ? last.fields : undefined;
}

/** The members of a group record (its fourth field): names with their blanks dropped, empty ones left out. */
export const members = (fields: readonly string[]): string[] => tokenize(fields[3] ?? '', ',').filter((m) => m !== '');
