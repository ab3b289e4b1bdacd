/**
 * Go's `path` / `path/filepath` on Linux (slash-separated), as the builder, the client and the
 * engine's untar and archive readers use them.
 * Kept literal because their quirks show in engine texts: Clean keeps a leading "..", Join cleans,
 * Dir of a name without slash is ".".
 */

/** filepath.Clean. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const body = out.join('/');
  if (rooted) return `/${body}`;
  return body === '' ? '.' : body;
}

/** filepath.Join: the non-empty elements joined by slashes, cleaned ("" when all are empty). */
export function goJoin(...elems: readonly string[]): string {
  const parts = elems.filter((e) => e !== '');
  return parts.length === 0 ? '' : goClean(parts.join('/'));
}

/** filepath.Dir. */
export function goDir(p: string): string {
  const i = p.lastIndexOf('/');
  return goClean(i < 0 ? '.' : p.slice(0, i + 1));
}

/** filepath.Base. */
export function goBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** A model path (relative to a root, '' for the root itself) from an absolute or relative Go path. */
export function relativeToRoot(p: string): string {
  const c = goClean(`/${p}`);
  return c === '/' ? '' : c.slice(1);
}
