/**
 * Each conformance file names its engine objects with a prefix of its own, and cleans up by it: two
 * files sharing one (or one a prefix of another) delete each other's objects and see each other's
 * events when they run side by side, which only a loaded machine shows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url);
const prefixes = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .flatMap((f) => {
    const m = /^const P = '([^']+)';$/m.exec(readFileSync(new URL(f, dir), 'utf8'));
    return m ? [[f, m[1]!] as const] : [];
  });

describe('conformance prefixes', () => {
  it('are found in the files that create engine objects', () => {
    expect(prefixes.length).toBeGreaterThan(10);
  });
  it('are each a file’s own, and none begins another', () => {
    for (const [f, p] of prefixes) {
      for (const [g, q] of prefixes) if (f !== g) expect(q.startsWith(p), `${f} (${p}) and ${g} (${q})`).toBe(false);
    }
  });
});
