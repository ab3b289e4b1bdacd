/**
 * The README's pictures (docs/pictures/) are what the code draws now, from the tour's store: a
 * change to the lifecycle machine, the layer figure or the tour's opening shows up here until
 * `npm run build && npm run pictures` draws them again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pictures } from '../../src/tour/pictures.js';

describe('the README’s pictures', () => {
  it('are up to date with the model that draws them', async () => {
    for (const { file, svg } of await pictures()) {
      const committed = readFileSync(new URL(`../../docs/pictures/${file}`, import.meta.url), 'utf8');
      expect(committed, `docs/pictures/${file} is stale: run npm run build && npm run pictures`).toBe(svg);
    }
  });

  it('show every status of the lifecycle, and the tour’s images and containers', async () => {
    const [lifecycle, layers] = await pictures();
    for (const status of ['created', 'running', 'paused', 'restarting', 'exited', 'removed']) expect(lifecycle!.svg).toContain(`>${status}</text>`);
    for (const name of ['base:1', 'greet:1', 'container web', 'container once', 'A /data/greeting']) expect(layers!.svg).toContain(name);
  });
});
