// Expected strings observed on Docker 20.10.24, base:1 (BusyBox v1.35.0 Debian build), stderr merged.
import { describe, expect, it } from 'vitest';
import { baseFs } from './memfs.js';
import { sh } from './helpers.js';

const USAGE_RM =
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: rm [-irf] FILE...\n\nRemove (unlink) FILEs\n\n\t-i\tAlways prompt before removing\n\t-f\tNever prompt\n\t-R,-r\tRecurse\n';

describe('mkdir', () => {
  it('errors, -p, usage', () => {
    const r = sh('mkdir /d; echo $?; mkdir /d; echo $?; mkdir -p /d; echo $?; mkdir -p /d/e/f; echo $?; mkdir /d/x /d/y; echo $?; mkdir -p /bin/sh/x; echo $?; mkdir /bin/sh/x; echo $?; mkdir /a/b; echo $?');
    expect(r.out).toBe(
      "0\nmkdir: can't create directory '/d': File exists\n1\n0\n0\n0\nmkdir: can't create directory '/bin/sh/': Not a directory\n1\nmkdir: can't create directory '/bin/sh/x': Not a directory\n1\nmkdir: can't create directory '/a/b': No such file or directory\n1\n",
    );
    expect(r.fs.stat('/d/e/f')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(sh('mkdir; echo $?').out).toBe(
      'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: mkdir [-m MODE] [-p] DIRECTORY...\n\nCreate DIRECTORY\n\n\t-m MODE\tMode\n\t-p\tNo error if exists; make parent directories as needed\n1\n',
    );
  });
  it('-p over a file', () => {
    expect(sh('touch /ff; mkdir -p /ff; echo $?; mkdir -p /ff/; echo $?').out).toBe(
      "mkdir: can't create directory '/ff': File exists\n1\nmkdir: can't create directory '/ff/': Not a directory\n1\n",
    );
  });
  it('-m sets the mode', () => {
    expect(sh('mkdir -m 700 /q; echo $?').fs.stat('/q')).toMatchObject({ mode: 0o700 });
  });
});

describe('cat, rm, rmdir, touch', () => {
  it('cat several files, a directory, stdin', () => {
    expect(sh('echo hi > /f; cat /f /f; cat /nope /f; echo $?; cat; echo $?; cat /bin /f; echo $?').out).toBe(
      "hi\nhi\ncat: can't open '/nope': No such file or directory\nhi\n1\n0\ncat: read error: Is a directory\nhi\n1\n",
    );
  });
  it('rm', () => {
    const r = sh('mkdir -p /d/e; touch /d/e/f; rm /d; echo $?; rm -f /nope; echo $?; rm -r /nope; echo $?; rm -rf /nope; echo $?; rm -r /d; echo $?; ls /; rm; echo $?; rm -f; echo $?');
    expect(r.out).toBe(
      "rm: '/d' is a directory\n1\n0\nrm: can't remove '/nope': No such file or directory\n1\n0\n0\nbin\ndev\netc\nproc\nsys\n" + USAGE_RM + '1\n0\n',
    );
    expect(sh('rm /x; echo $?').out).toBe("rm: can't remove '/x': No such file or directory\n1\n");
    expect(sh('mkdir /dd; rm -f /dd; echo $?').out).toBe("rm: '/dd' is a directory\n1\n");
  });
  it('rmdir', () => {
    expect(sh('mkdir -p /e/f; touch /e/g; rmdir /e; echo $?; rmdir /nope; echo $?; rmdir /e/g; echo $?; rmdir /e/f; echo $?').out).toBe(
      "rmdir: '/e': Directory not empty\n1\nrmdir: '/nope': No such file or directory\n1\nrmdir: '/e/g': Not a directory\n1\n0\n",
    );
  });
  it('touch', () => {
    const r = sh('touch /t1; echo $?; touch /nodir/t; echo $?; touch /bin; echo $?');
    expect(r.out).toBe('0\ntouch: /nodir/t: No such file or directory\n1\n0\n');
    expect(r.fs.stat('/t1')).toMatchObject({ type: 'file', mode: 0o644, size: 0 });
  });
});

describe('cp, mv, ln', () => {
  it('cp', () => {
    const r = sh("echo a > /s; cp /s /s2; echo $?; cat /s2; cp /nope /x; echo $?; cp /bin /x; echo $?; mkdir /cd; cp /s /cd; echo $?; ls /cd; cp /s /nodir/x; echo $?; cp -r /cd /cd2; echo $?; ls /cd2; cp /s /s2 /s; echo $?; cp /s /s2 /cd; echo $?; ls /cd; cp /s /s; echo $?");
    expect(r.out).toBe(
      "0\na\ncp: can't stat '/nope': No such file or directory\n1\ncp: omitting directory '/bin'\n1\n0\ns\ncp: can't create '/nodir/x': No such file or directory\n1\n0\ns\ncp: can't stat '/s/s': Not a directory\ncp: can't stat '/s/s2': Not a directory\n1\n0\ns\ns2\ncp: '/s' and '/s' are the same file\n1\n",
    );
    expect(r.fs.text('/cd2/s')).toBe('a\n');
  });
  it('cp keeps the source mode minus the umask', () => {
    expect(sh('touch /x; chmod 777 /x; cp /x /y').fs.stat('/y')).toMatchObject({ mode: 0o755 });
  });
  it('mv', () => {
    const r = sh("echo a > /m; mv /m /m2; echo $?; cat /m2; mv /nope /x; echo $?; mkdir /md; mv /m2 /md; echo $?; ls /md; mv /md /md2; ls /md2; mv /md2/m2 /nodir/x; echo $?; mv /md2 /md2/sub; echo $?");
    expect(r.out).toBe(
      "0\na\nmv: can't rename '/nope': No such file or directory\n1\n0\nm2\nm2\nmv: can't rename '/md2/m2': No such file or directory\n1\nmv: can't rename '/md2': Invalid argument\n1\n",
    );
  });
  it('ln -s', () => {
    const r = sh('ln -s /target /l1; echo $?; ln -s /target /l1; echo $?; mkdir /ld; ln -s /tt /ld; echo $?; ls /ld; ln -s /a /nodir/b; echo $?; ln -sf /t2 /l1; echo $?');
    expect(r.out).toBe('0\nln: /l1: File exists\n1\n0\ntt\nln: /nodir/b: No such file or directory\n1\n0\n');
    expect(r.fs.readlink('/l1')).toBe('/t2');
  });
});

describe('chmod', () => {
  it('octal, symbolic (with the umask when no who is given), errors', () => {
    const r = sh("touch /c; chmod 600 /c; echo $?; chmod 755 /nope; echo $?; chmod xyz /c; echo $?; chmod 9 /c; echo $?");
    expect(r.out).toBe("0\nchmod: /nope: No such file or directory\n1\nchmod: invalid mode 'xyz'\n1\nchmod: invalid mode '9'\n1\n");
    const modes: [string, number, number][] = [
      ['+x', 0o600, 0o711],
      ['u+x,g-w', 0o711, 0o711],
      ['a=r', 0o711, 0o444],
      ['+w', 0o444, 0o644],
      ['o+w,g=u', 0o644, 0o666],
      ['7777', 0o444, 0o7777],
    ];
    for (const [mode, from, to] of modes) {
      const fs = baseFs().file('/w', '', from);
      expect(sh(`chmod ${mode} /w; echo $?`, { fs }).out).toBe('0\n');
      expect(fs.stat('/w')).toMatchObject({ mode: to });
    }
  });
});

describe('ls', () => {
  const fs = () => baseFs().dir('/l').dir('/l/d').dir('/l/.h').file('/l/b', '').file('/l/a', '').file('/l/.z', '').file('/l/B', '');
  it('sorting, -a, several operands, errors', () => {
    expect(sh('ls /l; echo; ls -a /l; echo; ls /l/a /l/d /nope /l/b; echo $?; ls /l/d /l; echo; ls -1 /l; ls /l/a/; echo $?', { fs: fs() }).out).toBe(
      'B\na\nb\nd\n\n.\n..\n.h\n.z\nB\na\nb\nd\n\nls: /nope: No such file or directory\n/l/a\n/l/b\n\n/l/d:\n1\n/l:\nB\na\nb\nd\n\n/l/d:\n\nB\na\nb\nd\nls: /l/a/: Not a directory\n1\n',
    );
  });
  it('cwd, symlinked directories, -d', () => {
    const f = fs().dir('/m2').dir('/m2/x');
    expect(sh('cd /l; ls; ls d; ls /m2 /l/d; ln -s /l /ll; ls /ll; ls -d /l; echo $?', { fs: f }).out).toBe(
      'B\na\nb\nd\n/l/d:\n\n/m2:\nx\nB\na\nb\nd\n/l\n0\n',
    );
  });
});

describe('sleep arguments', () => {
  it('usage and invalid numbers', () => {
    expect(sh('sleep; echo $?').out).toBe(
      'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n1\n',
    );
    expect(sh('sleep abc; echo $?; sleep -1; echo $?; sleep 1x; echo $?; sleep .5e-3; echo $?; sleep 0x1; echo $?').out).toBe(
      "sleep: invalid number 'abc'\n1\nsleep: invalid number '-1'\n1\nsleep: invalid number '1x'\n1\nsleep: invalid number '1e-3'\n1\nsleep: invalid number '0x1'\n1\n",
    );
  });
});
