/**
 * Every way a command can fail, as data: a union discriminated on `code`, each member carrying the
 * data its text is made of, and where the engine's text is a chain of wrapped errors (`COPY failed:
 * failed to copy files: mkdir …: not a directory`) the chain itself, as `cause`s. `render` is the
 * one place where wording is decided; the CLI adds docker's prefixes and exit codes
 * (cli/output.ts). Texts are Docker Engine 20.10's (as observed on it); ids in texts are full
 * 64-hex ids unless the engine prints a short one.
 *
 * The renderers are grouped by concept, each group a table of its codes' categories and texts:
 *
 *   errors/engine.ts      containers, images, references, exec, events: the daemon's API errors
 *   errors/dockerfile.ts  the Dockerfile: parser, instructions, RUN --mount, word expansion, --change
 *   errors/build.ts       build steps, COPY/ADD, --chown, the build context and .dockerignore
 *   errors/archive.ts     untar, layer tars, docker load and OCI layouts
 *   errors/go.ts          Go's own error values: *os.PathError, *strconv.NumError, symlink scope…
 *   errors/ps.ts          procps's ps, which the daemon runs for `docker top`: its option errors
 *
 * Two codes are strata's own, never the engine's: `unsupported` (the model does not do this, in its
 * own words) and `model_bug` (an exception inside decide: a bug of strata, not a refusal).
 */
import { type ArchiveError, archiveErrors } from './errors/archive.js';
import { type BuildError, buildErrors } from './errors/build.js';
import { type DockerfileError, dockerfileErrors } from './errors/dockerfile.js';
import { type EngineError, engineErrors } from './errors/engine.js';
import { type GoError, goErrors } from './errors/go.js';
import { type PsError, psErrors } from './errors/ps.js';

export type Category = 'not_found' | 'conflict' | 'invalid' | 'system';

export type DockerError = EngineError | DockerfileError | BuildError | ArchiveError | GoError | PsError;

export type ErrorCode = DockerError['code'];

export type Render = (e: DockerError) => string;

/** A group of codes: for each, its category and its text (given `render`, for the causes it wraps). */
export type ErrorTable<U extends { readonly code: string }> = {
  readonly [C in U['code']]: readonly [Category, (e: Extract<U, { readonly code: C }>, render: Render) => string];
};

/** Every group's table (each made when called); a code belongs to exactly one (test/core/errors.test.ts). */
export const ERROR_TABLES = { engineErrors, dockerfileErrors, buildErrors, archiveErrors, goErrors, psErrors } as const;

type Entry = readonly [Category, (e: DockerError, render: Render) => string];

let merged: ErrorTable<DockerError> | undefined;
/**
 * The groups' tables in one, made when first asked: most commands render no error, and building
 * some 220 entries and their closures is a measurable part of a read's start.
 */
const table = (): ErrorTable<DockerError> =>
  (merged ??= { ...engineErrors(), ...dockerfileErrors(), ...buildErrors(), ...archiveErrors(), ...goErrors(), ...psErrors() });

/** The engine's text of an error (strata's own for `unsupported` and `model_bug`). */
export function render(e: DockerError): string {
  return (table()[e.code] as Entry)[1](e, render);
}

export const categoryOf = (e: DockerError): Category => table()[e.code][0];

/** Every code there is, for tests that check each one renders. */
export const errorCodes = (): ErrorCode[] => Object.keys(table()) as ErrorCode[];

/**
 * The one exception a module may throw for its own control flow (a recursive parser, the copier
 * deep inside a COPY): it carries a typed error and nothing else, and is caught at the module's
 * boundary, which returns the error as data. One that escapes decide is a model bug.
 */
export class Raised {
  constructor(readonly error: DockerError) {}
}

export function raise(error: DockerError): never {
  throw new Raised(error);
}

/** Run `f`, turning a Raised into its error; any other exception propagates. */
export function catchRaised<T>(f: () => T): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DockerError } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof Raised) return { ok: false, error: e.error };
    throw e;
  }
}
