/**
 * The README's table of docker's flags is what src/cli/flags.ts classifies now: a flag modelled or
 * refused anew shows up here until `npm run build && npm run flags-table` draws the table again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCKER_FLAGS, flagsTable, withFlagsTable } from '../../src/cli/flags.js';

describe('the README’s table of flags', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('is what the code classifies now', () => {
    expect(withFlagsTable(readme), 'README.md has no flags-table markers').toBeDefined();
    expect(readme, 'README.md’s table of flags is stale: run npm run build && npm run flags-table').toBe(withFlagsTable(readme));
  });

  it('has a row for every flag of every verb', () => {
    const table = flagsTable();
    for (const [verb, flags] of Object.entries(DOCKER_FLAGS)) {
      expect(table).toContain(`**\`${verb}\`**`);
      for (const f of flags) expect(table).toContain(`${f.long}${f.type !== undefined ? ` ${f.type}` : ''}\` |`);
    }
  });
});
