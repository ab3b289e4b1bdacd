/**
 * COPY/ADD --chown as moby 20.10's parseChownFlag (builder/dockerfile/internals_linux.go): `user`
 * alone also names the group; a number is taken as is (strconv.Atoi, so "+7" is 7); a name is
 * looked up in the image's /etc/passwd or /etc/group (runc's libcontainer/user parsers: lines
 * trimmed, fields split on ':', first match wins, a bad number reads as 0). Observed: `--chown=alice`
 * takes alice's uid and the gid of a *group* named alice; a missing /etc/passwd is only read when
 * a user name needs it; the errors name the file on the host.
 */
import { catchRaised, type DockerError, raise } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { type FsView, followSymlinkInScope, scopedError } from './fs-view.js';
import { parseGoInt } from '../go/strconv.js';
import { goTrimSpace } from '../go/strings.js';

export interface Identity {
  readonly uid: number;
  readonly gid: number;
}

export type ChownResult = Result<Identity, DockerError>;

/** strconv.Atoi: optional sign, decimal digits, within int64. */
function atoi(s: string): number | undefined {
  const r = parseGoInt(s, 10, 64);
  return 'value' in r ? Number(r.value) : undefined;
}

/**
 * parseChownFlag; `rootfs` is the host path of the image's root that the engine's errors show
 * (`open <rootfs>/etc/passwd: no such file or directory`).
 */
export function parseChown(chown: string, view: FsView, rootfs: string): ChownResult {
  const parts = chown.split(':');
  const userStr = parts[0]!;
  const groupStr = parts[1] ?? userStr;
  const ids = catchRaised(() => {
    if (parts.length > 2) raise({ code: 'chown_format', chown });
    // both files are resolved before either is read
    const passwd = resolveIdFile(view, 'etc/passwd', rootfs);
    const group = resolveIdFile(view, 'etc/group', rootfs);
    return { uid: lookup(userStr, passwd, view, rootfs, 'user'), gid: lookup(groupStr, group, view, rootfs, 'group') };
  });
  if (!ids.ok) return { ok: false, error: { code: 'chown_mapping', cause: ids.error } };
  const { uid, gid } = ids.value;
  if (uid < 0 || gid < 0 || uid > 0xffffffff || gid > 0xffffffff) {
    return { ok: false, error: { code: 'unsupported', message: `strata does not model --chown with ids outside 0..4294967295: ${chown}` } };
  }
  return ids;
}

function resolveIdFile(view: FsView, file: string, rootfs: string): string {
  const resolved = followSymlinkInScope(view, file);
  if (!resolved.ok) raise({ code: 'chown_resolve', file: `/${file}`, cause: scopedError(resolved, rootfs, file) });
  return resolved.path;
}

function lookup(name: string, file: string, view: FsView, rootfs: string, kind: 'user' | 'group'): number {
  const numeric = atoi(name);
  if (numeric !== undefined) return numeric;
  const failed = (cause: DockerError): never => raise({ code: 'chown_lookup', kind, name, cause });
  const text = readIdFile(view, file, rootfs, failed);
  for (const raw of text.split('\n')) {
    const line = goTrimSpace(raw);
    if (line === '') continue;
    const fields = line.split(':');
    if (fields[0] === name) return atoi(fields[2] ?? '') ?? 0;
  }
  return failed({ code: 'no_such_id', kind, name });
}

/** The file (already resolved inside the image root) as the engine opens and scans it. */
function readIdFile(view: FsView, path: string, rootfs: string, failed: (cause: DockerError) => never): string {
  const host = `${rootfs}/${path}`;
  const node = view.node(path);
  if (node?.type === 'dir') return failed({ code: 'path_error', op: 'read', path: host, errno: 'EISDIR' });
  if (node?.type !== 'file') return failed({ code: 'path_error', op: 'open', path: host, errno: 'ENOENT' });
  return new TextDecoder().decode(view.read(node.digest));
}
