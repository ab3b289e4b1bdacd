// Expected strings below were observed on Docker 20.10.24 with base:1 (BusyBox v1.35.0, Debian
// build) via `docker run --rm --network none base:1 sh -c '...'`; stderr was merged into stdout.
import { describe, expect, it } from 'vitest';
import { baseFs } from './memfs.js';
import { refused, sh } from './helpers.js';
import { spawn } from '../../src/sh/index.js';
import { penv } from './helpers.js';

describe('sh -c: lists, status, messages', () => {
  it('cat of a missing file, $?', () => {
    expect(sh('echo hi; cat /nope; echo $?')).toMatchObject({
      out: "hi\ncat: can't open '/nope': No such file or directory\n1\n",
      code: 0,
    });
  });
  it('command not found is 127 without a line number when $0 is implicit', () => {
    expect(sh('nosuch; echo $?')).toMatchObject({ out: 'sh: nosuch: not found\n127\n', code: 0 });
    expect(sh('nosuch')).toMatchObject({ out: 'sh: nosuch: not found\n', code: 127 });
  });
  it('an explicit $0 changes the prefix and adds "line N:" to shell messages', () => {
    expect(sh('cd /nope; nosuch; echo >/nodir/x; echo $0 $1 $#; exit x', { args: ['myname', 'a1'] })).toMatchObject({
      out:
        "myname: cd: line 0: can't cd to /nope: No such file or directory\n" +
        'myname: line 0: nosuch: not found\n' +
        "myname: line 0: can't create /nodir/x: nonexistent directory\n" +
        'myname a1 1\n' +
        'myname: exit: line 0: Illegal number: x\n',
      code: 2,
    });
    expect(sh('nosuch; cd /nope; echo >/nodir/x', { args: ['sh'] }).out).toBe(
      "sh: line 0: nosuch: not found\nsh: cd: line 0: can't cd to /nope: No such file or directory\nsh: line 0: can't create /nodir/x: nonexistent directory\n",
    );
  });
  it('builtin errors carry the 0-based line of the -c script', () => {
    expect(sh('echo\ncd /nope\n\nexit x')).toMatchObject({
      out: "\nsh: cd: line 1: can't cd to /nope: No such file or directory\nsh: exit: line 3: Illegal number: x\n",
      code: 2,
    });
  });
  it('exit: mod 256, no argument, extra arguments, fatal Illegal number', () => {
    expect(sh('exit 300').code).toBe(44);
    expect(sh('exit 1 2').code).toBe(1);
    expect(sh('false; exit').code).toBe(1);
    expect(sh('echo a; exit; echo b')).toMatchObject({ out: 'a\n', code: 0 });
    expect(sh('exit -1')).toMatchObject({ out: 'sh: exit: line 0: Illegal number: -1\n', code: 2 });
    expect(sh('exit x; echo after $?')).toMatchObject({ out: 'sh: exit: line 0: Illegal number: x\n', code: 2 });
  });
  it('$$ is 1 in PID 1, $0 and $# by default', () => {
    expect(sh('echo $$; echo $0 $#').out).toBe('1\nsh 0\n');
  });
  it('! && || and comments', () => {
    expect(sh('! true; echo $?; ! false; echo $?; false || echo or; true && echo and; false && echo no; echo $? # comment').out).toBe(
      '1\n0\nor\nand\n1\n',
    );
  });
});

describe('quoting and expansion', () => {
  it('quotes and escapes', () => {
    expect(sh(`echo "a  b" 'c$d' "$HOME" \\$x "a\\"b" "\\a\\$\\\\" a\\ \\ b`).out).toBe('a  b c$d / $x a"b \\a$\\ a  b\n');
    expect(sh('echo \\\\ \\a "\\n" "\\`"').out).toBe('\\ a \\n `\n');
  });
  it('field splitting of unquoted expansions, empty fields', () => {
    expect(sh('X="a  b"; echo $X; echo "$X"; E=; echo [$E] [${E}] "[$E]" x$E y; echo ${X}y $nope. "$nope"').out).toBe(
      'a b\na  b\n[] [] [] x y\na by . \n',
    );
  });
  it('positional parameters and "$@"', () => {
    expect(sh('echo $# $@; echo "$@"', { args: ['sh', '1', '2 3'] }).out).toBe('2 1 2 3\n1 2 3\n');
  });
  it('a lone $ is literal', () => {
    expect(sh('echo "$"; echo $; echo a$').out).toBe('$\n$\na$\n');
  });
  it('glob characters inside quotes are fine', () => {
    expect(sh(`echo '*' "?[x]"`).out).toBe('* ?[x]\n');
  });
  it('assignments: plain, several, and as a prefix', () => {
    expect(sh('A=1 B=2; echo $A$B').out).toBe('12\n');
    expect(sh('X=1 echo $X; X=5 cd /; echo $X').out).toBe('\n\n');
  });
  it('prefix assignments: exported to applets, kept by special builtins only', () => {
    expect(sh('X=1 :; echo "[$X]"; Y=2 true; echo "[$Y]"').out).toBe('[1]\n[]\n');
  });
});

