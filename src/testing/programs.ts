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

export const PROGRAMS: readonly { readonly kind: ProgramKind; readonly argv: readonly string[] }[] = [
  { kind: 'instant', argv: ['sh', '-c', 'echo hi > /f1'] },
  { kind: 'instant', argv: ['sh', '-c', 'rm /bin/cp; mkdir -p /d/e && echo x > /d/e/f'] },
  { kind: 'instant', argv: ['sh', '-c', 'echo out; echo err >&2; exit 3'] },
  { kind: 'instant', argv: ['true'] },
  { kind: 'instant', argv: ['nosuchcmd'] },
  { kind: 'sleep', argv: ['sleep', '1000'] },
  { kind: 'trap', argv: ['sh', '-c', "trap 'exit 7' TERM; while :; do sleep 1; done"] },
];

/** `docker exec` programs: each exits at once. */
export const EXEC_PROGRAMS: readonly (readonly string[])[] = [
  ['sh', '-c', 'echo e > /e.txt'],
  ['cat', '/f1'],
  ['sh', '-c', 'echo x; exit 4'],
  ['nosuchcmd'],
  ['ls', '/'],
];

/** Extra create/run flags: environment, working directory (made when missing), labels, no entrypoint. */
export const CREATE_FLAGS: readonly (readonly string[])[] = [[], ['-e', 'A=1', '-e', 'B'], ['-w', '/work/dir'], ['-l', 'k=v'], ['--entrypoint', '']];

/** `commit -c` changes, one of them refused (RUN is not a change commit accepts). */
export const CHANGES: readonly (readonly string[])[] = [[], ['CMD ["sh"]'], ['ENV A=1', 'WORKDIR /w'], ['LABEL z=1'], ['RUN true']];

/** The format `inspect` is asked for: what a container's state is, in one line. */
export const INSPECT_FORMAT = '{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}} {{json .Config.Cmd}}';
