/** Finding a container the way daemon/container.go GetContainer does: full id, exact name, unique id prefix. */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Container, State } from '../state.js';

export function findContainer(s: State, ref: string): Container | DockerError {
  if (ref === '') return { code: 'empty_reference' };
  const byId = table.get(s.containers, ref);
  if (byId) return byId;
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const id = table.get(s.names, name);
  const byName = id ? table.get(s.containers, id) : undefined;
  if (byName) return byName;
  if (/^[0-9a-f]+$/.test(ref)) {
    const matches = [...table.withPrefix(s.containers, ref)];
    if (matches.length > 1) return { code: 'ambiguous_container_prefix', prefix: ref };
    if (matches[0]) return matches[0][1];
  }
  return { code: 'no_such_container', ref };
}

export const isError = (v: unknown): v is DockerError =>
  typeof v === 'object' && v !== null && 'code' in v && typeof (v as { code: unknown }).code === 'string';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** daemon/names.go: a leading '/' is dropped, the rest must match the pattern. */
export function validName(name: string): string | DockerError {
  const n = name.startsWith('/') ? name.slice(1) : name;
  return NAME.test(n) ? n : { code: 'invalid_container_name', name };
}