describe('echo builtin', () => {
  it('-n -e -E clusters and literal words', () => {
    expect(
      sh('echo -n a; echo b; echo -e "a\\tb\\\\n"; echo -E "a\\tb"; echo -ne "x\\n"; echo -en "y\\n"; echo -nn z; echo; echo -- x; echo -x; echo "a\\nb"; echo -e "a\\c b"; echo -n').out,
    ).toBe('ab\na\tb\n\na\\tb\nx\ny\nz\n-- x\n-x\na\\nb\na');
  });
});

describe('redirections', () => {
  it('>&2, 1>&2, 2>&1, /dev/null, < errors, directories', () => {
    const r = sh('echo a >&2; echo b 1>&2; cat /nope 2>&1; cat /nope 2>/dev/null; echo $?; cat < /nope; echo $?; echo x > /bin; echo $?; cat < /bin; echo $?');
    expect(r.out).toBe(
      "a\nb\ncat: can't open '/nope': No such file or directory\n1\nsh: can't open /nope: no such file\n1\nsh: can't create /bin: Is a directory\n1\ncat: read error: Is a directory\n1\n",
    );
  });
  it('stderr and stdout land on the right streams', () => {
    const r = spawn(['sh', '-c', 'echo a >&2; echo b; cat /nope 2>&1 >/dev/null'], penv(baseFs()));
    expect('output' in r && r.output).toEqual([
      { stream: 'stderr', text: 'a\n' },
      { stream: 'stdout', text: "b\ncat: can't open '/nope': No such file or directory\n" },
    ]);
  });
  it('order of 2>&1 and >/dev/null', () => {
    expect(sh('echo a 2>&1 >/dev/null; cat /nope 2>&1 >/dev/null; cat /nope >/dev/null 2>&1; echo $?').out).toBe(
      "cat: can't open '/nope': No such file or directory\n1\n",
    );
  });
  it('> truncates, >> appends, two opens of one file share nothing', () => {
    const r = sh('echo abc > /o; echo d >> /o; cat /o; echo x >/o 2>/o; cat /o');
    expect(r.out).toBe('abc\nd\nx\n');
  });
  it('redirections anywhere in the command; other fds', () => {
    const r = sh('echo a>/p b; cat /p; echo 2>/p1 c; echo a 3>/q; echo $?');
    expect(r.out).toBe('a b\nc\na\n0\n');
    expect(r.fs.text('/q')).toBe('');
  });
  it('/dev/null as a source', () => {
    expect(sh('echo x >/dev/null; echo $?; cat /dev/null; echo $?; cat </dev/null; echo $?').out).toBe('0\n0\n0\n');
  });
  it('a failing redirection skips the command', () => {
    expect(sh('echo x > /nodir/f; echo $?').out).toBe('sh: can\'t create /nodir/f: nonexistent directory\n1\n');
    expect(sh('echo > /nodir/x\ncat </nope').out).toBe("sh: can't create /nodir/x: nonexistent directory\nsh: can't open /nope: no such file\n");
  });
  it('quoted file names with spaces; unquoted ones split', () => {
    expect(sh('echo a > "/s p"; cat "/s p"; X="/s p"; cat "$X"; cat $X; echo $?').out).toBe(
      "a\na\ncat: can't open '/s': No such file or directory\ncat: can't open 'p': No such file or directory\n1\n",
    );
  });
});

describe('cd and pwd', () => {
  it('errors are status 2 and do not stop the script', () => {
    expect(sh('cd /nope; echo $?; cd /bin/sh; echo $?; cd; pwd; cd /bin; pwd; cd ..; pwd').out).toBe(
      "sh: cd: line 0: can't cd to /nope: No such file or directory\n2\nsh: cd: line 0: can't cd to /bin/sh: Not a directory\n2\n/\n/bin\n/\n",
    );
  });
  it('cd uses $HOME; the pwd applet agrees with the builtin', () => {
    expect(sh('cd /bin; pwd; busybox pwd; HOME=/nope; cd; echo $?').out).toBe(
      "/bin\n/bin\nsh: cd: line 0: can't cd to /nope: No such file or directory\n2\n",
    );
  });
  it('cd exports OLDPWD, in ash hash-table order', () => {
    expect(sh('cd /bin; busybox env').out).toBe(
      'HOSTNAME=04179d31da95\nSHLVL=1\nHOME=/\nOLDPWD=/\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nPWD=/bin\n',
    );
  });
  it('relative paths follow the shell cwd', () => {
    const fs = baseFs().dir('/l').file('/l/a', '');
    expect(sh('cd /l; ls; cat a; echo $?', { fs }).out).toBe('a\n0\n');
  });
});

