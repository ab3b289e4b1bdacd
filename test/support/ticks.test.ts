import { describe, expect, it } from 'vitest';
import { step } from './scenario.js';
import { untickedQueries } from './ticks.js';

const RUN = step('run -d --name p-a p-base:1 sleep 100');
const TICK = step('run --network none --rm --name p-tick p-base:1 sleep 1');
const NOW = step(`events --since %T0% --until 0s --filter container=p-a --format '{{.Action}}'`);

describe('the tick rule of scenarios: a query of events up to now comes a second after the last step that logs events', () => {
  it('refuses a query right after a step that logs events, naming both', () => {
    expect(untickedQueries([RUN, NOW])).toEqual([`step 2 (${NOW.args.join(' ')}) follows step 1 (${RUN.args.join(' ')}) with no tick between`]);
  });

  it('takes a foreground sleep, by run or exec, as the tick, and lets a run of queries share it', () => {
    expect(untickedQueries([RUN, TICK, NOW, NOW, NOW])).toEqual([]);
    expect(untickedQueries([RUN, step('exec p-a sleep 1'), NOW])).toEqual([]);
  });

  it('does not take a detached sleep, or a sleep of nothing, as a tick', () => {
    expect(untickedQueries([step('run -d --rm --name p-t p-base:1 sleep 1'), NOW])).toHaveLength(1);
    expect(untickedQueries([step('run -dt --name p-t p-base:1 sleep 1'), NOW])).toHaveLength(1);
    expect(untickedQueries([step('run --rm --name p-t p-base:1 sleep 0'), NOW])).toHaveLength(1);
  });

  it('reads every spelling of a window ending now, and only those', () => {
    for (const until of ['--until 0', '--until -1s', '--until=0s', '--until 1m30s', '--until .5s']) {
      expect(untickedQueries([RUN, step(`events --since 1m ${until}`)]), until).toHaveLength(1);
    }
    for (const until of ['--until 1000000001', '--until 2026-11-29T10:00:00', '']) {
      expect(untickedQueries([RUN, step(`events --since 1000000000 ${until}`)]), until).toEqual([]);
    }
  });

  it('needs no tick for queries before any other step', () => {
    expect(untickedQueries([NOW, step('events --since bogus --until 0s')])).toEqual([]);
  });
});
