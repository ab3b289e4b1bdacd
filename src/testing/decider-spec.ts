/**
 * Given/when/then for the decider, in docker's terms: given the commands that brought the engine to
 * a state, when one more command is decided, then these events (by type) or this error (by code).
 * Every spec starts from a store holding `base:1`, the project's busybox rootfs.
 */
import type { Command, CreateOptions } from '../commands.js';
import type { Decision } from '../decision.js';
import type { ErrorCode } from '../core/errors.js';
import type { EventType } from '../events.js';
import type { LayerInput } from '../commands.js';
import { Strata } from '../strata.js';
import { testEnvironment, type TestEnvironment } from './environment.js';

export interface Given {
  readonly strata: Strata;
  readonly env: TestEnvironment;
  when(command: Command): Then;
}

export interface Then {
  readonly decision: Decision;
  /** the event types, in order (bookkeeping events included) */
  readonly events: EventType[];
  thenEvents(expected: readonly EventType[]): Then;
  thenFails(code: ErrorCode): Then;
  thenNothingHappened(): Then;
}

export function given(base: LayerInput, commands: readonly (Command | ((s: Strata) => Command))[] = []): Given {
  const env = testEnvironment(42);
  const strata = Strata.inMemory(env);
  const setup: Command[] = [{ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' }];
  for (const c of [...setup, ...commands]) {
    env.advance(1000);
    const d = strata.execute(typeof c === 'function' ? c(strata) : c);
    if (d.error && d.error.code !== 'start_failed') throw new Error(`given: ${JSON.stringify(c).slice(0, 120)} failed with ${d.error.code}`);
  }
  return {
    strata,
    env,
    when(command) {
      env.advance(1000);
      const before = strata.state;
      const decision = strata.execute(command);
      const events = decision.events.map((e) => e.event.type);
      const then: Then = {
        decision,
        events,
        thenEvents(expected) {
          if (decision.error) throw new Error(`expected events ${expected.join(', ')}, got error ${decision.error.code}`);
          const got = events.filter((t) => expected.includes(t) || !BOOKKEEPING.has(t));
          if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`expected events [${expected.join(', ')}], got [${events.join(', ')}]`);
          return then;
        },
        thenFails(code) {
          if (decision.error?.code !== code) throw new Error(`expected error ${code}, got ${decision.error ? decision.error.code : `events [${events.join(', ')}]`}`);
          return then;
        },
        thenNothingHappened() {
          // a no-op that succeeds: a refusal also changes nothing, and is thenFails's to state
          if (decision.error) throw new Error(`expected a no-op, got error ${decision.error.code}`);
          if (events.length > 0 || strata.state !== before) throw new Error(`expected no events, got [${events.join(', ')}]`);
          return then;
        },
      };
      return then;
    },
  };
}

/** Events that record data rather than a docker-visible action; specs may leave them out. */
const BOOKKEEPING = new Set<EventType>(['ContainerFsChanged', 'ContainerOutput', 'ContainerProcessBlocked', 'LayerRegistered']);

/** A create request with docker's defaults. */
export function createRequest(name: string, cmd: readonly string[], extra: Partial<CreateOptions> = {}): CreateOptions {
  return { image: 'base:1', cmd, env: [], labels: [], restart: { name: 'no', max: 0 }, autoRemove: false, network: 'none', attach: true, name, ...extra };
}
