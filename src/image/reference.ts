/**
 * Image references as docker/distribution's `reference` package parses them
 * (ParseNormalizedNamed): `[domain/]path[:tag]`, docker.io/library implied, `latest` by default.
 * strata keeps and prints the familiar form (`base:1`, `me/app:latest`, `localhost:5000/x:1`).
 */
export interface Reference {
  /** familiar repository name, e.g. `base` or `me/app` */
  readonly repo: string;
  readonly tag: string;
}

/** The parser's error, as data (rendered with the engine's errors: `invalid reference format…`). */
export type ReferenceError = { readonly code: 'invalid_reference_format'; readonly detail?: 'hex' | 'too_long' | 'lowercase' };

const FORMAT: ReferenceError = { code: 'invalid_reference_format' };

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;
const FULL_HEX = /^[a-f0-9]{64}$/;

export function parseReference(text: string): Reference | ReferenceError {
  if (text === '' || text.includes('@')) return FORMAT;
  if (FULL_HEX.test(text)) return { ...FORMAT, detail: 'hex' };
  let name = text;
  let tag = 'latest';
  if (hasTag(text)) {
    const colon = text.lastIndexOf(':');
    name = text.slice(0, colon);
    tag = text.slice(colon + 1);
    if (!TAG.test(tag)) return FORMAT;
  }
  if (name.length > 255) return { ...FORMAT, detail: 'too_long' };
  const parts = name.split('/');
  const first = parts[0]!;
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  if (hasDomain && !DOMAIN.test(first)) return FORMAT;
  const path = hasDomain ? parts.slice(1) : parts;
  for (const c of path) {
    if (!COMPONENT.test(c)) {
      return COMPONENT.test(c.toLowerCase()) ? { ...FORMAT, detail: 'lowercase' } : FORMAT;
    }
  }
  let repo = name;
  if (repo.startsWith('docker.io/')) repo = repo.slice('docker.io/'.length);
  if (repo.startsWith('index.docker.io/')) repo = repo.slice('index.docker.io/'.length);
  if (repo.startsWith('library/') && repo.split('/').length === 2) repo = repo.slice('library/'.length);
  return { repo, tag };
}

export const isReference = (r: Reference | ReferenceError): r is Reference => 'repo' in r;

/** Whether the text names a tag itself (`latest` is only implied otherwise): a `:` after the last `/`. */
export const hasTag = (text: string): boolean => text.lastIndexOf(':') > text.lastIndexOf('/');
export const refString = (r: Reference): string => `${r.repo}:${r.tag}`;

/** Split a stored `repo:tag` key back into its parts (the tag never contains '/' or ':'). */
export function splitRef(ref: string): Reference {
  const i = ref.lastIndexOf(':');
  return { repo: ref.slice(0, i), tag: ref.slice(i + 1) };
}

/** The familiar reference in full (`docker.io/library/x:1`): what containerd names images by, and what the reference store sorts by. */
export function fullRef(ref: string): string {
  const first = ref.split('/')[0] ?? '';
  const domain = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (domain) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}
