/**
 * The classic builder's Dockerfile parser against what Docker Engine 20.10.24 (Debian's docker.io,
 * DOCKER_BUILDKIT=0) printed for the same Dockerfiles: `docker build` errors, `Step i/N : …` lines,
 * `docker inspect` values and `docker history --no-trunc --format '{{.CreatedBy}}'` rows. Every
 * expected string below was read from that engine.
 */
import { describe, expect, it } from 'vitest';
import {
  classicBuilderRefusal,
  createdBy,
  type DockerfileParse,
  type EscapeToken,
  expandInstruction,
  expandWord,
  expandWords,
  type Instruction,
  normalizeWorkdir,
  parseDockerfile,
  parseTrigger,
  printedWarnings,
  resolveCmdLine,
  runCreatedBy,
  copyCreatedBy,
  type Stage,
  stepCount,
} from '../../src/build/dockerfile.js';
import { render } from '../../src/core/errors.js';
import { rendered } from '../support/rendered.js';

/** The text of the classic builder's refusal of a step, if it refuses it. */
function refusal(instr: Instruction): string | undefined {
  const e = classicBuilderRefusal(instr);
  return e && render(e);
}

function parsed(text: string): Extract<DockerfileParse, { ok: true }> {
  const r = parseDockerfile(text);
  if (!r.ok) throw new Error(`expected a parse, got: ${render(r.error)}`);
  return r;
}

function errorOf(text: string): string {
  const r = parseDockerfile(text);
  if (r.ok) throw new Error('expected an error');
  return render(r.error);
}

/** The `Step i/N : …` lines the engine prints for a Dockerfile that parses. */
function steps(text: string): string[] {
  const r = parsed(text);
  const n = stepCount(r);
  const originals = [...r.metaArgs.map((a) => a.original), ...r.stages.flatMap((s) => [s.from.original, ...s.instructions.map((i) => i.original)])];
  return originals.map((o, i) => `Step ${i + 1}/${n} : ${o}`);
}

function only(text: string): Instruction {
  const i = parsed(text).stages[0]?.instructions[0];
  if (i === undefined) throw new Error('no instruction');
  return i;
}

