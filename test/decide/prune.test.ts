/**
 * The prunes' decisions: `system prune` is container prune, the networks' prune, image prune and the
 * build cache's, in the client's order, with the same decisions and events as the prunes alone;
 * a filter the first refuses changes nothing, and one only the build cache refuses ends it after the
 * others ran. The filters as the daemon reads them (core/filters.ts): `until` against its clock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { buildCachePruneError, parsePruneFilters, type PruneFilters } from '../../src/core/filters.js';
import { isError } from '../../src/container/resolve.js';
import type { Event } from '../../src/events.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const run = (name: string, script: string): Command => ({ type: 'run', detach: false, ...createRequest(name, ['sh', '-c', script]) });
const commit = (ref: string, repoTag: string): Command => ({ type: 'commit', ref, repoTag, message: '', author: '', changes: [], pause: true });

/** An exited container with data, a created one, a running one; a dangling image and an unused tagged one. */
const world = () =>
  given(base, [
    run('ex', 'echo data > /d'),
    commit('ex', 'img:1'),
    commit('ex', 'img:1'),
    { type: 'tag', source: 'base:1', target: 'unused:1' },
    { type: 'create', ...createRequest('made', ['true'], { labels: ['keep=1'] }) },
    { type: 'run', detach: true, ...createRequest('up', ['sleep', '100000']) },
  ]);

/** The events without their times: what two worlds decided alike must show alike. */
const shown = (events: readonly { event: Event }[]): Event[] => events.map((e) => e.event);
const pruned = (events: readonly { event: Event }[]): string[] => events.flatMap(({ event: e }) => (e.type === 'Pruned' ? [e.what] : []));

describe('system prune', () => {
  for (const all of [false, true]) {
    it(`${all ? '-a: ' : ''}the same decisions and events as container prune then image prune, with the networks' and the build cache's prunes logged`, () => {
      const alone = world();
      const containers = alone.when({ type: 'container_prune', filters: [] });
      const images = alone.when({ type: 'image_prune', all, filters: [`dangling=${!all}`] });
      const system = world().when({ type: 'system_prune', all, filters: [] });
      expect(system.decision.error).toBeUndefined();
      expect(shown(system.decision.events)).toEqual([
        ...shown(containers.decision.events),
        { type: 'Pruned', what: 'network', reclaimed: 0 },
        ...shown(images.decision.events),
        { type: 'Pruned', what: 'builder', reclaimed: 0 },
      ]);
      expect(pruned(system.decision.events)).toEqual(['container', 'network', 'image', 'builder']);
      expect(system.decision.reply).toEqual({
        removed: containers.decision.reply.removed,
        deleted: images.decision.reply.deleted,
        reclaimed: containers.decision.reply.reclaimed! + images.decision.reply.reclaimed!,
      });
      expect(system.decision.reply.removed).toHaveLength(2);
      expect(system.decision.reply.deleted!.length).toBeGreaterThan(0);
    });
  }

  it('a filter the containers refuse changes nothing', () => {
    for (const filters of [['bogus=1'], ['dangling=true'], ['until=1h', 'until=2h'], ['until=x']]) {
      const t = world().when({ type: 'system_prune', all: false, filters });
      expect(t.decision.error).toBeDefined();
      expect(t.events).toEqual([]);
    }
  });

  it('an until the build cache cannot read ends it after the other prunes ran, which stay', () => {
    const g = world();
    const t = g.when({ type: 'system_prune', all: true, filters: ['until=2100-01-01T00:00:00Z'] });
    expect(t.decision.error?.code).toBe('build_cache_prune');
    expect(render(t.decision.error!)).toBe(`failed to prune build cache: "until" filter expects a duration (e.g., '24h'): time: unknown unit "-" in duration "2100-01-01T00:00:00Z"`);
    expect(pruned(t.decision.events)).toEqual(['container', 'network', 'image']);
    expect(t.decision.reply.removed).toHaveLength(2);
    expect(g.strata.state.containers.size).toBe(1);
  });

  it('label and until choose what goes', () => {
    const kept = world().when({ type: 'system_prune', all: false, filters: ['label!=keep=1'] });
    expect(kept.decision.reply.removed).toHaveLength(1);
    // everything was made after an hour ago: nothing is old enough
    const young = world().when({ type: 'system_prune', all: true, filters: ['until=1h'] });
    expect(young.decision.reply).toEqual({ removed: [], deleted: [], reclaimed: 0 });
  });
});

describe('the prune filters as the daemon reads them', () => {
  const NOW = Date.UTC(2024, 0, 1, 12, 0, 0, 500);
  const parse = (filters: readonly string[], accepted = ['dangling', 'label', 'label!', 'until']): PruneFilters => {
    const f = parsePruneFilters(filters, accepted, NOW);
    if (isError(f)) throw new Error(render(f));
    return f;
  };
  const refusal = (filters: readonly string[], accepted = ['dangling', 'label', 'label!', 'until']): string => {
    const f = parsePruneFilters(filters, accepted, NOW);
    return isError(f) ? render(f) : 'accepted';
  };

  it('until: a duration before the daemon’s now, in whole seconds; a date; a Unix time', () => {
    const hour = parse(['until=1h']);
    const limit = Date.UTC(2024, 0, 1, 11, 0, 0);
    expect([hour.before(limit), hour.before(limit + 1)]).toEqual([true, false]);
    expect(parse(['until=2024-01-01']).before(Date.UTC(2024, 0, 1))).toBe(true);
    expect(parse(['until=2024-01-01']).before(Date.UTC(2024, 0, 1) + 1)).toBe(false);
    expect(parse(['until=1704067200.5']).before(Date.UTC(2024, 0, 1, 0, 0, 0, 500))).toBe(true);
    expect(parse(['until=-1h']).before(NOW)).toBe(true);
    expect(parse(['until=1h', 'until=1h']).before(limit)).toBe(true);
    expect(parse([]).before(NOW + 1e9)).toBe(true);
  });

  it('refuses as the daemon does, in its order: the keys, then dangling, then until', () => {
    expect(refusal(['Bogus=1'])).toBe("Invalid filter 'bogus'");
    expect(refusal(['dangling=true'], ['label', 'label!', 'until'])).toBe("Invalid filter 'dangling'");
    expect(refusal(['dangling=maybe', 'until=x'])).toBe("Invalid filter 'dangling=[maybe]'");
    expect(refusal(['until=1h', 'until=2h'])).toBe('more than one until filter specified');
    expect(refusal(['until=x'])).toBe('failed to parse value as time or duration: "x"');
    expect(refusal(['until='])).toBe('failed to parse value as time or duration: ""');
    expect(refusal(['until=2000-13-01'])).toBe('parsing time "2000-13-01": month out of range');
  });

  it('label and label! match as MatchKVList; dangling takes false over true', () => {
    const f = parse(['label=a', 'label!=b=2', 'dangling=true', 'dangling=0']);
    expect([f.labels({ a: '' }), f.labels({ a: '1', b: '2' }), f.labels({ b: '2' }), f.labels(null)]).toEqual([true, false, false, false]);
    expect(f.dangling).toBe(false);
    expect(parse([]).dangling).toBeUndefined();
  });

  it('the build cache reads until as a Go duration only', () => {
    expect(buildCachePruneError(['label=x', 'until=24h'])).toBeUndefined();
    expect(buildCachePruneError(['until=0'])).toBeUndefined();
    expect(render(buildCachePruneError(['until=1700000000'])!)).toBe(`failed to prune build cache: "until" filter expects a duration (e.g., '24h'): time: missing unit in duration "1700000000"`);
  });
});
