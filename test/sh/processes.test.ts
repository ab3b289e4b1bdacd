// The processes a blocked process is, as ps lists them: observed with `docker top` on Docker 20.10.24
// (base:1, BusyBox v1.35.0 ash) for each script below.
import { describe, expect, it } from 'vitest';
import { type ProcState, commOf, processesOf, spawn } from '../../src/sh/index.js';
import { baseFs } from './memfs.js';
import { blocked, penv, refused, resumeAt } from './helpers.js';

/** What `docker top` shows for `argv` once it has blocked: each process's command line and name. */
function rows(argv: string[], state?: ProcState): string[] {
  const s = state ?? blocked(spawn(argv, penv(baseFs()))).state;
  const p = processesOf(s, argv);
  if ('code' in p) throw new Error(p.message);
  return [p.self, ...(p.child ? [p.child] : [])].map((x) => `${x.comm}: ${x.argv.join(' ')}`);
}

const sh = (script: string): string[] => rows(['sh', '-c', script]);
const FORKED = (script: string, child = 'sleep 1000'): string[] => [`sh: sh -c ${script}`, `sleep: ${child}`];
const EXECED = ['sleep: sleep 1000'];

describe('a shell blocked in sleep: the sleep it forked, or the sleep it exec’d in its place', () => {
  it('a program run directly is one process', () => {
    expect(rows(['sleep', '1000'])).toEqual(EXECED);
    expect(rows(['/bin/sleep', '1000'])).toEqual(['sleep: /bin/sleep 1000']);
    expect(rows(['busybox', 'sleep', '1000'])).toEqual(['busybox: busybox sleep 1000']);
  });

  it('the last command of the script is exec’d, with what its line may carry after it', () => {
    for (const s of ['sleep 1000', 'true; sleep 1000', 'true\nsleep 1000', 'sleep 1000;', 'sleep 1000 ', 'sleep 1000 # c', ' sleep 1000', 'true;sleep 1000;  ']) {
      expect(sh(s), JSON.stringify(s)).toEqual(EXECED);
    }
    expect(sh('X=1 sleep 1000 > /dev/null')).toEqual(EXECED);
    expect(sh('cd /tmp; sleep 1000')).toEqual(EXECED);
    expect(sh('false || true && sleep 1000')).toEqual(EXECED);
    expect(sh('true && sleep 1000')).toEqual(EXECED);
    expect(sh('busybox sleep 1000')).toEqual(['busybox: busybox sleep 1000']);
  });

  it('anything else is forked: not last, a newline after it, ahead of || or &&, under !, in a loop', () => {
    for (const s of ['sleep 1000; true', 'sleep 1000\n', 'sleep 1000;\n', 'sleep 1000 && true\n', 'true && sleep 1000 || true', '! sleep 1000', 'sleep 1000 && true']) {
      expect(sh(s), JSON.stringify(s)).toEqual(FORKED(s));
    }
    expect(sh('while true; do sleep 1000; done')).toEqual(FORKED('while true; do sleep 1000; done'));
    expect(sh('/bin/sleep 1000; true')).toEqual(FORKED('/bin/sleep 1000; true', '/bin/sleep 1000'));
  });

  it('a trap ever set with an action forks, even once reset; an ignored signal does not', () => {
    expect(sh("trap 'exit 3' TERM; sleep 1000")).toEqual(FORKED("trap 'exit 3' TERM; sleep 1000"));
    expect(sh("trap 'x' TERM; trap - TERM; sleep 1000")).toEqual(FORKED("trap 'x' TERM; trap - TERM; sleep 1000"));
    expect(sh("trap 'echo x' EXIT; sleep 1000")).toEqual(FORKED("trap 'echo x' EXIT; sleep 1000"));
    expect(sh("trap '' TERM; sleep 1000")).toEqual(EXECED);
    expect(sh('trap - TERM; sleep 1000')).toEqual(EXECED);
  });

  it('the words the sleep was run with, as expanded; its start, from when it wakes', () => {
    expect(sh('N=1000; sleep $N; true')).toEqual(FORKED('N=1000; sleep $N; true'));
    const fs = baseFs();
    const first = blocked(spawn(['sh', '-c', 'sleep 2; sleep 5; true'], penv(fs, { now: 1000 })));
    expect(processesOf(first.state, ['sh', '-c', 'sleep 2; sleep 5; true'])).toMatchObject({ child: { argv: ['sleep', '2'], since: 1000 } });
    const second = blocked(resumeAt(first.state, fs, 3000, { kind: 'timer' }));
    expect(processesOf(second.state, ['sh', '-c', 'sleep 2; sleep 5; true'])).toMatchObject({ child: { argv: ['sleep', '5'], since: 3000 } });
  });

  it('a shell logged before it kept what it waits for is not guessed at', () => {
    const { fg: _, ...old } = blocked(spawn(['sh', '-c', 'sleep 1000; true'], penv(baseFs()))).state as ProcState & { fg: unknown };
    expect(refused(processesOf(old as ProcState, ['sh', '-c', 'sleep 1000; true']))).toMatch(/logged before strata kept what it waits for/);
  });

  it('a name is the kernel’s: the basename of what was run, 15 bytes at most', () => {
    expect(commOf(['/usr/local/bin/abcdefghijklmnopqrstu', 'x'])).toBe('abcdefghijklmno');
    expect(commOf(['./sh'])).toBe('sh');
  });
});
