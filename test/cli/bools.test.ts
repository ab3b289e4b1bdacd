/**
 * docker's boolean flags written `--flag=true|false` are rewritten for commander, but only where they
 * are the verb's flags: after `run`'s image, `exec`'s container or `--`, every word is the program's.
 */
import { describe, expect, it } from 'vitest';
import { badBool, normaliseBools } from '../../src/cli/verbs.js';

describe('normaliseBools', () => {
  it('rewrites the verb’s own boolean flags', () => {
    expect(normaliseBools(['run', '--rm=true', '-d', 'base:1'])).toEqual(['run', '--rm', '-d', 'base:1']);
    expect(normaliseBools(['ps', '--all=false', '--quiet=1'])).toEqual(['ps', '--quiet']);
    expect(normaliseBools(['commit', '--pause=false', 'c', 'i:1'])).toEqual(['commit', '--no-pause', 'c', 'i:1']);
  });
  it('leaves the program’s words as they are, after run’s and create’s image and exec’s container', () => {
    expect(normaliseBools(['run', '--rm=true', 'base:1', 'echo', '--all=true', '--rm=false'])).toEqual(['run', '--rm', 'base:1', 'echo', '--all=true', '--rm=false']);
    expect(normaliseBools(['container', 'create', 'base:1', 'sh', '--detach=true'])).toEqual(['container', 'create', 'base:1', 'sh', '--detach=true']);
    expect(normaliseBools(['exec', 'c0', 'echo', '--tty=true'])).toEqual(['exec', 'c0', 'echo', '--tty=true']);
  });
  it('skips a flag’s value to find the image: --name x, -e X, a cluster ending in a typed flag, not -eX or --name=x', () => {
    expect(normaliseBools(['run', '--name', 'web', '--rm=true', 'base:1', 'x', '--rm=true'])).toEqual(['run', '--name', 'web', '--rm', 'base:1', 'x', '--rm=true']);
    expect(normaliseBools(['run', '-de', 'A=1', '--rm=true', 'base:1', '--rm=true'])).toEqual(['run', '-de', 'A=1', '--rm', 'base:1', '--rm=true']);
    expect(normaliseBools(['run', '-eA=1', 'base:1', '--rm=true'])).toEqual(['run', '-eA=1', 'base:1', '--rm=true']);
    expect(normaliseBools(['run', '--name=web', 'base:1', '--rm=true'])).toEqual(['run', '--name=web', 'base:1', '--rm=true']);
  });
  it('reads values as strconv.ParseBool does, and a boolean shorthand given a value (-H=false) as its long flag', () => {
    expect(normaliseBools(['history', '-H=false', 'i:1'])).toEqual(['history', '--no-human', 'i:1']);
    expect(normaliseBools(['history', '--human=T', 'i:1'])).toEqual(['history', 'i:1']);
    expect(normaliseBools(['container', 'ls', '-a=TRUE', '-q=f'])).toEqual(['container', 'ls', '--all']);
  });
  it('a value ParseBool does not read is pflag’s error, with the command’s words', () => {
    expect(badBool(['history', '-H=maybe', 'i:1'])).toEqual({ command: 'history', message: 'invalid argument "maybe" for "-H, --human" flag: strconv.ParseBool: parsing "maybe": invalid syntax' });
    expect(badBool(['container', 'ls', '-a=x'])?.command).toBe('container ls');
    expect(badBool(['run', '--rm=yes', 'b:1'])?.message).toBe('invalid argument "yes" for "--rm" flag: strconv.ParseBool: parsing "yes": invalid syntax');
    expect(badBool(['run', 'b:1', 'echo', '--rm=yes'])).toBeUndefined();
    expect(badBool(['ps', '--all=false'])).toBeUndefined();
  });
  it('a --no-… flag docker has not (commander’s spelling of a default turned off) is pflag’s unknown flag', () => {
    expect(badBool(['run', '--no-rm', 'b:1'])).toEqual({ command: 'run', message: 'unknown flag: --no-rm' });
    expect(badBool(['container', 'commit', '--no-pause=true', 'c'])).toEqual({ command: 'container commit', message: 'unknown flag: --no-pause' });
    expect(badBool(['history', '--no-human', 'i:1'])?.message).toBe('unknown flag: --no-human');
    expect(badBool(['ps', '--no-trunc'])).toBeUndefined();
    expect(badBool(['build', '--no-cache', '.'])).toBeUndefined();
    expect(badBool(['run', 'b:1', 'sh', '--no-rm'])).toBeUndefined();
  });
  it('stops at -- for every verb', () => {
    expect(normaliseBools(['rm', '--', '--force=true'])).toEqual(['rm', '--', '--force=true']);
  });
});
