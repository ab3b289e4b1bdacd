/**
 * The docker commands whose `--help` strata prints as docker's client does (help-texts.ts): every
 * verb docker has that strata has, and its management forms (`container ls`), by their words.
 */
import { DOCKER_FLAGS } from './flags.js';
import { MANAGEMENT } from './management.js';

export const HELP_VERBS: readonly string[] = [
  ...new Set([...Object.keys(DOCKER_FLAGS), ...Object.entries(MANAGEMENT).flatMap(([group, subs]) => Object.keys(subs).map((sub) => `${group} ${sub}`))]),
].sort();
