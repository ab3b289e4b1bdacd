/**
 * The `<id>-init` layer moby puts between an image and a container's RW layer (daemon/initlayer):
 * mount points and files the engine bind-mounts over. It is part of what processes see and what
 * export flattens, never part of diff or commit.
 */
import type { Change } from './changeset.js';

export function initLayer(createdMs: number): ReadonlyMap<string, Change> {
  const mtime = Math.floor(createdMs / 1000);
  const dir: Change = { type: 'dir', mode: 0o755, mtime };
  const file: Change = { type: 'file', mode: 0o755, mtime, size: 0, digest: EMPTY_BLOB };
  return new Map<string, Change>([
    ['.dockerenv', file],
    ['dev', dir],
    ['dev/console', file],
    ['dev/pts', dir],
    ['dev/shm', dir],
    ['etc', dir],
    ['etc/hostname', file],
    ['etc/hosts', file],
    ['etc/mtab', { type: 'symlink', mode: 0o777, mtime, target: '/proc/mounts' }],
    ['etc/resolv.conf', file],
    ['proc', dir],
    ['sys', dir],
  ]);
}

/** sha256 of zero bytes: the content of every empty file */
export const EMPTY_BLOB = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' as const;
