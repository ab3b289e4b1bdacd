/**
 * The owner names of export and cp-out tars (docs/rules.md USER-5): the container's /etc/passwd and
 * /etc/group, but root for uid 0, and root for a gid 0 the group file does not name. Observed on
 * Docker 20.10.24 (`docker export | tar -tv` of files chowned 0, 7, 2001 and 4444).
 */
import { describe, expect, it } from 'vitest';
import type { Digest, Node } from '../../src/layer/changeset.js';
import { sha256 } from '../../src/layer/digest.js';
import { containerOwnerNames, type OwnerNames } from '../../src/layer/owner-names.js';

/** A view holding /etc/passwd and /etc/group with these texts (undefined: no such file). */
function view(passwd?: string, group?: string): { at: (p: string) => Node | undefined; blob: (d: Digest) => Uint8Array } {
  const blobs = new Map<Digest, Uint8Array>();
  const nodes = new Map<string, Node>([['etc', { type: 'dir', mode: 0o755, mtime: 0 }]]);
  for (const [path, text] of [['etc/passwd', passwd], ['etc/group', group]] as const) {
    if (text === undefined) continue;
    const data = new TextEncoder().encode(text);
    const digest = sha256(data);
    blobs.set(digest, data);
    nodes.set(path, { type: 'file', mode: 0o644, mtime: 0, size: data.length, digest });
  }
  return { at: (p) => nodes.get(p), blob: (d) => blobs.get(d)! };
}

function names(passwd?: string, group?: string): OwnerNames {
  const v = view(passwd, group);
  const n = containerOwnerNames(v.at, v.blob);
  if (typeof n === 'string') throw new Error(n);
  return n;
}

describe('owner names in the tars of a container', () => {
  it('are root for 0 and none for the rest in a container without the files', () => {
    const n = names();
    expect([n.user(0), n.group(0), n.user(7), n.group(7)]).toEqual(['root', 'root', '', '']);
  });

  it('are the container’s for every id but uid 0; gid 0 is the group file’s, else root', () => {
    const n = names('toor:x:0:0::/:/bin/sh\nseven:x:7:7::/:/bin/sh\n# c\n\n  alice:x:2001:3001::/:/bin/sh', 'wheel:x:0:\nsevens:x:7:\ngrp:x:3001:');
    expect([n.user(0), n.group(0), n.user(7), n.group(7), n.user(2001), n.group(2001), n.group(3001)]).toEqual(['root', 'wheel', 'seven', 'sevens', 'alice', '', 'grp']);
    expect(names(undefined, 'x:x:5:').group(0)).toBe('root');
  });

  it('are refused from a file the C library may read otherwise', () => {
    const v = view('short:x:8200');
    expect(containerOwnerNames(v.at, v.blob)).toMatch(/^strata: owner names from a \/etc\/passwd with a line of another shape/);
  });
});
