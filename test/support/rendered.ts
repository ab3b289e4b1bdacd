/** Results with their error as the engine's text, for tests that compare texts. */
import { type DockerError, render } from '../../src/core/errors.js';

/** `{ ok: false, message }` with the error rendered; a success as it is. */
export function rendered<R extends { readonly ok: true } | { readonly ok: false; readonly error: DockerError }>(
  r: R,
): Extract<R, { ok: true }> | { readonly ok: false; readonly message: string } {
  return r.ok ? (r as Extract<R, { ok: true }>) : { ok: false, message: render((r as { readonly error: DockerError }).error) };
}
