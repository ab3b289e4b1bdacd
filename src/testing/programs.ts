/**
 * What generated scenarios run, chosen so that every command's outcome is the same on the model and
 * on a real engine whatever the timing: a container's program either exits at once, or blocks for
 * ever in a way a signal ends predictably. Nothing here makes the model block (a foreground wait is
 * only ever on a program that exits at once).
 */

/**
 * What PID 1 does:
 * - instant: exits at once (run in the foreground, `start -a`);
 * - sleep: blocks, ignoring TERM and USR1 as PID 1 does (stop waits for its timeout, then 137);
 * - trap: a TERM trap in a 1-second sleep loop (`stop -t 2` always sees the trap's exit 7).
 */
export type ProgramKind = 'instant' | 'sleep' | 'trap';

/** A command the image does not have: the runtime's lookup fails, for PID 1 and for an exec alike. */
export const NOT_FOUND: readonly string[] = ['nosuchcmd'];
/** The `sleep` kind's program: it blocks, and PID 1 ignores TERM and USR1. */
export const SLEEP: readonly string[] = ['sleep', '1000'];
/** The `trap` kind's program: a TERM trap in a 1-second sleep loop, which TERM ends with exit 7. */
export const TRAP_LOOP: readonly string[] = ['sh', '-c', "trap 'exit 7' TERM; while :; do sleep 1; done"];

/**
 * The programs a scenario's containers run, by the index a step draws. The conformance harness
 * draws these too, its own after them; the executable specification runs the named ones above.
 */
export const PROGRAMS: readonly { readonly kind: ProgramKind; readonly argv: readonly string[] }[] = [
  { kind: 'instant', argv: ['sh', '-c', 'echo hi > /f1'] },
  { kind: 'instant', argv: ['sh', '-c', 'rm /bin/cp; mkdir -p /d/e && echo x > /d/e/f'] },
  { kind: 'instant', argv: ['sh', '-c', 'echo out; echo err >&2; exit 3'] },
  { kind: 'instant', argv: ['true'] },
  { kind: 'instant', argv: NOT_FOUND },
  { kind: 'sleep', argv: SLEEP },
  { kind: 'trap', argv: TRAP_LOOP },
];

/** `docker exec` programs: each exits at once. */
export const EXEC_PROGRAMS: readonly (readonly string[])[] = [
  ['sh', '-c', 'echo e > /e.txt'],
  ['cat', '/f1'],
  ['sh', '-c', 'echo x; exit 4'],
  NOT_FOUND,
  ['ls', '/'],
];

/** Extra create/run flags: environment, working directory (made when missing), labels, no entrypoint. */
export const CREATE_FLAGS: readonly (readonly string[])[] = [[], ['-e', 'A=1', '-e', 'B'], ['-w', '/work/dir'], ['-l', 'k=v'], ['--entrypoint', '']];

/** `commit -c` changes, one of them refused (RUN is not a change commit accepts). */
export const CHANGES: readonly (readonly string[])[] = [[], ['CMD ["sh"]'], ['ENV A=1', 'WORKDIR /w'], ['LABEL z=1'], ['RUN true']];

/** The format `inspect` is asked for: what a container's state is, in one line. */
export const INSPECT_FORMAT = '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{json .Config.Cmd}}';
