#!/usr/bin/env node
/**
 * `npm run help-texts` (after `npm run build`, with Debian's docker.io client installed): writes
 * src/cli/help-texts.ts, what docker 20.10's client prints for `docker VERB --help`, for every verb
 * strata has and its management forms. `--help` needs no engine. test/cli/help.test.ts checks the
 * file against the client when the client is there.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_VERBS } from '../dist/cli/help-verbs.js';

const DOCKER = '/usr/bin/docker';
const texts = {};
for (const verb of HELP_VERBS) texts[verb] = execFileSync(DOCKER, [...verb.split(' '), '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });

const body = Object.entries(texts).map(([verb, text]) => `  ${JSON.stringify(verb)}:\n    ${JSON.stringify(text)},`).join('\n');
const file = `/**
 * What docker 20.10's client prints for \`docker VERB --help\`, verb by verb: written by
 * \`npm run help-texts\` from Debian's docker.io client (scripts/help-texts.mjs), not by hand.
 */
export const DOCKER_HELP: Readonly<Record<string, string>> = {
${body}
};
`;
writeFileSync(fileURLToPath(new URL('../src/cli/help-texts.ts', import.meta.url)), file);
console.log(`src/cli/help-texts.ts: ${Object.keys(texts).length} verbs' help from ${DOCKER}`);
