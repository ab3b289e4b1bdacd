/**
 * docker commit (daemon/commit.go, images/image_commit.go): the container's RW layer becomes one new
 * read-only layer on its image's chain (none when the RW layer is empty), with the container's
 * config, --change applied, as the new image's config.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { allows } from '../container/machine.js';
import { isError } from '../container/resolve.js';
import { type Container, statusOf } from '../state.js';
import { applyChanges } from './changes.js';
import { DOCKER_VERSION, type HistoryEntry, type ImageConfig } from './config.js';
import { commitLayer, createImage, parseTarget, tagImage, timestamp } from './create.js';
import { merge } from './merge.js';

export interface CommitOptions {
  readonly repoTag?: string;
  readonly message: string;
  readonly author: string;
  readonly changes: readonly string[];
  readonly pause: boolean;
}

export function commit(w: Work, c: Container, o: CommitOptions): string | DockerError {
  const status = statusOf(c.state);
  if (!allows(status, 'commit')) return { code: 'not_running', id: c.id };
  const target = o.repoTag === undefined ? undefined : parseTarget(o.repoTag);
  if (isError(target)) return target;
  // daemon/commit.go pauses first; what fails after that unpauses again (observed: pause, unpause)
  const pause = o.pause && status === 'running';
  if (pause) w.emit({ type: 'ContainerPaused', id: c.id });
  const failed = (e: DockerError): DockerError => {
    if (pause) w.emit({ type: 'ContainerUnpaused', id: c.id });
    return e;
  };
  const changed = applyChanges(c.config, o.changes);
  if (isError(changed)) return failed(changed);
  const parent = table.get(w.state.images, c.image);
  // rmi -f deleted the image a stopped container still uses: the image store has no config to read
  if (!parent) return failed({ code: 'image_config_missing', image: c.image });

  const diffId = commitLayer(w, c.layer, c.rw);
  const empty = diffId === null;

  const created = timestamp(w);
  const entry: HistoryEntry = { created, created_by: (c.config.Cmd ?? []).join(' ') };
  if (o.author) entry.author = o.author;
  if (o.message) entry.comment = o.message;
  if (empty) entry.empty_layer = true;
  const config: ImageConfig = {
    architecture: 'amd64',
    config: merge(changed, c.config),
    container: c.id,
    container_config: c.config,
    created,
    docker_version: DOCKER_VERSION,
    history: [...parent.config.history, entry],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffId === null ? [...parent.config.rootfs.diff_ids] : [...parent.config.rootfs.diff_ids, diffId] },
  };
  if (o.author) config.author = o.author;
  if (o.message) config.comment = o.message;
  const id = createImage(w, config, parent.id, true, 'commit');
  // daemon/commit.go tags the image, then logs the commit (whose imageRef names that tag)
  if (target !== undefined) tagImage(w, id, target);
  w.emit({ type: 'ContainerCommitted', id: c.id, image: id });
  if (pause) w.emit({ type: 'ContainerUnpaused', id: c.id });
  return id;
}
