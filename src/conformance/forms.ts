/**
 * A step's verb in its management forms: `ps` is also `container ls`, `container ps` and
 * `container list`; `rmi` is `image rm`, `image rmi`, `image remove`. Taken from the CLI's own
 * table (src/cli/management.ts), which the management conformance scenarios hold to the engine's.
 */
import { MANAGEMENT } from '../cli/management.js';

/** The management forms of a verb as strata names it (`ps`, `container inspect`, `system df`), aliases after each name. */
export function managementForms(verb: string): string[][] {
  const forms: string[][] = [];
  for (const [group, subs] of Object.entries(MANAGEMENT)) {
    for (const [name, sub] of Object.entries(subs)) if (sub.verb === verb) forms.push([group, name], ...(sub.aliases ?? []).map((a) => [group, a]));
  }
  return forms;
}

/**
 * `args` with its verb spelled in the `form`-th of its management forms (modulo their number), or
 * as it is when `form` is undefined or the verb has none. The harness's `inspect` is of containers.
 */
export function spell(args: readonly string[], form: number | undefined): readonly string[] {
  if (form === undefined || args.length === 0) return args;
  const two = args.length > 1 && MANAGEMENT[args[0]!] !== undefined;
  const verb = two ? `${args[0]} ${args[1]}` : args[0] === 'inspect' ? 'container inspect' : args[0]!;
  const forms = managementForms(verb);
  if (forms.length === 0) return args;
  return [...forms[form % forms.length]!, ...args.slice(two ? 2 : 1)];
}
