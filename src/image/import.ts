/**
 * docker import (daemon/images/image_import.go): the tar becomes ONE layer with no parent; the
 * config is empty apart from --change; history is one entry commented `Imported from -` or -m.
 */
import type { LayerInput } from '../commands.js';
import type { DockerError } from '../core/errors.js';
import type { Work } from '../core/work.js';
import { isError } from '../container/resolve.js';
import { applyChanges } from './changes.js';
import { DOCKER_VERSION, type ImageConfig, emptyConfig } from './config.js';
import { createImage, parseTarget, registerLayerTar, tagImage, timestamp } from './create.js';

export function importImage(w: Work, layer: LayerInput, message: string, changes: readonly string[], repoTag?: string): string | DockerError {
  const target = repoTag === undefined ? undefined : parseTarget(repoTag);
  if (isError(target)) return target;
  const config = applyChanges(emptyConfig(), changes);
  if (isError(config)) return config;
  const created = timestamp(w);
  const comment = message || 'Imported from -';
  registerLayerTar(w, null, layer);
  const image: ImageConfig = {
    architecture: 'amd64',
    comment,
    config,
    container_config: emptyConfig(),
    created,
    docker_version: DOCKER_VERSION,
    history: [{ created, comment }],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
  };
  const id = createImage(w, image, null, false, 'import');
  if (target !== undefined) tagImage(w, id, target);
  return id;
}