describe('parse errors, as the daemon reports them', () => {
  it.each([
    ['unknown instruction', 'FROM base:1\nFOO bar\n', 'dockerfile parse error line 2: unknown instruction: FOO'],
    ['empty file', '', 'the Dockerfile (Dockerfile) cannot be empty'],
    ['only comments', '# comment\n\n', 'failed to parse Dockerfile: file with no instructions'],
    ['ENV with one word', 'FROM base:1\nENV foo\n', 'failed to parse Dockerfile: ENV must have two arguments'],
    ['LABEL with one word', 'FROM base:1\nLABEL foo\n', 'failed to parse Dockerfile: LABEL must have two arguments'],
    ['ENV blank name', 'FROM base:1\nENV =x\n', 'dockerfile parse error line 2: ENV names can not be blank'],
    ['LABEL blank name', 'FROM base:1\nLABEL =x\n', 'dockerfile parse error line 2: LABEL names can not be blank'],
    [
      'ENV word without =',
      'FROM base:1\nENV a=b x\n',
      `failed to parse Dockerfile: Syntax error - can't find = in "x". Must be of the form: name=value`,
    ],
    ['ENV without arguments', 'FROM base:1\nENV\n', 'dockerfile parse error line 2: ENV requires at least one argument'],
    ['LABEL without arguments', 'FROM base:1\nLABEL\n', 'dockerfile parse error line 2: LABEL requires at least one argument'],
    ['ENV name only with NBSP', 'FROM base:1\nENV A\u00a0b=c\n', 'failed to parse Dockerfile: ENV must have two arguments'],
    ['FROM with two words', 'FROM base:1 as\n', 'dockerfile parse error line 1: FROM requires either one or three arguments'],
    ['FROM alone', 'FROM\n', 'dockerfile parse error line 1: FROM requires either one or three arguments'],
    ['FROM x to y', 'FROM base:1 to x\n', 'dockerfile parse error line 1: FROM requires either one or three arguments'],
    ['FROM with four words', 'FROM base:1 AS x y\n', 'dockerfile parse error line 1: FROM requires either one or three arguments'],
    [
      'stage name starting with a digit',
      'FROM base:1 AS 9Ab\n',
      `dockerfile parse error line 1: invalid name for build stage: "9Ab", name can't start with a number or contain symbols`,
    ],
    [
      'stage name with a slash',
      'FROM base:1 AS a/b\n',
      `dockerfile parse error line 1: invalid name for build stage: "a/b", name can't start with a number or contain symbols`,
    ],
    ['RUN before FROM', 'RUN echo hi\nFROM base:1\n', 'no build stage in current context'],
    ['ENV between meta ARG and FROM', 'ARG X\nENV a=b\nFROM base:1\n', 'no build stage in current context'],
    [
      'JSON with a number',
      'FROM base:1\nCMD ["a", 1]\n',
      'failed to parse Dockerfile: when using JSON array syntax, arrays must be comprised of strings only',
    ],
    [
      'JSON nested array',
      'FROM base:1\nCMD [["a"]]\n',
      'failed to parse Dockerfile: when using JSON array syntax, arrays must be comprised of strings only',
    ],
    [
      'VOLUME JSON with a number',
      'FROM base:1\nVOLUME [1]\n',
      'failed to parse Dockerfile: when using JSON array syntax, arrays must be comprised of strings only',
    ],
    ['escape directive x', '# escape=x\nFROM base:1\n', "failed to parse Dockerfile: invalid escape token 'x' does not match ` or \\"],
    ['two escape directives', '# escape=`\n# escape=\\\nFROM base:1\n', 'failed to parse Dockerfile: only one escape parser directive can be used'],
    ['two syntax directives', '# syntax=a\n# syntax=b\nFROM base:1\n', 'failed to parse Dockerfile: only one syntax parser directive can be used'],
    ['unknown flag on COPY', 'FROM base:1\nCOPY --foo=1 hello.txt /x\n', 'dockerfile parse error line 2: Unknown flag: foo'],
    ['RUN --network', 'FROM base:1\nRUN --network=none echo hi\n', 'dockerfile parse error line 2: Unknown flag: network'],
    ['RUN --security', 'FROM base:1\nRUN --security=insecure echo\n', 'dockerfile parse error line 2: Unknown flag: security'],
    ['flag on ENV', 'FROM base:1\nENV --foo=1 a=b\n', 'dockerfile parse error line 2: Unknown flag: foo'],
    ['flag on CMD', 'FROM base:1\nCMD --x=1 echo\n', 'dockerfile parse error line 2: Unknown flag: x'],
    ['flag on FROM', 'FROM --x=1 base:1\n', 'dockerfile parse error line 1: Unknown flag: x'],
    ['flag without value', 'FROM base:1\nCOPY --chown hello.txt /x\n', 'dockerfile parse error line 2: Missing a value on flag: chown'],
    ['flag twice', 'FROM base:1\nCOPY --chown=1 --chown=2 hello.txt /x\n', 'dockerfile parse error line 2: Duplicate flag specified: chown'],
    ['RUN --mount without value', 'FROM base:1\nRUN --mount echo\n', 'dockerfile parse error line 2: Missing a value on flag: mount'],
    ['SHELL in shell form', 'FROM base:1\nSHELL /bin/sh -c\n', 'dockerfile parse error line 2: SHELL requires the arguments to be in JSON form'],
    ['SHELL []', 'FROM base:1\nSHELL []\n', 'dockerfile parse error line 2: SHELL requires at least one argument'],
    ['VOLUME [""]', 'FROM base:1\nVOLUME [""]\n', 'dockerfile parse error line 2: VOLUME specified can not be an empty string'],
    ['VOLUME ["  "]', 'FROM base:1\nVOLUME ["  "]\n', 'dockerfile parse error line 2: VOLUME specified can not be an empty string'],
    ['VOLUME alone', 'FROM base:1\nVOLUME\n', 'dockerfile parse error line 2: VOLUME requires at least one argument'],
    [
      'COPY with one argument',
      'FROM base:1\nCOPY a\n',
      'dockerfile parse error line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    [
      'ADD with one argument',
      'FROM base:1\nADD a\n',
      'dockerfile parse error line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    ['ONBUILD ONBUILD', 'FROM base:1\nONBUILD ONBUILD RUN x\n', "dockerfile parse error line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"],
    ['ONBUILD from', 'FROM base:1\nONBUILD from x\n', "dockerfile parse error line 2: FROM isn't allowed as an ONBUILD trigger"],
    ['ONBUILD Maintainer', 'FROM base:1\nONBUILD Maintainer x\n', "dockerfile parse error line 2: MAINTAINER isn't allowed as an ONBUILD trigger"],
    ['ONBUILD alone', 'FROM base:1\nONBUILD\n', 'dockerfile parse error line 2: ONBUILD requires at least one argument'],
    ['ONBUILD ENV a', 'FROM base:1\nONBUILD ENV a\n', 'failed to parse Dockerfile: ENV must have two arguments'],
    ['ONBUILD --x=1', 'FROM base:1\nONBUILD --x=1 RUN a\n', 'dockerfile parse error line 2: Unknown flag: x'],
    ['MAINTAINER alone', 'FROM base:1\nMAINTAINER\n', 'dockerfile parse error line 2: MAINTAINER requires exactly one argument'],
    ['USER alone', 'FROM base:1\nUSER\n', 'dockerfile parse error line 2: USER requires exactly one argument'],
    ['USER \\ at the end of the file', 'FROM base:1\nUSER \\\n', 'dockerfile parse error line 2: USER requires exactly one argument'],
    ['WORKDIR alone', 'FROM base:1\nWORKDIR\n', 'dockerfile parse error line 2: WORKDIR requires exactly one argument'],
    ['STOPSIGNAL alone', 'FROM base:1\nSTOPSIGNAL\n', 'dockerfile parse error line 2: STOPSIGNAL requires exactly one argument'],
    ['EXPOSE alone', 'FROM base:1\nEXPOSE\n', 'dockerfile parse error line 2: EXPOSE requires at least one argument'],
    ['ARG alone', 'FROM base:1\nARG\n', 'dockerfile parse error line 2: ARG requires at least one argument'],
    ['ARG blank name', 'FROM base:1\nARG =x\n', 'dockerfile parse error line 2: ARG names can not be blank'],
    ['HEALTHCHECK alone', 'FROM base:1\nHEALTHCHECK\n', 'dockerfile parse error line 2: HEALTHCHECK requires at least one argument'],
    ['HEALTHCHECK NONE x', 'FROM base:1\nHEALTHCHECK NONE x\n', 'dockerfile parse error line 2: HEALTHCHECK NONE takes no arguments'],
    ['HEALTHCHECK CMD alone', 'FROM base:1\nHEALTHCHECK CMD\n', 'dockerfile parse error line 2: Missing command after HEALTHCHECK CMD'],
    ['HEALTHCHECK CMD []', 'FROM base:1\nHEALTHCHECK CMD []\n', 'dockerfile parse error line 2: Missing command after HEALTHCHECK CMD'],
    ['HEALTHCHECK FOO', 'FROM base:1\nHEALTHCHECK FOO x\n', 'dockerfile parse error line 2: Unknown type "FOO" in HEALTHCHECK (try CMD)'],
    ['HEALTHCHECK --interval=5', 'FROM base:1\nHEALTHCHECK --interval=5 CMD echo\n', 'dockerfile parse error line 2: time: missing unit in duration "5"'],
    [
      'HEALTHCHECK --interval=100us',
      'FROM base:1\nHEALTHCHECK --interval=100us CMD echo\n',
      'dockerfile parse error line 2: Interval "interval" cannot be less than 1ms',
    ],
    ['HEALTHCHECK --timeout=0s', 'FROM base:1\nHEALTHCHECK --timeout=0s CMD echo\n', 'dockerfile parse error line 2: Interval "timeout" cannot be less than 1ms'],
    ['HEALTHCHECK --interval=-1s', 'FROM base:1\nHEALTHCHECK --interval=-1s CMD x\n', 'dockerfile parse error line 2: Interval "interval" cannot be less than 1ms'],
    [
      'HEALTHCHECK --retries=x',
      'FROM base:1\nHEALTHCHECK --retries=x CMD echo\n',
      'dockerfile parse error line 2: strconv.ParseInt: parsing "x": invalid syntax',
    ],
    ['HEALTHCHECK --retries=0', 'FROM base:1\nHEALTHCHECK --retries=0 CMD echo\n', 'dockerfile parse error line 2: --retries must be at least 1 (not 0)'],
    ['HEALTHCHECK --retries=-2', 'FROM base:1\nHEALTHCHECK --retries=-2 CMD x\n', 'dockerfile parse error line 2: --retries must be at least 1 (not -2)'],
    [
      'HEALTHCHECK --retries=99999999999',
      'FROM base:1\nHEALTHCHECK --retries=99999999999 CMD echo\n',
      'dockerfile parse error line 2: strconv.ParseInt: parsing "99999999999": value out of range',
    ],
    ['HEALTHCHECK --interval=5x', 'FROM base:1\nHEALTHCHECK --interval=5x CMD x\n', 'dockerfile parse error line 2: time: unknown unit "x" in duration "5x"'],
    ['HEALTHCHECK --interval=.s', 'FROM base:1\nHEALTHCHECK --interval=.s CMD x\n', 'dockerfile parse error line 2: time: invalid duration ".s"'],
    [
      'HEALTHCHECK --interval=99999999999h',
      'FROM base:1\nHEALTHCHECK --interval=99999999999h CMD x\n',
      'dockerfile parse error line 2: time: invalid duration "99999999999h"',
    ],
    ['HEALTHCHECK --interval=1h-1s', 'FROM base:1\nHEALTHCHECK --interval=1h-1s CMD x\n', 'dockerfile parse error line 2: time: unknown unit "h-" in duration "1h-1s"'],
    [
      'HEALTHCHECK --interval=1é (the flag read byte by byte)',
      'FROM base:1\nHEALTHCHECK --interval=1\u00e9 CMD x\n',
      'dockerfile parse error line 2: time: unknown unit "\\xc3\\x83\\xc2\\xa9" in duration "1\\xc3\\x83\\xc2\\xa9"',
    ],
    ['HEALTHCHECK --foo=1', 'FROM base:1\nHEALTHCHECK --foo=1 CMD x\n', 'dockerfile parse error line 2: Unknown flag: foo'],
    ['ADD has no --from', 'FROM base:1\nADD --from=x a b\n', 'dockerfile parse error line 2: Unknown flag: from'],
    ['flag on MAINTAINER', 'FROM base:1\nMAINTAINER --x=1 me\n', 'dockerfile parse error line 2: Unknown flag: x'],
    ['flag on EXPOSE', 'FROM base:1\nEXPOSE --x=1 80\n', 'dockerfile parse error line 2: Unknown flag: x'],
    ['flag on WORKDIR', 'FROM base:1\nWORKDIR --x=1 /a\n', 'dockerfile parse error line 2: Unknown flag: x'],
    ['flag on VOLUME', 'FROM base:1\nVOLUME --x=1 /a\n', 'dockerfile parse error line 2: Unknown flag: x'],
    ['a lowercase unknown instruction', 'FROM base:1\nfoo x\n', 'dockerfile parse error line 2: unknown instruction: FOO'],
    // the whole file is parsed into lines before any instruction is checked
    ['a line error wins over an earlier instruction error', 'FROM base:1\nFOO x\nENV a\n', 'failed to parse Dockerfile: ENV must have two arguments'],
    ['line of 65536 bytes', `FROM base:1\nLABEL a=${'x'.repeat(65528)}\n`, 'failed to parse Dockerfile: dockerfile line greater than max allowed size of 65535'],
    ['a long line before any instruction', `LABEL a=${'x'.repeat(65530)}\nFROM base:1\n`, 'failed to parse Dockerfile: file with no instructions'],
    // a blank or comment line ends the directives: the later "# escape=`" is a comment, so "b" is an instruction
    ['escape directive after a blank line', '\n# escape=`\nFROM base:1\nRUN echo a `\n  b\n', 'dockerfile parse error line 5: unknown instruction: B'],
    ['escape directive after a comment', '# hello\n# escape=`\nFROM base:1\nRUN echo a `\n b\n', 'dockerfile parse error line 5: unknown instruction: B'],
    ['escape directive after an unknown one', '# foo=bar\n# escape=`\nFROM base:1\nRUN echo a `\n b\n', 'dockerfile parse error line 5: unknown instruction: B'],
    // FROM --platform=<à>x: moby reads flags byte by byte, and the second byte of à (0xA0) counts as a blank
    ['a 0xA0 byte ends a flag', 'FROM --platform=\u00e0x base:1\n', 'dockerfile parse error line 1: FROM requires either one or three arguments'],
  ])('%s', (_name, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('a line of 65535 bytes is accepted', () => {
    expect(parsed(`FROM base:1\nLABEL a=${'x'.repeat(65527)}\n`).stages[0]?.instructions).toHaveLength(1);
  });
});

describe('RUN --mount options are checked when the Dockerfile is parsed', () => {
  const mountError = (m: string): string | undefined => {
    const r = parseDockerfile(`FROM base:1\nRUN --mount=${m} echo\n`);
    return r.ok ? undefined : render(r.error).replace('dockerfile parse error line 2: ', '');
  };
  it.each([
    ['type=foo', 'unsupported mount type "foo"'],
    ['foo=bar', "unexpected key 'foo' in 'foo=bar'"],
    ['', 'failed to parse csv mounts: EOF'],
    ['type=cache,target=/a,sharing=foo', 'unsupported sharing value "foo"'],
    ['type=secret', 'invalid secret mount. one of source, target required'],
    ['target=/a,ro=maybe', 'invalid value for ro: maybe'],
    ['target=/a,rw=maybe', 'invalid value for rw: maybe'],
    ['target=/a,mode=0644', 'mode not allowed for "bind" type mounts'],
    ['type=secret,id=x,mode=9', 'invalid value 9 for mode'],
    ['type=secret,id=x,mode=0644,uid=x', 'invalid value x for uid'],
    ['target=/a,uid=1', 'uid not allowed for "bind" type mounts'],
    ['target=/a,gid=1', 'gid not allowed for "bind" type mounts'],
    ['type=tmpfs,mode=1', 'mode not allowed for "tmpfs" type mounts'],
    ['type=tmpfs,size=1m,target=/a', "unexpected key 'size' in 'size=1m'"],
    ['target=/a,required', "unexpected key 'required' for mount type 'bind'"],
    ['target=/a,required=true', "unexpected key 'required' for mount type 'bind'"],
    ['required,type=secret', "unexpected key 'required' for mount type 'bind'"],
    ['type=secret,id=a,required=x', 'invalid value for required: x'],
    ['type=secret,from=x,id=a', 'secret mount should not have a from'],
    ['type=secret,id=a,source=b', "both source and id can't be set"],
    ['src=a,type=secret,id=b', "both source and id can't be set"],
    ['type=bind,sharing=shared', 'invalid cache sharing set for bind mount'],
    ['type=ssh,sharing=locked', 'invalid cache sharing set for ssh mount'],
    ['type=secret,sharing=shared,id=a', 'invalid cache sharing set for secret mount'],
    ['type=secret,id=a,mode=+1', 'invalid value +1 for mode'],
    ['type=secret,id=a,mode=', 'invalid value  for mode'],
    ['type=secret,id=a,uid=4294967296', 'invalid value 4294967296 for uid'],
    ['type=secret,id=a,mode=40000000000', 'invalid value 40000000000 for mode'],
    ['x=1,type=foo', "unexpected key 'x' in 'x=1'"],
    ['x', "invalid field 'x' must be a key=value pair"],
    ['type=bind,x', "invalid field 'x' must be a key=value pair"],
    ['target=/a,', "invalid field '' must be a key=value pair"],
    [',', "invalid field '' must be a key=value pair"],
    // the flag's own quotes go first (extractBuilderFlags); an unterminated one runs to the end of the line
    ['a"b', "invalid field 'ab echo' must be a key=value pair"],
    ['"a,b"', "invalid field 'a' must be a key=value pair"],
    ['\\"a\\"\\"b\\"', `invalid field 'a"b' must be a key=value pair`],
    ['\\"\\"', "invalid field '' must be a key=value pair"],
    ['a\\"b', 'failed to parse csv mounts: parse error on line 1, column 2: bare " in non-quoted-field'],
    ['x=1,a\\"b', 'failed to parse csv mounts: parse error on line 1, column 6: bare " in non-quoted-field'],
    ['x=\\"', 'failed to parse csv mounts: parse error on line 1, column 3: bare " in non-quoted-field'],
    ['\\"a\\"b', 'failed to parse csv mounts: parse error on line 1, column 3: extraneous or missing " in quoted-field'],
    ['x=1,\\"a\\"b', 'failed to parse csv mounts: parse error on line 1, column 7: extraneous or missing " in quoted-field'],
    ['\u00e9=1,\\"a\\"b', 'failed to parse csv mounts: parse error on line 1, column 10: extraneous or missing " in quoted-field'],
    ['\\"type=cache', 'failed to parse csv mounts: parse error on line 1, column 12: extraneous or missing " in quoted-field'],
  ])('--mount=%s', (m, message) => {
    expect(mountError(m)).toBe(message);
  });

  // these parse; the classic builder then refuses the step with the BuildKit text
  it.each([
    'type=cache',
    'type=ssh',
    'rw',
    'type=secret,id=a,required',
    'target=/a,ro=1',
    'type=cache,sharing=SHARED',
    'type=CACHE',
    'from=$X',
    'TYPE=bind',
    'type=ssh,mode=0600',
    'type=cache,mode=0644',
    'type=cache,uid=1,gid=2',
    'ro=TRUE',
    'ro=t',
    'type=ssh,required=0',
    'type=cache,\\"target=/a\\"',
  ])('--mount=%s parses, then the step is refused', (m) => {
    const i = only(`FROM base:1\nRUN --mount=${m} echo\n`);
    expect(refusal(i)).toBe(
      'the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled',
    );
  });

  it('two mounts parse', () => {
    const i = only('FROM base:1\nRUN --mount=type=bind,target=/a --mount=type=tmpfs,target=/b echo\n');
    expect(i.kind === 'run' && i.mounts.map((m) => [m.type, m.target, m.readOnly])).toEqual([
      ['bind', '/a', true],
      ['tmpfs', '/b', false],
    ]);
  });
});

describe('steps the classic builder refuses when it dispatches them', () => {
  it('COPY --chmod: "Step 2/2 : COPY --chmod=644 hello.txt /x", then the BuildKit text', () => {
    const r = parsed('FROM base:1\nCOPY --chmod=644 hello.txt /x\n');
    const i = r.stages[0]!.instructions[0]!;
    expect(steps('FROM base:1\nCOPY --chmod=644 hello.txt /x\n')).toEqual(['Step 1/2 : FROM base:1', 'Step 2/2 : COPY --chmod=644 hello.txt /x']);
    expect(refusal(i)).toBe(
      'the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled',
    );
  });

  it('ADD --chmod', () => {
    expect(refusal(only('FROM base:1\nADD --chmod=600 a /b\n'))).toMatch(/^the --chmod option requires BuildKit\./);
  });

  it('RUN --mount=type=cache,target=/x echo hi', () => {
    expect(steps('FROM base:1\nRUN --mount=type=cache,target=/x echo hi\n')[1]).toBe('Step 2/2 : RUN --mount=type=cache,target=/x echo hi');
    expect(refusal(only('FROM base:1\nRUN --mount=type=cache,target=/x echo hi\n'))).toMatch(/^the --mount option requires BuildKit\./);
  });

  it('a plain COPY and RUN are not refused', () => {
    expect(refusal(only('FROM base:1\nCOPY --chown=1 a b\n'))).toBeUndefined();
    expect(refusal(only('FROM base:1\nRUN echo\n'))).toBeUndefined();
  });
});

describe('Step lines: the joined line, trimmed', () => {
  it('continuation lines are joined as written, a comment inside is dropped', () => {
    expect(steps('FROM base:1\nRUN echo a \\\n    b \\\n# comment inside\n  c\nLABEL x=1\\\n\n\ny=2\n')).toEqual([
      'Step 1/3 : FROM base:1',
      'Step 2/3 : RUN echo a     b   c',
      'Step 3/3 : LABEL x=1y=2',
    ]);
  });

  it('leading blanks are dropped, inner ones kept, the instruction word keeps its case', () => {
    expect(steps('  from base:1\n\trun   echo   hi   \nlabel   a=b   \n')).toEqual([
      'Step 1/3 : from base:1',
      'Step 2/3 : run   echo   hi',
      'Step 3/3 : label   a=b',
    ]);
  });

  it('blanks after the continuation token', () => {
    expect(steps('FROM base:1\nRUN echo a \\   \n  b\n')[1]).toBe('Step 2/2 : RUN echo a   b');
  });

  it('an escaped escape at the end of the line does not continue it', () => {
    expect(steps('FROM base:1\nRUN echo a\\\\\nRUN echo b\n')).toEqual(['Step 1/3 : FROM base:1', 'Step 2/3 : RUN echo a\\\\', 'Step 3/3 : RUN echo b']);
  });

  it('# escape=` makes the backtick the continuation token, the backslash ordinary', () => {
    const r = parsed('# escape=`\nFROM base:1\nRUN echo a `\n  b\nRUN echo c\\d\n');
    expect(r.directives.escape).toBe('`');
    expect(steps('# escape=`\nFROM base:1\nRUN echo a `\n  b\nRUN echo c\\d\n')).toEqual([
      'Step 1/3 : FROM base:1',
      'Step 2/3 : RUN echo a   b',
      'Step 3/3 : RUN echo c\\d',
    ]);
  });

  it('directives: spacing and case, # syntax before # escape, after a BOM', () => {
    expect(steps('#   ESCAPE   =   `   \nFROM base:1\nRUN echo a `\n b\n')[1]).toBe('Step 2/2 : RUN echo a  b');
    expect(steps('# syntax=docker/dockerfile:1\n# escape=`\nFROM base:1\nRUN echo a `\n b\n')[1]).toBe('Step 2/2 : RUN echo a  b');
    expect(steps('\uFEFF# escape=`\nFROM base:1\nLABEL a=1 `\n b=2\n')[1]).toBe('Step 2/2 : LABEL a=1  b=2');
  });

  it('CRLF line ends, a lone CR and a vertical tab inside a line', () => {
    expect(steps('FROM base:1\r\nLABEL a=b \\\r\n  c=d\r\n')[1]).toBe('Step 2/2 : LABEL a=b   c=d');
    expect(steps('FROM base:1\nLABEL a=1\rb=2\n')[1]).toBe('Step 2/2 : LABEL a=1\rb=2');
    expect(steps('FROM base:1\nLABEL\va=1\n')[1]).toBe('Step 2/2 : LABEL\va=1');
  });

  it('comments: indented lines, but not a # inside an instruction', () => {
    expect(steps('FROM base:1\n   # comment\nLABEL a=1\n')).toEqual(['Step 1/2 : FROM base:1', 'Step 2/2 : LABEL a=1']);
    expect(steps('FROM base:1\nLABEL a=1 #b=2\n')[1]).toBe('Step 2/2 : LABEL a=1 #b=2');
    expect(steps('FROM base:1\nRUN echo a \\\n   # hi \\\n  b\n')[1]).toBe('Step 2/2 : RUN echo a   b');
    expect(steps('FROM base:1\nRUN echo a \\\n  b # c\n')[1]).toBe('Step 2/2 : RUN echo a   b # c');
  });

  it('the end of the file ends a continued line', () => {
    expect(steps('FROM base:1\nLABEL a=1 \\')[1]).toBe('Step 2/2 : LABEL a=1');
    expect(steps('FROM base:1\nLABEL a=1 \\\n# c\n')[1]).toBe('Step 2/2 : LABEL a=1');
    expect(steps('FROM base:1\nLABEL a=1')[1]).toBe('Step 2/2 : LABEL a=1');
  });

  it('a line holding only the escape token continues', () => {
    expect(steps('FROM base:1\nLABEL a=1 \\\n\\\nb=2\n')[1]).toBe('Step 2/2 : LABEL a=1 b=2');
  });

  it('meta ARGs are steps; N counts them, each FROM and each instruction', () => {
    const text = 'ARG BASE=base:1\nARG TAG\nFROM $BASE\nARG K=kk\nRUN echo\nFROM base:1 AS b\nLABEL a=1\n';
    expect(steps(text)).toEqual([
      'Step 1/7 : ARG BASE=base:1',
      'Step 2/7 : ARG TAG',
      'Step 3/7 : FROM $BASE',
      'Step 4/7 : ARG K=kk',
      'Step 5/7 : RUN echo',
      'Step 6/7 : FROM base:1 AS b',
      'Step 7/7 : LABEL a=1',
    ]);
  });

  it('ONBUILD keeps the inner instruction as written', () => {
    expect(steps('FROM base:1\nonbuild  run  x\n')[1]).toBe('Step 2/2 : onbuild  run  x');
    expect(steps('FROM base:1\nONBUILD RUN a \\\n  b\n')[1]).toBe('Step 2/2 : ONBUILD RUN a   b');
  });
});

describe('warnings', () => {
  it('an empty continuation line is a warning, printed before the steps', () => {
    const r = parsed('FROM base:1\nLABEL x=1\\\n\n\ny=2\n');
    expect(printedWarnings(r.warnings)).toBe(
      '[WARNING]: Empty continuation line found in:\n    LABEL x=1y=2\n[WARNING]: Empty continuation lines will become errors in a future release.\n',
    );
  });

  it('one warning per instruction, then the closing line', () => {
    const r = parsed('FROM base:1\nLABEL a=1 \\\n\nb=2\nLABEL c=1 \\\n\nd=2\n');
    expect(printedWarnings(r.warnings)).toBe(
      '[WARNING]: Empty continuation line found in:\n    LABEL a=1 b=2\n[WARNING]: Empty continuation line found in:\n    LABEL c=1 d=2\n[WARNING]: Empty continuation lines will become errors in a future release.\n',
    );
  });

  it('a blank line (spaces and tabs) counts as empty; the end of the file after one too', () => {
    expect(parsed('FROM base:1\nLABEL a=1 \\\n   \t \nb=2\n').warnings[0]).toBe('[WARNING]: Empty continuation line found in:\n    LABEL a=1 b=2');
    expect(parsed('FROM base:1\nLABEL a=1 \\\n\n').warnings[0]).toBe('[WARNING]: Empty continuation line found in:\n    LABEL a=1 ');
  });

  it('the line is the format of a Go Fprintf, so % is mangled', () => {
    const r = parsed('FROM base:1\nLABEL a=100%s \\\n\nb=%d%\n');
    expect(printedWarnings(r.warnings)).toBe(
      '[WARNING]: Empty continuation line found in:\n    LABEL a=100%!s(MISSING) b=%!d(MISSING)%!\n(MISSING)[WARNING]: Empty continuation lines will become errors in a future release.\n',
    );
  });

  it('no warnings, nothing printed', () => {
    expect(printedWarnings(parsed('FROM base:1\n').warnings)).toBe('');
  });
});

describe('instructions', () => {
  it('stages: names lowercased, --platform kept raw', () => {
    const r = parsed('FROM --platform=linux/amd64 base:1 AS Build\nRUN echo hi\nFROM base:1 aS y\nFROM base:1 as a-b_c.d9\n');
    const froms = r.stages.map((s: Stage) => [s.from.baseName, s.from.stageName, s.from.platform, s.from.line]);
    expect(froms).toEqual([
      ['base:1', 'build', 'linux/amd64', 1],
      ['base:1', 'y', '', 3],
      ['base:1', 'a-b_c.d9', '', 4],
    ]);
  });

  it('line numbers: first and last line of a continued instruction', () => {
    const i = parsed('FROM base:1\n\nRUN a \\\n  b \\\n  c\n').stages[0]!.instructions[0]!;
    expect([i.line, i.endLine]).toEqual([3, 5]);
  });

  it('RUN shell form and exec form', () => {
    expect(only('FROM base:1\nRUN echo hi  there\n')).toMatchObject({ kind: 'run', cmdLine: ['echo hi  there'], prependShell: true, flagsUsed: [] });
    expect(only('FROM base:1\nRUN ["echo", "run2"]\n')).toMatchObject({ kind: 'run', cmdLine: ['echo', 'run2'], prependShell: false });
    expect(only('FROM base:1\nRUN\n')).toMatchObject({ kind: 'run', cmdLine: [], prependShell: true });
  });

  it('JSON: text after the array is ignored; anything else not JSON is the shell form', () => {
    expect(only('FROM base:1\nCMD ["echo", "a"] extra\n')).toMatchObject({ cmdLine: ['echo', 'a'], prependShell: false });
    expect(only('FROM base:1\nCMD ["echo", "a"\n')).toMatchObject({ cmdLine: ['["echo", "a"'], prependShell: true });
    expect(only("FROM base:1\nCMD ['echo', 'a']\n")).toMatchObject({ cmdLine: ["['echo', 'a']"], prependShell: true });
    expect(only('FROM base:1\nCMD ["\\u00e9\\n", "\\/"]\n')).toMatchObject({ cmdLine: ['é\n', '/'], prependShell: false });
    expect(only('FROM base:1\nCMD null\n')).toMatchObject({ cmdLine: ['null'], prependShell: true });
    expect(only('FROM base:1\nCMD {"a":1}\n')).toMatchObject({ cmdLine: ['{"a":1}'], prependShell: true });
    expect(only('FROM base:1\nCMD    ["a",   "b"]\n')).toMatchObject({ cmdLine: ['a', 'b'], prependShell: false });
    expect(only('FROM base:1\nVOLUME ["/a"] /b\n')).toMatchObject({ volumes: ['/a'] });
  });

  it('JSON edge cases: what Go cannot decode is shell form; a null or an object is an error', () => {
    const cmd = (t: string): string[] | null => {
      const i = only(`FROM base:1\n${t}\n`);
      return i.kind === 'cmd' ? resolveCmdLine(i) : null;
    };
    expect(cmd('CMD [1e400]')).toEqual(['/bin/sh', '-c', '[1e400]']);
    expect(cmd('CMD ["a\\ud800b"]')).toEqual(['a\ufffdb']);
    expect(cmd('CMD ["a",]')).toEqual(['/bin/sh', '-c', '["a",]']);
    expect(cmd('CMD [] ["a"]')).toEqual([]);
    expect(cmd('CMD ["]"] x')).toEqual([']']);
    const notStrings = 'failed to parse Dockerfile: when using JSON array syntax, arrays must be comprised of strings only';
    expect(errorOf('FROM base:1\nCMD [{"a":1}]\n')).toBe(notStrings);
    expect(errorOf('FROM base:1\nCMD [null]\n')).toBe(notStrings);
  });

  it('a line holding only the escape token starts the next instruction', () => {
    expect(steps('FROM base:1\n\\\nCMD echo hi\n')).toEqual(['Step 1/2 : FROM base:1', 'Step 2/2 : CMD echo hi']);
  });

  it('CMD and ENTRYPOINT with nothing, and with []', () => {
    expect(only('FROM base:1\nCMD\n')).toMatchObject({ cmdLine: [], prependShell: true });
    expect(only('FROM base:1\nCMD [ ]  \n')).toMatchObject({ cmdLine: [], prependShell: false });
    expect(only('FROM base:1\nENTRYPOINT\n')).toMatchObject({ cmdLine: null });
    expect(only('FROM base:1\nENTRYPOINT []\n')).toMatchObject({ cmdLine: null });
  });

  it('resolved commands, as inspect showed Cmd and Entrypoint', () => {
    const cmd = (t: string): string[] | null => {
      const i = only(`FROM base:1\n${t}\n`);
      return i.kind === 'cmd' || i.kind === 'entrypoint' ? resolveCmdLine(i) : null;
    };
    expect(cmd('CMD')).toEqual(['/bin/sh', '-c']);
    expect(cmd('CMD [ ]')).toEqual([]);
    expect(cmd('ENTRYPOINT')).toBeNull();
    expect(cmd('ENTRYPOINT []')).toBeNull();
    expect(cmd('CMD ["echo", "a"] extra')).toEqual(['echo', 'a']);
    expect(cmd('CMD ["echo", "a"')).toEqual(['/bin/sh', '-c', '["echo", "a"']);
  });

  it('ENV and LABEL keep quotes for the expansion; the old form takes the rest of the line', () => {
    expect(only('FROM base:1\nLABEL a=1 "b c"="d e" f=\n')).toMatchObject({
      labels: [
        { key: 'a', value: '1' },
        { key: '"b c"', value: '"d e"' },
        { key: 'f', value: '' },
      ],
    });
    expect(only('FROM base:1\nENV OLD style value  here\n')).toMatchObject({ env: [{ key: 'OLD', value: 'style value  here' }] });
    expect(only('FROM base:1\nENV A    b   \n')).toMatchObject({ env: [{ key: 'A', value: 'b' }] });
    expect(only('FROM base:1\nENV A\tb\n')).toMatchObject({ env: [{ key: 'A', value: 'b' }] });
    expect(only('FROM base:1\nLABEL A b c\n')).toMatchObject({ labels: [{ key: 'A', value: 'b c' }] });
  });

  it('LABEL a=b=c splits at the first =; SHELL ignores text after its JSON', () => {
    expect(only('FROM base:1\nLABEL a=b=c\n')).toMatchObject({ labels: [{ key: 'a', value: 'b=c' }] });
    expect(only('FROM base:1\nSHELL ["/bin/sh", "-c"] junk\n')).toMatchObject({ shell: ['/bin/sh', '-c'] });
  });

  it('ARG: several names, defaults, flags ignored', () => {
    expect(only('FROM base:1\nARG a b=2 c=\n')).toMatchObject({ args: [{ key: 'a' }, { key: 'b', value: '2' }, { key: 'c', value: '' }] });
    expect(only('FROM base:1\nARG --x=1 a\n')).toMatchObject({ args: [{ key: 'a' }] });
  });

  it('STOPSIGNAL ignores flags; USER and WORKDIR take the rest of the line', () => {
    expect(only('FROM base:1\nSTOPSIGNAL --x=1 9\n')).toMatchObject({ kind: 'stopsignal', signal: '9' });
    expect(only('FROM base:1\nUSER a b\n')).toMatchObject({ kind: 'user', user: 'a b' });
    expect(only('FROM base:1\nWORKDIR /a b\n')).toMatchObject({ kind: 'workdir', path: '/a b' });
    expect(only('FROM base:1\nMAINTAINER a  b\n')).toMatchObject({ kind: 'maintainer', maintainer: 'a  b' });
  });

  it('EXPOSE ports are sorted as strings when parsed', () => {
    expect(only('FROM base:1\nEXPOSE $P 22 "$N"0\n')).toMatchObject({ ports: ['"$N"0', '$P', '22'] });
  });

  it('COPY and ADD: flags with quotes removed, -- ends the flags, a single dash is a source', () => {
    expect(only('FROM base:1\nCOPY --from=one --chown="1:1" a b /d/\n')).toMatchObject({
      kind: 'copy',
      from: 'one',
      chown: '1:1',
      chmod: '',
      sources: ['a', 'b'],
      dest: '/d/',
    });
    expect(only('FROM base:1\nCOPY -- --chown=1 hello.txt /x\n')).toMatchObject({ sources: ['--chown=1', 'hello.txt'], chown: '' });
    expect(only('FROM base:1\nCOPY -x hello.txt /x\n')).toMatchObject({ sources: ['-x', 'hello.txt'] });
    expect(only('FROM base:1\nCOPY --chown= hello.txt /x\n')).toMatchObject({ chown: '' });
    expect(only('FROM base:1\nCOPY ["hello.txt", "/h j"]\n')).toMatchObject({ sources: ['hello.txt'], dest: '/h j' });
    expect(only('FROM base:1\nADD --chown=1 a b\n')).toMatchObject({ kind: 'add', chown: '1', sources: ['a'], dest: 'b' });
  });

  it('a multi-byte character in a flag is read byte by byte ("can\'t find uid for user Ã©")', () => {
    expect(only('FROM base:1\nCOPY --chown=\u00e9 hello.txt /x\n')).toMatchObject({ chown: '\u00c3\u00a9' });
  });

  it('ONBUILD: the trigger after the word, trailing blanks kept; unknown triggers pass', () => {
    expect(only('FROM base:1\nONBUILD   label x=y\n')).toMatchObject({ kind: 'onbuild', expression: 'label x=y' });
    expect(only('FROM base:1\nONBUILD RUN x   \n')).toMatchObject({ expression: 'RUN x   ' });
    expect(only('FROM base:1\nONBUILD FOO bar\n')).toMatchObject({ expression: 'FOO bar' });
    expect(only('FROM base:1\nONBUILD COPY --foo=1 a b\n')).toMatchObject({ expression: 'COPY --foo=1 a b' });
  });

  it('HEALTHCHECK: test, intervals in ns, retries', () => {
    expect(only('FROM base:1\nHEALTHCHECK --interval=1h30m --timeout=1.5s --start-period=250ms --retries=65 CMD ["a", "b"]\n')).toMatchObject({
      health: { test: ['CMD', 'a', 'b'], interval: 5_400_000_000_000, timeout: 1_500_000_000, startPeriod: 250_000_000, retries: 65 },
    });
    expect(only('FROM base:1\nHEALTHCHECK cmd echo\n')).toMatchObject({ health: { test: ['CMD-SHELL', 'echo'] } });
    expect(only('FROM base:1\nHEALTHCHECK --interval=1s NONE\n')).toMatchObject({ health: { test: ['NONE'], interval: 0 } });
    expect(only('FROM base:1\nHEALTHCHECK --interval= CMD x\n')).toMatchObject({ health: { interval: 0 } });
  });
});

describe('word expansion (ProcessWord), with ENV E= S=set', () => {
  const env = ['E=', 'S=set'];
  it.each([
    ['${S?m}', 'set'],
    ['${S:?m}', 'set'],
    ['${S:?}', 'set'],
    ['${E?}', ''],
    ['$$', ''],
    ['$1', ''],
    ['${1}', ''],
    ['${12}', ''],
    ['$12', ''],
    ['$01', ''],
    ['$@', ''],
    ['${@}', ''],
    ['${#}', ''],
    ['$-', ''],
    ['${-}', ''],
    ['$0', ''],
    ['${0}', ''],
    ['${S:-${U:-deep}}', 'set'],
    ['${S:+$S$S}', 'setset'],
    ['${S:-a}b', 'setb'],
    ['${U:+x}', ''],
    ['${E:+x}', ''],
    ['${U:-}', ''],
    ['a$', 'a$'],
    ['x${U:-a b}y', 'xa by'],
    ['"${S}"', 'set'],
    ["'$S'", '$S'],
    ['\\$S', '$S'],
    ['a\\\\b', 'a\\b'],
    ['a\\b', 'ab'],
    ['"a\\"b"', 'a"b'],
    ['"a\\b"', 'a\\b'],
    ['"a\\$S"', 'a$S'],
    ["'a\\$S'", 'a\\$S'],
    ['${S:-"q}"}', 'set'],
    ["${S:-'a}'}", 'set'],
    ['${S:-\\}}', 'set'],
    ['${U:-\\}}', '}'],
    ['${U:-a\\}b}', 'a}b'],
    ['$ S', '$ S'],
    ['$S_x', ''],
    ['${S}_x', 'set_x'],
    ['$S-x', 'set-x'],
    ['$Sx', ''],
    ['"$"', '$'],
    ['${U:-$}', '$'],
    ['${S_}', ''],
    ['a"b c"d', 'ab cd'],
    ['x\\', 'x'],
    ['$é', ''],
    ['${é}', ''],
    ['ab${S}cd', 'absetcd'],
  ])('%s -> %s', (word, value) => {
    expect(expandWord(word, env)).toEqual({ ok: true, value });
  });

  it.each([
    ['${S-d}', `failed to process "\${S-d}": missing ':' in substitution`],
    ['${U-d}', `failed to process "\${U-d}": missing ':' in substitution`],
    ['${S+a}', `failed to process "\${S+a}": missing ':' in substitution`],
    ['${U?m}', 'failed to process "${U?m}": U: m'],
    ['${U?}', 'failed to process "${U?}": U: is not allowed to be unset'],
    ['${U:?m}', 'failed to process "${U:?m}": U: m'],
    ['${E:?m}', 'failed to process "${E:?m}": E: m'],
    ['${E:?}', 'failed to process "${E:?}": E: is not allowed to be empty'],
    ['${U:?}', 'failed to process "${U:?}": U: is not allowed to be unset'],
    ['${S%t}', `failed to process "\${S%t}": missing ':' in substitution`],
    ['${S#s}', `failed to process "\${S#s}": missing ':' in substitution`],
    ['${S/e/E}', `failed to process "\${S/e/E}": missing ':' in substitution`],
    ['${S:=x}', 'failed to process "${S:=x}": unsupported modifier (=) in substitution'],
    ['${S:x}', 'failed to process "${S:x}": unsupported modifier (x) in substitution'],
    ['${S:}', `failed to process "\${S:}": syntax error: missing '}'`],
    ['${:}', 'failed to process "${:}": syntax error: bad substitution'],
    ['${}', 'failed to process "${}": syntax error: bad substitution'],
    ['${{S}', 'failed to process "${{S}": syntax error: bad substitution'],
    ['${U:-${}}', 'failed to process "${U:-${}}": syntax error: bad substitution'],
    ['${S', `failed to process "\${S": missing ':' in substitution`],
    ['${S:-', `failed to process "\${S:-": syntax error: missing '}'`],
    ['${S:-a', `failed to process "\${S:-a": syntax error: missing '}'`],
    ['${ S}', `failed to process "\${ S}": missing ':' in substitution`],
    ['${S }', `failed to process "\${S }": missing ':' in substitution`],
    ['${S!}', `failed to process "\${S!}": missing ':' in substitution`],
    ['${S*}', `failed to process "\${S*}": missing ':' in substitution`],
    ['"unterminated', 'failed to process "\\"unterminated": unexpected end of statement while looking for matching double-quote'],
    ["'unterm", `failed to process "'unterm": unexpected end of statement while looking for matching single-quote`],
    ['"\\', 'failed to process "\\"\\\\": unexpected end of statement while looking for matching double-quote'],
    ["'", `failed to process "'": unexpected end of statement while looking for matching single-quote`],
  ])('%s is refused', (word, message) => {
    expect(rendered(expandWord(word, env))).toEqual({ ok: false, message });
  });

  it('with escape=` the backslash is an ordinary character', () => {
    const e: EscapeToken = '`';
    expect(expandWord('`$S', env, e)).toEqual({ ok: true, value: '$S' });
    expect(expandWord('\\$S', env, e)).toEqual({ ok: true, value: '\\set' });
    expect(expandWord('"`"q"', env, e)).toEqual({ ok: true, value: '"q' });
    expect(expandWord('"\\"', env, e)).toEqual({ ok: true, value: '\\' });
  });

  it('ProcessWords splits substituted text on blanks, not quoted text (EXPOSE $P 1$Q"2" 9\\3 -> 80 81 12 93)', () => {
    const penv = ['P=80  81', 'Q='];
    expect(expandWords('$P', penv)).toEqual({ ok: true, value: ['80', '81'] });
    expect(expandWords('1$Q"2"', penv)).toEqual({ ok: true, value: ['12'] });
    expect(expandWords('9\\3', penv)).toEqual({ ok: true, value: ['93'] });
    expect(expandWords('"$P"', penv)).toEqual({ ok: true, value: ['80  81'] });
  });

  it('a later K=V overrides an earlier one; K alone is set and empty', () => {
    expect(expandWord('$A', ['A=1', 'A=2'])).toEqual({ ok: true, value: '2' });
    expect(expandWord('${A?unset}', ['A'])).toEqual({ ok: true, value: '' });
  });
});

describe('expanding instructions at dispatch time', () => {
  const expand = (text: string, env: string[]): Instruction => {
    const r = expandInstruction(only(text), env, '\\');
    if (!r.ok) throw new Error(render(r.error));
    return r.value;
  };

  it('expanded: ENV/LABEL keys and values, ARG names and defaults, VOLUME, STOPSIGNAL, WORKDIR, USER, COPY/ADD chown and paths', () => {
    const env = ['S=set', 'N=1', 'D=/dd', 'F=hello.txt', 'K=kk', 'G=KILL'];
    expect(expand('FROM base:1\nLABEL $K=$S\n', env)).toMatchObject({ labels: [{ key: 'kk', value: 'set' }] });
    expect(expand('FROM base:1\nENV $K=$S\n', env)).toMatchObject({ env: [{ key: 'kk', value: 'set' }] });
    expect(expand('FROM base:1\nARG $S=$N\n', env)).toMatchObject({ args: [{ key: 'set', value: '1' }] });
    expect(expand('FROM base:1\nARG A${K}=x${S}\n', env)).toMatchObject({ args: [{ key: 'Akk', value: 'xset' }] });
    expect(expand('FROM base:1\nVOLUME $D ["$D"]\n', env)).toMatchObject({ volumes: ['/dd', '[/dd]'] });
    expect(expand('FROM base:1\nSTOPSIGNAL SIG$G\n', env)).toMatchObject({ signal: 'SIGKILL' });
    expect(expand('FROM base:1\nWORKDIR $D\n', env)).toMatchObject({ path: '/dd' });
    expect(expand('FROM base:1\nUSER $N:$N\n', env)).toMatchObject({ user: '1:1' });
    expect(expand('FROM base:1\nCOPY --chown=$N:$N $F /c/$F\n', env)).toMatchObject({ chown: '1:1', sources: ['hello.txt'], dest: '/c/hello.txt' });
    expect(expand('FROM base:1\nADD --chown=$N $F /a/$F\n', env)).toMatchObject({ chown: '1', sources: ['hello.txt'], dest: '/a/hello.txt' });
    expect(expand('FROM base:1\nEXPOSE $P 22 "$N"0\n', [...env, 'P=80 443/udp'])).toMatchObject({ ports: ['10', '80', '443/udp', '22'] });
    expect(expand('FROM base:1\nENV X="quoted  spaces" Y=$GREETING Z=${GREETING:-no}\n', ['GREETING=hi'])).toMatchObject({
      env: [
        { key: 'X', value: 'quoted  spaces' },
        { key: 'Y', value: 'hi' },
        { key: 'Z', value: 'hi' },
      ],
    });
    expect(expand('FROM base:1\nLABEL "a"="b" c="d\\"e" f=g\\ h\n', [])).toMatchObject({
      labels: [
        { key: 'a', value: 'b' },
        { key: 'c', value: 'd"e' },
        { key: 'f', value: 'g h' },
      ],
    });
    expect(expand('FROM base:1\nENV A "x  y" z\n', [])).toMatchObject({ env: [{ key: 'A', value: 'x  y z' }] });
  });

  it('left as written: MAINTAINER, ONBUILD, CMD, ENTRYPOINT, HEALTHCHECK, COPY --from', () => {
    const env = ['S=set', 'X=one'];
    expect(expand('FROM base:1\nMAINTAINER $S\n', env)).toMatchObject({ maintainer: '$S' });
    expect(expand('FROM base:1\nONBUILD RUN echo $S\n', env)).toMatchObject({ expression: 'RUN echo $S' });
    expect(expand('FROM base:1\nCMD ["$S"]\n', env)).toMatchObject({ cmdLine: ['$S'] });
    expect(expand('FROM base:1\nENTRYPOINT echo $S\n', env)).toMatchObject({ cmdLine: ['echo $S'] });
    expect(expand('FROM base:1\nHEALTHCHECK CMD echo $S\n', env)).toMatchObject({ health: { test: ['CMD-SHELL', 'echo $S'] } });
    expect(expand('FROM base:1\nCOPY --from=$X /bin/sh /x\n', env)).toMatchObject({ from: '$X' });
  });

  it('errors: the first word that fails, in the order moby expands', () => {
    const fails = (text: string, env: string[] = []): string => {
      const r = expandInstruction(only(text), env, '\\');
      return r.ok ? '' : render(r.error);
    };
    expect(fails('FROM base:1\nLABEL v=${S-d}\n')).toBe(`failed to process "\${S-d}": missing ':' in substitution`);
    expect(fails('FROM base:1\nCOPY --chown=${U:?c} ${V:?s} /x\n')).toBe('failed to process "${U:?c}": U: c');
    expect(fails('FROM base:1\nENV a=${U:?v1} ${V:?k}=1\n')).toBe('failed to process "${U:?v1}": U: v1');
    expect(fails('FROM base:1\nARG a=${U:?v1}\n')).toBe('failed to process "${U:?v1}": U: v1');
    expect(fails('FROM base:1\nEXPOSE "80 81"\n')).toBe('failed to process "\\"80": unexpected end of statement while looking for matching double-quote');
    expect(fails('FROM base:1\nENV "a=b"=c\n')).toBe('failed to process "\\"a": unexpected end of statement while looking for matching double-quote');
  });

  it('FROM: the image and --platform with the meta ARGs; blank images and platform errors', () => {
    const from = (text: string, env: string[]): ReturnType<typeof expandInstruction> => {
      const r = parsed(text);
      return expandInstruction(r.stages[0]!.from, env, '\\');
    };
    expect(from('ARG BASE=base:1\nFROM $BASE\n', ['BASE=base:1'])).toMatchObject({ ok: true, value: { baseName: 'base:1' } });
    expect(from('ARG P=linux/amd64\nFROM --platform=$P base:1\n', ['P=linux/amd64'])).toMatchObject({ ok: true, value: { platform: 'linux/amd64' } });
    expect(rendered(from('ARG U\nFROM $U\n', []))).toEqual({ ok: false, message: 'base name ($U) should not be blank' });
    expect(rendered(from('ARG X=1\nFROM ${U:?nobase}\n', ['X=1']))).toEqual({ ok: false, message: 'failed to process "${U:?nobase}": U: nobase' });
    expect(rendered(from('FROM --platform=${X:?nope} base:1\n', []))).toEqual({
      ok: false,
      message: 'failed to process arguments for platform : failed to process "${X:?nope}": X: nope',
    });
  });
});

describe('history created_by, as `docker history --no-trunc` showed it', () => {
  /**
   * A small dispatcher: the run config's Env, Shell and WorkingDir and the build args, enough to
   * expand each step and give its created_by as the engine did for this Dockerfile.
   */
  function history(text: string): string[] {
    const r = parsed(text);
    const stage = r.stages[0]!;
    let env: string[] = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
    const args = new Map<string, string | undefined>();
    let shell: string[] | null = null;
    let workingDir = '';
    const rows: string[] = [];
    for (const raw of stage.instructions) {
      const keys = new Set(env.map((e) => e.split('=')[0]));
      const argEnv = [...args].filter(([k, v]) => v !== undefined && !keys.has(k)).map(([k, v]) => `${k}=${v}`);
      const x = expandInstruction(raw, [...env, ...argEnv], r.directives.escape);
      if (!x.ok) throw new Error(render(x.error));
      const i = x.value;
      if (i.kind === 'run') rows.push(runCreatedBy(i, shell, argEnv));
      else if (i.kind === 'copy' || i.kind === 'add') rows.push(copyCreatedBy(i, shell, 'file:7d1b'));
      else rows.push(createdBy(i, { shell, workingDir }));
      if (i.kind === 'env') for (const { key, value } of i.env) env = [...env.filter((e) => e.split('=')[0] !== key), `${key}=${value}`];
      if (i.kind === 'arg') for (const a of i.args) args.set(a.key, a.value);
      if (i.kind === 'shell') shell = [...i.shell];
      if (i.kind === 'workdir') {
        const w = normalizeWorkdir(workingDir, i.path);
        if ('path' in w) workingDir = w.path;
      }
    }
    return rows;
  }

  it('every metadata instruction, RUN with build args, SHELL changing the shell', () => {
    const text = [
      'FROM base:1',
      'MAINTAINER Jane Doe <jane@example.com>',
      'LABEL a=1 "b c"="d e" f=',
      'ENV GREETING=hi',
      'ENV OLD style value  here',
      'ENV X="quoted  spaces" Y=$GREETING Z=${GREETING:-no}',
      'ARG A1',
      'ARG A2=two',
      'ARG A3="three $GREETING"',
      'USER nobody:nogroup',
      'USER 0:0',
      'EXPOSE 80 8080/udp 443/tcp',
      'EXPOSE 9000-9002',
      'VOLUME /data /x',
      'VOLUME ["/json vol", "/j2"]',
      'STOPSIGNAL SIGKILL',
      'STOPSIGNAL 9',
      'WORKDIR /app',
      'WORKDIR sub',
      'WORKDIR $GREETING',
      'ONBUILD RUN echo triggered  $HOME',
      'ONBUILD   label x=y',
      'HEALTHCHECK --interval=5s --retries=3 CMD echo ok',
      'HEALTHCHECK CMD ["echo", "x"]',
      'HEALTHCHECK NONE',
      'CMD echo "hello  world"',
      'CMD ["cat", "/app/hello.txt", "tab\\there", "q\\"uote", "é"]',
      'ENTRYPOINT ["sh", "-c"]',
      'ENTRYPOINT echo e',
      'CMD []',
      'SHELL ["/bin/sh", "-xc"]',
      'ENV AFTER=shell',
      'CMD echo after',
      'RUN echo run1',
      'RUN ["echo", "run2"]',
      '',
    ].join('\n');
    expect(history(text)).toEqual([
      '/bin/sh -c #(nop)  MAINTAINER Jane Doe <jane@example.com>',
      '/bin/sh -c #(nop)  LABEL a=1 b c=d e f=',
      '/bin/sh -c #(nop)  ENV GREETING=hi',
      '/bin/sh -c #(nop)  ENV OLD=style value  here',
      '/bin/sh -c #(nop)  ENV X=quoted  spaces Y=hi Z=hi',
      '/bin/sh -c #(nop)  ARG A1',
      '/bin/sh -c #(nop)  ARG A2=two',
      '/bin/sh -c #(nop)  ARG A3=three hi',
      '/bin/sh -c #(nop)  USER nobody:nogroup',
      '/bin/sh -c #(nop)  USER 0:0',
      '/bin/sh -c #(nop)  EXPOSE 443/tcp 80 8080/udp',
      '/bin/sh -c #(nop)  EXPOSE 9000-9002',
      '/bin/sh -c #(nop)  VOLUME [/data /x]',
      '/bin/sh -c #(nop)  VOLUME [/json vol /j2]',
      '/bin/sh -c #(nop)  STOPSIGNAL SIGKILL',
      '/bin/sh -c #(nop)  STOPSIGNAL 9',
      '/bin/sh -c #(nop) WORKDIR /app',
      '/bin/sh -c #(nop) WORKDIR /app/sub',
      '/bin/sh -c #(nop) WORKDIR /app/sub/hi',
      '/bin/sh -c #(nop)  ONBUILD RUN echo triggered  $HOME',
      '/bin/sh -c #(nop)  ONBUILD label x=y',
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "echo ok"] "5s" "0s" "0s" '\\x03'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD" "echo" "x"] "0s" "0s" "0s" '\\x00'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["NONE"] "0s" "0s" "0s" '\\x00'}`,
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "echo \\"hello  world\\""]',
      '/bin/sh -c #(nop)  CMD ["cat" "/app/hello.txt" "tab\\there" "q\\"uote" "é"]',
      '/bin/sh -c #(nop)  ENTRYPOINT ["sh" "-c"]',
      '/bin/sh -c #(nop)  ENTRYPOINT ["/bin/sh" "-c" "echo e"]',
      '/bin/sh -c #(nop)  CMD []',
      '/bin/sh -xc #(nop)  SHELL [/bin/sh -xc]',
      '/bin/sh -xc #(nop)  ENV AFTER=shell',
      '/bin/sh -xc #(nop)  CMD ["/bin/sh" "-xc" "echo after"]',
      '|2 A2=two A3=three hi /bin/sh -xc echo run1',
      '|2 A2=two A3=three hi echo run2',
    ]);
  });

  it('expanded arguments in the history; not-expanded ones as written', () => {
    const text = [
      'FROM base:1',
      'ARG K=kk',
      'ENV S=set N=1 P="80 443/udp" D=/dd F=hello.txt',
      'MAINTAINER $S',
      'LABEL $K=$S',
      'ENV $K=$S',
      'ARG $S=$N',
      'ARG A${K}=x${S}',
      'EXPOSE $P 22 "$N"0',
      'VOLUME $D ["$D"]',
      'VOLUME ["$D"]',
      'ENV G=KILL',
      'STOPSIGNAL SIG$G',
      'WORKDIR $D',
      'USER $N:$N',
      'COPY --chown=$N:$N $F /c/$F',
      'ADD --chown=$N $F /a/$F',
      'ONBUILD RUN echo $S',
      'CMD ["$S"]',
      'ENTRYPOINT echo $S',
      'HEALTHCHECK CMD echo $S',
      '',
    ].join('\n');
    expect(history(text)).toEqual([
      '/bin/sh -c #(nop)  ARG K=kk',
      '/bin/sh -c #(nop)  ENV S=set N=1 P=80 443/udp D=/dd F=hello.txt',
      '/bin/sh -c #(nop)  MAINTAINER $S',
      '/bin/sh -c #(nop)  LABEL kk=set',
      '/bin/sh -c #(nop)  ENV kk=set',
      '/bin/sh -c #(nop)  ARG set=1',
      '/bin/sh -c #(nop)  ARG Akk=xset',
      '/bin/sh -c #(nop)  EXPOSE 10 80 443/udp 22',
      '/bin/sh -c #(nop)  VOLUME [/dd [/dd]]',
      '/bin/sh -c #(nop)  VOLUME [/dd]',
      '/bin/sh -c #(nop)  ENV G=KILL',
      '/bin/sh -c #(nop)  STOPSIGNAL SIGKILL',
      '/bin/sh -c #(nop) WORKDIR /dd',
      '/bin/sh -c #(nop)  USER 1:1',
      '/bin/sh -c #(nop) COPY --chown=1:1file:7d1b in /c/hello.txt ',
      '/bin/sh -c #(nop) ADD --chown=1file:7d1b in /a/hello.txt ',
      '/bin/sh -c #(nop)  ONBUILD RUN echo $S',
      '/bin/sh -c #(nop)  CMD ["$S"]',
      '/bin/sh -c #(nop)  ENTRYPOINT ["/bin/sh" "-c" "echo $S"]',
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "echo $S"] "0s" "0s" "0s" '\\x00'}`,
    ]);
  });

  it('CMD and ENTRYPOINT with nothing, ARG with several names, WORKDIR: absolute as written, relative joined and cleaned', () => {
    expect(history('FROM base:1\nCMD\nCMD ["a"]\nENTRYPOINT\nENTRYPOINT []\nCMD [ ]\nARG a b\nWORKDIR /a/../b/./c/\nWORKDIR a//b/\nWORKDIR ../..\n')).toEqual([
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c"]',
      '/bin/sh -c #(nop)  CMD ["a"]',
      '/bin/sh -c #(nop)  ENTRYPOINT []',
      '/bin/sh -c #(nop)  ENTRYPOINT []',
      '/bin/sh -c #(nop)  CMD []',
      '/bin/sh -c #(nop)  ARG a b',
      '/bin/sh -c #(nop) WORKDIR /a/../b/./c/',
      '/bin/sh -c #(nop) WORKDIR /b/c/a/b',
      '/bin/sh -c #(nop) WORKDIR /b/c',
    ]);
    expect(history('FROM base:1\nWORKDIR a//b/\n')).toEqual(['/bin/sh -c #(nop) WORKDIR /a/b']);
  });

  it('values in the history: JSON escapes, ARG a b=c, VOLUME with a tab, quotes in LABEL', () => {
    expect(history('FROM base:1\nCMD ["\\u00e9\\n", "\\/"]\nARG "a b"=c\nVOLUME ["/a\\tb"]\nENV a= b=\nCMD null\n')).toEqual([
      '/bin/sh -c #(nop)  CMD ["é\\n" "/"]',
      '/bin/sh -c #(nop)  ARG a b=c',
      '/bin/sh -c #(nop)  VOLUME [/a\tb]',
      '/bin/sh -c #(nop)  ENV a= b=',
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "null"]',
    ]);
  });

  it('HEALTHCHECK durations and retries as Go prints them', () => {
    expect(
      history(
        [
          'FROM base:1',
          'HEALTHCHECK --interval=1h30m --timeout=1.5s --start-period=250ms --retries=65 CMD ["a", "b"]',
          'HEALTHCHECK --interval=90m --timeout=1001ms --start-period=2h0m0.000001s CMD x',
          'HEALTHCHECK --retries=200 --interval=.5s CMD x',
          'HEALTHCHECK --retries=1000 --interval=1.s CMD x',
          'HEALTHCHECK --interval=1s NONE',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD" "a" "b"] "1h30m0s" "1.5s" "250ms" 'A'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "x"] "1h30m0s" "1.001s" "2h0m0.000001s" '\\x00'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "x"] "500ms" "0s" "0s" 'È'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "x"] "1s" "0s" "0s" 'Ϩ'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["NONE"] "0s" "0s" "0s" '\\x00'}`,
    ]);
  });

  it('ONBUILD keeps trailing blanks and the inner case; a continued line is joined', () => {
    expect(history('FROM base:1\nONBUILD RUN x   \nonbuild  run  x\nONBUILD RUN a \\\n  b\nONBUILD FOO bar\n')).toEqual([
      '/bin/sh -c #(nop)  ONBUILD RUN x   ',
      '/bin/sh -c #(nop)  ONBUILD run  x',
      '/bin/sh -c #(nop)  ONBUILD RUN a   b',
      '/bin/sh -c #(nop)  ONBUILD FOO bar',
    ]);
  });

  it('COPY and ADD: the destination as written, the current shell', () => {
    expect(history('FROM base:1\nWORKDIR /app\nCOPY hello.txt ./x/../y\nADD hello.txt .\nSHELL ["/bin/sh","-xc"]\nCOPY ["hello.txt", "/j"]\nWORKDIR w2\n')).toEqual([
      '/bin/sh -c #(nop) WORKDIR /app',
      '/bin/sh -c #(nop) COPY file:7d1b in ./x/../y ',
      '/bin/sh -c #(nop) ADD file:7d1b in . ',
      '/bin/sh -xc #(nop)  SHELL [/bin/sh -xc]',
      '/bin/sh -xc #(nop) COPY file:7d1b in /j ',
      '/bin/sh -xc #(nop) WORKDIR /app/w2',
    ]);
  });

  it('a LABEL continued over a CRLF line', () => {
    expect(history('FROM base:1\r\nLABEL a=b \\\r\n  c=d\r\n')).toEqual(['/bin/sh -c #(nop)  LABEL a=b c=d']);
    expect(history('FROM base:1\nLABEL a=1\rb=2\n')).toEqual(['/bin/sh -c #(nop)  LABEL a=1 b=2']);
  });
});

describe('ONBUILD triggers, parsed when a child FROM runs them', () => {
  it('an unknown trigger fails then ("unknown instruction: FOO")', () => {
    expect(rendered(parseTrigger('FOO bar'))).toEqual({ ok: false, message: 'unknown instruction: FOO' });
  });

  it('a trigger with a bad flag ("Unknown flag: foo")', () => {
    expect(rendered(parseTrigger('COPY --foo=1 a b'))).toEqual({ ok: false, message: 'Unknown flag: foo' });
  });

  it('a trigger that parses', () => {
    expect(parseTrigger('RUN echo $S')).toMatchObject({ ok: true, value: { kind: 'run', cmdLine: ['echo $S'] } });
    const chmod = parseTrigger('copy --chmod=1 hello.txt /x');
    expect(chmod.ok && refusal(chmod.value)).toMatch(/^the --chmod option requires BuildKit/);
  });

  it('a trigger must be one instruction; a parser error comes bare', () => {
    expect(rendered(parseTrigger('RUN a\nRUN b'))).toEqual({ ok: false, message: 'onbuild trigger should be a single expression' });
    expect(rendered(parseTrigger('ENV a'))).toEqual({ ok: false, message: 'ENV must have two arguments' });
  });
});
