import type { Step } from './scenario.js';

/**
 * `--until` given as a duration (`0s`, `0`, `-1s`) is the client's now truncated to the second, so
 * a query in a window ending now needs a second between the last events it asks about and itself:
 * a tick, a foreground `sleep N` (`run --rm … sleep 1`, `exec … sleep 1`), which the model's clock
 * follows. Without one, the query holds the last events on one side and not on the other whenever a
 * second ends between the two sides' commands (a flake that load brings out). A run of such queries
 * may share one tick; queries before any other step need none.
 */
export function untickedQueries(steps: readonly Step[]): string[] {
  const isEvents = (s: Step): boolean => s.args[0] === 'events';
  const untilNow = (s: Step): boolean => {
    const i = s.args.indexOf('--until');
    const v = i < 0 ? s.args.find((a) => a.startsWith('--until='))?.slice('--until='.length) : s.args[i + 1];
    return v !== undefined && /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/.test(v);
  };
  const isTick = (s: Step): boolean =>
    (s.args[0] === 'run' || s.args[0] === 'exec') &&
    !s.args.some((a) => a === '-d' || a === '--detach' || /^-[a-zA-Z]*d[a-zA-Z]*$/.test(a)) &&
    s.args.some((a, i) => a === 'sleep' && /^[1-9][0-9]*$/.test(s.args[i + 1] ?? ''));
  const faults: string[] = [];
  steps.forEach((s, i) => {
    if (!isEvents(s) || !untilNow(s)) return;
    let j = i - 1;
    while (j >= 0 && isEvents(steps[j]!)) j--;
    if (j >= 0 && !isTick(steps[j]!)) faults.push(`step ${i + 1} (${s.args.join(' ')}) follows step ${j + 1} (${steps[j]!.args.join(' ')}) with no tick between`);
  });
  return faults;
}
