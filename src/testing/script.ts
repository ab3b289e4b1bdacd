/**
 * A scenario as a bash script for a real engine: the base image imported from `$BASE_TAR` (the file
 * baseTar() returns, written out), then one docker line per command. Run it against an engine that
 * holds nothing else (or give the scenario a prefix, see ScenarioOptions), with docker 20.10's
 * client; what each line prints is what runModel says, once ids and times are masked (observe.ts).
 */
import { baseRef } from './plan.js';
import type { Scenario } from './scenario.js';

export function toDockerScript(s: Scenario): string {
  return [
    '#!/usr/bin/env bash',
    `# strata scenario: ${s.commands.length} commands, at most ${s.bounds.containers} containers and ${s.bounds.images} images besides the base.`,
    `# BASE_TAR: the busybox rootfs tar the model started from (strata/testing baseTar(${s.bounds.prefix === '' ? '' : JSON.stringify(s.bounds.prefix)}), written to a file).`,
    '# No `set -e`: some commands are meant to be refused.',
    ': "${BASE_TAR:?set BASE_TAR to the base rootfs tar}"',
    `docker import "$BASE_TAR" ${baseRef(s.bounds.prefix)}`,
    ...s.commands.map((c) => c.line),
    '',
  ].join('\n');
}