describe('env and standalone applets', () => {
  it('env under sh lists variables bucket by bucket (SHLVL and PWD added by ash)', () => {
    expect(sh('env').out).toBe('HOSTNAME=04179d31da95\nSHLVL=1\nHOME=/\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nPWD=/\n');
  });
  it('SHLVL increments an inherited value (seen from a nested sh: SHLVL=2)', () => {
    expect(sh('env', { env: { env: [...['PATH=/bin', 'SHLVL=1']] } }).out).toBe('SHLVL=2\nPATH=/bin\nPWD=/\n');
  });
  it('a bare sh reads its script from the empty stdin and exits 0 (ENTRYPOINT ["sh","-c"] under a `sh -c …` CMD)', () => {
    // observed: docker run --entrypoint sh img -c sh -c 'echo a > /x; exit 4' → exit 0, no diff
    const r = sh('sh; echo after $?');
    expect(r.out).toBe('after 0\n');
  });
  it('a prefix assignment is exported to the applet only', () => {
    expect(sh('X=2 busybox env; echo "[$X]"', { env: { env: ['PATH=/bin'] } }).out).toBe('SHLVL=1\nX=2\nPATH=/bin\nPWD=/\n[]\n');
  });
  it('applets run without PATH search (FEATURE_SH_STANDALONE)', () => {
    expect(sh('PATH=/nope; ls /bin/sh; env').out).toContain('/bin/sh\n');
  });
  it('busybox dispatch and unknown applets', () => {
    expect(sh('busybox ls /bin/sh; busybox nosuch; echo $?').out).toBe('/bin/sh\nnosuch: applet not found\n127\n');
  });
  it('exec of paths: not found, directories, non-executable files', () => {
    const fs = baseFs().file('/s.sh', '#!/bin/sh\n', 0o644);
    expect(sh('/s.sh; echo $?; /bin; echo $?; /nope; echo $?; ./nope; echo $?; /bin/echo hi', { fs }).out).toBe(
      'sh: /s.sh: Permission denied\n126\nsh: /bin: Permission denied\n126\nsh: /nope: not found\n127\nsh: ./nope: not found\n127\nhi\n',
    );
    expect(refused(spawn(['sh', '-c', 'chmod +x /s.sh; /s.sh'], penv(fs)))).toMatch(/not busybox/);
  });
});

describe('trap and EXIT', () => {
  it('listing, invalid specs, case-insensitive names, reset and ignore', () => {
    expect(sh('trap; trap "echo t" BAD; echo $?; trap "echo t" term; echo $?; trap "echo t" SIGTERM 15; echo $?; trap; trap - 15; trap; trap "" INT; trap').out).toBe(
      "sh: trap: line 0: BAD: invalid signal specification\n1\n0\n0\ntrap -- 'echo t' TERM\ntrap -- '' INT\n",
    );
  });
  it('listing is in signal order and quotes single quotes', () => {
    expect(sh(`trap "echo t" TERM INT; trap; trap "it's" HUP; trap`).out).toBe(
      `trap -- 'echo t' INT\ntrap -- 'echo t' TERM\ntrap -- 'it'"'"'s' HUP\ntrap -- 'echo t' INT\ntrap -- 'echo t' TERM\n`,
    );
  });
  it('EXIT trap runs at the end and on exit, keeping the status', () => {
    expect(sh('trap "echo bye" EXIT; echo hi')).toMatchObject({ out: 'hi\nbye\n', code: 0 });
    expect(sh('trap "echo bye" EXIT; exit 3')).toMatchObject({ out: 'bye\n', code: 3 });
    expect(sh('trap "echo bye; exit 4" EXIT; exit 3')).toMatchObject({ out: 'bye\n', code: 4 });
    expect(sh('trap "echo bye" 0; false')).toMatchObject({ out: 'bye\n', code: 1 });
    expect(sh('false; trap "exit" EXIT')).toMatchObject({ out: '', code: 0 });
  });
  it('commands in the EXIT handler report the line of the last command', () => {
    expect(sh('trap "cd /nope" EXIT; echo\necho').out).toBe("\n\nsh: cd: line 1: can't cd to /nope: No such file or directory\n");
  });
});

describe('sh invocations', () => {
  it('sh without arguments reads the empty stdin of a detached container', () => {
    expect(spawn(['sh'], penv(baseFs()))).toEqual({ kind: 'exited', code: 0, at: 0, output: [] });
  });
  it('/bin/sh names itself by argv[0]; busybox sh by the applet', () => {
    expect(sh('x').out).toBe('sh: x: not found\n');
    const r = spawn(['/bin/sh', '-c', 'nosuch; cd /nope'], penv(baseFs()));
    expect('output' in r && r.output.map((o) => o.text).join('')).toBe(
      "/bin/sh: nosuch: not found\n/bin/sh: cd: line 0: can't cd to /nope: No such file or directory\n",
    );
  });
});
