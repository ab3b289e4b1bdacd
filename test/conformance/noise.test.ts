/** How the harness takes the engine's own nondeterminism and its host's facts out of a comparison (no engine needed). */
import { describe, expect, it } from 'vitest';
import { joinedStderrChunks, oncePerPause } from '../../src/conformance/noise.js';
import { maskProcessTable } from '../../src/testing/observe.js';
import { topTable } from '../../src/view/top.js';

describe('joinedStderrChunks: a build’s stderr as the engine’s reads of the pipe cut it', () => {
  const red = (t: string): string => `\u001b[91m${t}\u001b[0m`;
  it('joins consecutive chunks: ash’s three writes read apart or together are one', () => {
    const apart = `Step 5/6 : RUN echo hi > /f1\n${red('/bin/sh: ')}${red("can't create /f1: Permission denied")}${red('\n')}`;
    const together = `Step 5/6 : RUN echo hi > /f1\n${red("/bin/sh: can't create /f1: Permission denied\n")}`;
    expect(joinedStderrChunks(apart)).toBe(together);
    expect(joinedStderrChunks(together)).toBe(together);
  });
  it('keeps stdout between chunks, and what the chunks say', () => {
    const mixed = `${red('a')}out${red('b')}`;
    expect(joinedStderrChunks(mixed)).toBe(mixed);
    expect(joinedStderrChunks(`${red('a')}${red('b')}`)).not.toBe(joinedStderrChunks(`${red('a')}${red('c')}`));
  });
});

describe('oncePerPause: a failed commit’s pause/unpause pair, which the engine sometimes logs twice', () => {
  it('takes a repeated pair for one, in the --format form', () => {
    const twice = 'container create a 1\ncontainer pause a 1\ncontainer unpause a 1\ncontainer pause a 1\ncontainer unpause a 1\ncontainer kill a 1\n';
    expect(oncePerPause(twice)).toBe('container create a 1\ncontainer pause a 1\ncontainer unpause a 1\ncontainer kill a 1\n');
  });

  it('and in the default form, whose lines differ only by their times', () => {
    const l = (t: string, a: string): string => `2026-11-29T11:00:00.${t}Z container ${a} abc (name=x)`;
    expect(oncePerPause([l('1', 'pause'), l('2', 'unpause'), l('3', 'pause'), l('4', 'unpause'), ''].join('\n'))).toBe([l('1', 'pause'), l('2', 'unpause'), ''].join('\n'));
  });

  it('keeps pairs of different containers, and a pair that is not repeated', () => {
    const two = 'container pause a 1\ncontainer unpause a 1\ncontainer pause b 1\ncontainer unpause b 1\n';
    expect(oncePerPause(two)).toBe(two);
    const once = 'container pause a 1\ncontainer commit a 1\ncontainer unpause a 1\n';
    expect(oncePerPause(once)).toBe(once);
  });
});

describe('maskProcessTable: docker top’s host facts', () => {
  const table = (rows: string[][]): string => topTable({ titles: rows[0]!, processes: rows.slice(1) });
  // what the engine printed for `sh -c 'while :; do sleep 1; done'` once its pids wrapped around
  const engine = table([
    ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    ['root', '2189', '32243', '0', '05:59', '?', '00:00:00', 'sleep 1'],
    ['root', '32243', '32222', '0', '05:56', '?', '00:00:00', 'sh -c while :; do sleep 1; done'],
  ]);
  const model = table([
    ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    ['root', '2', '1', '0', '12:00', '?', '00:00:00', 'sh -c while :; do sleep 1; done'],
    ['root', '3', '2', '0', '12:01', '?', '00:00:00', 'sleep 1'],
  ]);

  it('numbers the pids over the rows sorted without them, the parent outside by its own symbol', () => {
    expect(maskProcessTable(engine)).toBe(maskProcessTable(model));
    expect(maskProcessTable(model)).toBe(
      table([
        ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
        ['root', '<pid1>', '<outside1>', '<use>', '<start>', '?', '<cpu time>', 'sh -c while :; do sleep 1; done'],
        ['root', '<pid2>', '<pid1>', '<use>', '<start>', '?', '<cpu time>', 'sleep 1'],
      ]),
    );
  });

  it('still tells a wrong parent, a wrong command, a wrong state', () => {
    const orphan = table([
      ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      ['root', '2', '1', '0', '12:00', '?', '00:00:00', 'sh -c while :; do sleep 1; done'],
      ['root', '3', '1', '0', '12:01', '?', '00:00:00', 'sleep 1'],
    ]);
    expect(maskProcessTable(orphan)).not.toBe(maskProcessTable(engine));
    expect(maskProcessTable(model.replace('sleep 1\n', 'sleep 2\n'))).not.toBe(maskProcessTable(engine));
  });

  it('a PID column that is the last one keeps the words after the pid', () => {
    const merged = (a: string, b: string): string => table([['PID'], [`${a} sh`], [`${b} sleep`]]);
    expect(maskProcessTable(merged('32724', '32765'))).toBe(table([['PID'], ['<pid1> sh'], ['<pid2> sleep']]));
  });

  it('leaves alone any other text, and a table the client did not align', () => {
    for (const text of ['', 'hello\n', 'CONTAINER ID   IMAGE\nabc   x\n', 'PID  COMMAND\n1  sh\n']) expect(maskProcessTable(text)).toBe(text);
  });
});
