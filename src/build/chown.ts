/**
 * COPY/ADD --chown as moby 20.10's parseChownFlag (builder/dockerfile/internals_linux.go): `user`
 * alone also names the group; a number is taken as is (strconv.Atoi, so "+7" is 7); a name is
 * looked up in the image's /etc/passwd or /etc/group (runc's libcontainer/user parsers: lines
 * trimmed, fields split on ':', first match wins, a bad number reads as 0). Observed: `--chown=alice`
 * takes alice's uid and the gid of a *group* named alice; a missing /etc/passwd is only read when
 * a user name needs it; the texts name the file on the host.
 */
import { type FsView, followSymlinkInScope, scopedMessage } from './fs-view.js';
import { parseGoInt } from '../go/strconv.js';
import { goTrimSpace } from '../go/strings.js';

export interface Identity {
  readonly uid: number;
  readonly gid: number;
}

export type ChownResult = { readonly ok: true; readonly value: Identity } | { readonly ok: false; readonly message: string };

/** strconv.Atoi: optional sign, decimal digits, within int64. */
function atoi(s: string): number | undefined {
  const r = parseGoInt(s, 10, 64);
  return 'value' in r ? Number(r.value) : undefined;
}

class ChownError extends Error {}

/**
 * parseChownFlag; `rootfs` is the host path of the image's root that the engine's texts show
 * (`open <rootfs>/etc/passwd: no such file or directory`).
 */
export function parseChown(chown: string, view: FsView, rootfs: string): ChownResult {
  const wrap = (m: string): ChownResult => ({ ok: false, message: `unable to convert uid/gid chown string to host mapping: ${m}` });
  const parts = chown.split(':');
  if (parts.length > 2) return wrap(`invalid chown string format: ${chown}`);
  const userStr = parts[0]!;
  const groupStr = parts[1] ?? userStr;
  try {
    // both files are resolved before either is read
    const passwd = resolveIdFile(view, 'etc/passwd', rootfs);
    const group = resolveIdFile(view, 'etc/group', rootfs);
    const uid = lookup(userStr, passwd, view, rootfs, 'user');
    const gid = lookup(groupStr, group, view, rootfs, 'group');
    if (uid < 0 || gid < 0 || uid > 0xffffffff || gid > 0xffffffff) {
      return { ok: false, message: `strata does not model --chown with ids outside 0..4294967295: ${chown}` };
    }
    return { ok: true, value: { uid, gid } };
  } catch (e) {
    if (e instanceof ChownError) return wrap(e.message);
    throw e;
  }
}

function resolveIdFile(view: FsView, file: string, rootfs: string): string {
  const resolved = followSymlinkInScope(view, file);
  if (!resolved.ok) throw new ChownError(`can't resolve /${file} path in container rootfs: ${scopedMessage(resolved, rootfs, file)}`);
  return resolved.path;
}

function lookup(name: string, file: string, view: FsView, rootfs: string, kind: 'user' | 'group'): number {
  const numeric = atoi(name);
  if (numeric !== undefined) return numeric;
  const why = kind === 'user' ? `can't find uid for user ${name}` : `can't find gid for group ${name}`;
  const text = readIdFile(view, file, rootfs, why);
  for (const raw of text.split('\n')) {
    const line = goTrimSpace(raw);
    if (line === '') continue;
    const fields = line.split(':');
    if (fields[0] === name) return atoi(fields[2] ?? '') ?? 0;
  }
  throw new ChownError(`${why}: no such ${kind}: ${name}`);
}

/** The file (already resolved inside the image root) as the engine opens and scans it. */
function readIdFile(view: FsView, path: string, rootfs: string, why: string): string {
  const host = `${rootfs}/${path}`;
  const node = view.node(path);
  if (node === undefined) throw new ChownError(`${why}: open ${host}: no such file or directory`);
  if (node.type === 'dir') throw new ChownError(`${why}: read ${host}: is a directory`);
  if (node.type !== 'file') throw new ChownError(`${why}: open ${host}: no such file or directory`);
  return new TextDecoder().decode(view.read(node.digest));
}
