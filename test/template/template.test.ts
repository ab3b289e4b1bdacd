// Expected strings below were observed on Docker 20.10.24 (client go1.19.8) against container
// "tpl-a" created with: --label k=v --label 'b=x<y&z' -e FOO=bar -e 'E2=a b' base:1 sh -c 'echo hi'.
// Inputs are the equivalent Go values expressed in this module's data conventions.
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GO_METHODS, goFloat, goMap, goNil, goPtr, goSlice, goStruct } from '../../src/go/reflect.js';
import { tabwriter as goTabwriter } from '../../src/go/tabwriter.js';
import { TABWRITER, execute, isTableFormat, parseTemplate, preFormat, renderFormat, renderTemplate, type Template, type TemplateError } from '../../src/template/index.js';

const tabwriter = (text: string): string => goTabwriter(text, TABWRITER);

function tpl(text: string): Template {
  const t = parseTemplate(text);
  if ('code' in t) throw new Error(`unexpected parse failure: ${t.message}`);
  return t;
}
const run = (text: string, data: unknown, missingKey?: 'error'): string | TemplateError =>
  execute(tpl(text), data, missingKey === undefined ? {} : { missingKey });

// Typed view (docker inspect executes against types.ContainerJSON first).
const labels = goMap('map[string]string', [
  ['k', 'v'],
  ['b', 'x<y&z'],
]);
const config = goPtr(
  goStruct(
    'container.Config',
    {
      Hostname: '9e29006a0266',
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      ExposedPorts: goNil('map', 'nat.PortSet'),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: goSlice('[]string', ['E2=a b', 'FOO=bar']),
      Cmd: goSlice('strslice.StrSlice', ['sh', '-c', 'echo hi']),
      Healthcheck: goNil('ptr', '*container.HealthConfig'),
      ArgsEscaped: false,
      Image: 'base:1',
      Volumes: goNil('map', 'map[string]struct {}'),
      WorkingDir: '',
      Entrypoint: goNil('slice', 'strslice.StrSlice'),
      NetworkDisabled: false,
      MacAddress: '',
      OnBuild: goNil('slice', '[]string'),
      Labels: labels,
      StopSignal: '',
      StopTimeout: goNil('ptr', '*int'),
      Shell: goNil('slice', 'strslice.StrSlice'),
    },
    Object.fromEntries(
      ['ExposedPorts', 'Healthcheck', 'ArgsEscaped', 'NetworkDisabled', 'MacAddress', 'StopSignal', 'StopTimeout', 'Shell'].map((f) => [
        f,
        { omitEmpty: true },
      ]),
    ),
  ),
);
const container = goPtr(
  goStruct('types.ContainerJSON', {
    Name: '/tpl-a',
    Args: ['-c', 'echo hi'],
    State: goPtr(
      goStruct('types.ContainerState', {
        Status: 'created',
        Running: false,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 0,
        ExitCode: 0,
        Error: '',
        StartedAt: '0001-01-01T00:00:00Z',
        FinishedAt: '0001-01-01T00:00:00Z',
        Health: goNil('ptr', '*types.Health'),
      }),
    ),
    HostConfig: goPtr(
      goStruct('container.HostConfig', {
        RestartPolicy: goStruct('container.RestartPolicy', { Name: 'no', MaximumRetryCount: 0 }),
        LogConfig: goStruct('container.LogConfig', { Type: 'json-file', Config: goMap('map[string]string', []) }),
        Dns: goSlice('[]string', []),
      }),
    ),
    Mounts: goSlice('[]types.MountPoint', []),
    Config: config,
  }),
);
// Raw view (docker inspect's fallback: JSON decoded into map[string]interface {}, missingkey=error).
const raw = new Map<string, unknown>([
  ['Name', '/tpl-a'],
  ['Config', new Map<string, unknown>([['Labels', new Map([['k', 'v']])]])],
  ['State', new Map<string, unknown>([['Pid', 0]])],
]);

describe('docker inspect -f observations', () => {
  it.each([
    ['{{.Config.Cmd}}', '[sh -c echo hi]'],
    ['{{.Config.Env}}', '[E2=a b FOO=bar]'],
    [
      '{{json .Config}}',
      '{"Hostname":"9e29006a0266","Domainname":"","User":"","AttachStdin":false,"AttachStdout":true,"AttachStderr":true,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["E2=a b","FOO=bar"],"Cmd":["sh","-c","echo hi"],"Image":"base:1","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{"b":"x<y&z","k":"v"}}',
    ],
    ['{{.HostConfig.RestartPolicy}}', '{no 0}'],
    ['{{.Config.Labels}}', 'map[b:x<y&z k:v]'],
    ['{{range .Config.Cmd}}<{{.}}>{{end}}', '<sh><-c><echo hi>'],
    ['{{join .Args "+"}}', '-c+echo hi'],
    ['{{index .Config.Labels "k"}}', 'v'],
    ['{{index .Config.Labels "nokey"}}', ''],
    ['{{.Config.Labels.nokey}}', '<no value>'],
    ['{{.State.Pid | printf "%d"}}', '0'],
    ['{{json .Config.Labels}}', '{"b":"x<y&z","k":"v"}'],
    ['{{.State}}', '{created false false false false false 0 0  0001-01-01T00:00:00Z 0001-01-01T00:00:00Z <nil>}'],
    ['{{.Config.Volumes}}', 'map[]'],
    ['{{json .Config.Volumes}}', 'null'],
    ['{{.Mounts}}', '[]'],
    ['{{json .Mounts}}', '[]'],
    ['{{.HostConfig.Dns}}', '[]'],
    ['{{json .HostConfig.Dns}}', '[]'],
    ['{{len .Config.Cmd}}', '3'],
    ['{{printf "%q %v %s" .Name .State.Running .Config.Cmd}}', '"/tpl-a" false [sh -c echo hi]'],
    ['{{.Config.Tty}} {{.State.ExitCode}}', 'false 0'],
    ['{{title "hello world"}} {{upper "a"}} {{lower "B"}}', 'Hello World A b'],
    ['{{split "a,b,c" ","}}', '[a b c]'],
    ['{{println "x"}}y', 'x\ny'],
    ['{{print 1 2 "a" "b" 3}}', '1 2ab3'],
    ['{{range $i, $v := .Config.Cmd}}{{$i}}={{$v}};{{end}}', '0=sh;1=-c;2=echo hi;'],
    ['{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}', 'b=x<y&z;k=v;'],
    ['{{range .Config.Env}}{{if eq . "FOO=bar"}}{{break}}{{end}}[{{.}}]{{end}}', '[E2=a b]'],
    ['{{eq .State.Pid 0}}', 'true'],
    ['{{lt .Name "a"}}', 'true'],
    ['{{printf "%d" .Name}}', '%!d(string=/tpl-a)'],
    ['{{printf "%s"}}', '%!s(MISSING)'],
    [
      '{{printf "%v|%v|%v" .Config .HostConfig.LogConfig 1.5}}',
      '&{9e29006a0266   false true true map[] false false false [E2=a b FOO=bar] [sh -c echo hi] <nil> false base:1 map[]  [] false  [] map[b:x<y&z k:v]  <nil> []}|{json-file map[]}|1.5',
    ],
    ['{{.Config}}|{{.State.Health}}|{{.HostConfig.LogConfig}}', '{9e29006a0266   false true true map[] false false false [E2=a b FOO=bar] [sh -c echo hi] <nil> false base:1 map[]  [] false  [] map[b:x<y&z k:v]  <nil> []}|<nil>|{json-file map[]}'],
    ['{{json .Name}}', '"/tpl-a"'],
    ['{{json 1.5}}', '1.5'],
    ['{{json .State.Pid}}', '0'],
    ['{{index .Config.Cmd 1}}', '-c'],
    ['{{index .Name 1}}', '116'],
    ['{{slice .Name 1 3}}', 'tp'],
    ['{{len .Name}}', '6'],
    ['{{ .Name -}}  x  {{- .Name }}', '/tpl-ax/tpl-a'],
    ['{{/* c */}}x{{- /* d */ -}} y', 'xy'],
    ["{{1e6}} {{1.0}} {{0x10}} {{1.5e-7}} {{'a'}}", '1e+06 1 16 1.5e-07 97'],
    ['{{"a\\tb\\u00e9"}}', 'a\tbé'],
    ['{{html "<a>"}} {{js "a\'b"}} {{urlquery "a b&"}}', "&lt;a&gt; a\\'b a+b%26"],
    ['{{not .State.Running}} {{and 1 0 2}} {{or 0 "" "x"}}', 'true 0 x'],
    ['{{with .Config.Labels.k}}[{{.}}]{{else}}none{{end}}', '[v]'],
    ['{{with .Config.Labels.zz}}[{{.}}]{{else}}none{{end}}', 'none'],
    ['{{if .Config.Entrypoint}}y{{else if .Config.Cmd}}cmd{{end}}', 'cmd'],
    ['{{$x := 1}}{{$x = 2}}{{$x}}', '2'],
    ['{{pad .Name 2 3}}|{{truncate .Name 3}}', '  /tpl-a   |/tp'],
    ['{{.Config.Labels.k | printf "%q"}}', '"v"'],
    [
      '{{printf "%5.2f|%-5s|%05d|%x|%X|%o|%t|%c|%U|%e|%g" 3.14159 "ab" 42 255 255 8 true 65 65 1234.5 0.000001}}',
      ' 3.14|ab   |00042|ff|FF|10|true|A|U+0041|1.234500e+03|1e-06',
    ],
  ])('%s', (text, want) => {
    expect(run(text, container)).toBe(want);
  });
});

describe('execution errors (docker prints "template parsing error: " + message, exit 1)', () => {
  it.each([
    // raw fallback: map[string]interface {} with missingkey=error
    ['{{.Nope}}', raw, 'template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"'],
    ['{{.Config.Nope}}', raw, 'template: :1:9: executing "" at <.Config.Nope>: map has no entry for key "Nope"'],
    ['{{.Config.Labels.k.x}}', raw, 'template: :1:9: executing "" at <.Config.Labels.k.x>: can\'t evaluate field x in type interface {}'],
    ['{{.State.Pid.x}}', raw, 'template: :1:8: executing "" at <.State.Pid.x>: can\'t evaluate field x in type interface {}'],
    ['{{.Foo | }}', raw, 'template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"'],
  ])('%s (raw)', (text, data, want) => {
    expect(run(text, data, 'error')).toEqual({ code: 'template_exec', message: want });
  });
  it.each([
    ['{{$x := 1}}{{$x.y 1}}', 'template: :1:15: executing "" at <$x.y>: can\'t evaluate field y in type int'],
    ['{{3 .Name}}', 'template: :1:2: executing "" at <3>: can\'t give argument to non-function 3'],
    ['{{index .Config.Cmd 5}}', 'template: :1:2: executing "" at <index .Config.Cmd 5>: error calling index: index out of range: 5'],
    ['{{eq .Name 1}}', 'template: :1:2: executing "" at <eq .Name 1>: error calling eq: incompatible types for comparison'],
    ['{{len 3}}', 'template: :1:2: executing "" at <len 3>: error calling len: len of type int'],
    ['{{join .Name ","}}', 'template: :1:7: executing "" at <.Name>: wrong type for value; expected []string; got string'],
    ['{{call .Name}}', 'template: :1:2: executing "" at <call .Name>: error calling call: non-function of type string'],
  ])('%s', (text, want) => {
    expect(run(text, container)).toEqual({ code: 'template_exec', message: want });
  });
  it('non-comparable maps (raw view)', () => {
    const data = new Map([['L', new Map([['b', 'x<y&z'], ['k', 'v']])]]);
    expect(run('{{eq .L .L}}', data)).toEqual({
      code: 'template_exec',
      message: 'template: :1:2: executing "" at <eq .L .L>: error calling eq: non-comparable type map[b:x<y&z k:v]: map[string]interface {}',
    });
  });
  it('docker ps: missing field on *formatter.ContainerContext', () => {
    const row = goPtr(goStruct('formatter.ContainerContext', { Names: 'tpl-a' }));
    expect(run('{{.Nope}}', row)).toEqual({
      code: 'template_exec',
      message: 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    });
  });
});

describe('parse errors (docker prints "template parsing error: " + message, exit 64)', () => {
  it.each([
    ['{{.Foo', 'template: :1: unclosed action'],
    ['{{.Foo}', "template: :1: bad character U+007D '}'"],
    ['{{if}}', 'template: :1: missing value for if'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{range .Config.Cmd}}', 'template: :1: unexpected EOF'],
    ['{{nosuch 1}}', 'template: :1: function "nosuch" not defined'],
    ['{{.Foo)}}', 'template: :1: unexpected ")" in command'],
    ['{{(.Foo}}', 'template: :1: unclosed left paren'],
    ['{{.Foo.}}', 'template: :1: unexpected <.> in operand'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{if .X}}a{{else}}b', 'template: :1: unexpected EOF'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{ .Name | 3 }}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{.Name}}{{/*x*/ }}', 'template: :1: comment ends before closing delimiter'],
  ])('%s', (text, want) => {
    expect(parseTemplate(text)).toEqual({ code: 'template_parse', message: want });
  });
  it('define/template/block are reported as unsupported', () => {
    for (const t of ['{{define "x"}}a{{end}}', '{{template "x"}}', '{{block "b" .}}x{{end}}']) {
      const r = parseTemplate(t);
      expect('code' in r && r.code).toBe('template_unsupported');
    }
  });
});

describe('Go value printing conventions', () => {
  it('typed nils, floats, pointers and methods', () => {
    expect(run('{{.}}', goNil('slice'))).toBe('[]');
    expect(run('{{.}}', goNil('map'))).toBe('map[]');
    expect(run('{{.A}}', { A: goNil('ptr') })).toBe('<nil>');
    expect(run('{{.A}}', { A: null })).toBe('<no value>');
    expect(run('{{json .A}}', { A: null })).toBe('null');
    expect(run('{{.}} {{json .}}', goFloat(1e6))).toBe('1e+06 1000000');
    expect(run('{{.}}', 1234567.5)).toBe('1.2345675e+06');
    expect(run('{{.}}', 0.25)).toBe('0.25');
    expect(run('{{printf "%v" .}}', goPtr({ A: 1, B: goPtr({ C: 2 }) }))).toBe('&{1 0xc000010000}');
    expect(run('{{printf "%+v" .}}', { Name: 'no', MaximumRetryCount: 0 })).toBe('{Name:no MaximumRetryCount:0}');
    const row = { Labels: 'a=b', [GO_METHODS]: { Label: (k: unknown) => `label:${String(k)}` } };
    expect(run('{{.Label "k"}}|{{.Labels}}', row)).toBe('label:k|a=b');
  });
  it('json escapes like encoding/json without HTML escaping', () => {
    expect(run('{{json .}}', 'a<b>&"\\\n\u0001\u2028')).toBe('"a<b>&\\"\\\\\\n\\u0001\\u2028"');
    expect(run('{{json .}}', goStruct('T', { A: 1, B: '', C: goNil('slice') }, { B: { omitEmpty: true }, C: { name: 'c' } }))).toBe(
      '{"A":1,"c":null}',
    );
  });
});

describe('table formats and tabwriter', () => {
  const rows = [
    { ID: 'd30d40bfa227', Names: 'tpl-longer-name-b', Status: 'Created', Image: 'base:1', Labels: '' },
    { ID: '9e29006a0266', Names: 'tpl-a', Status: 'Created', Image: 'base:1', Labels: 'k=v,b=x<y&z' },
  ].map((r) => {
    const lbl = new Map(r.Labels === '' ? [] : [['k', 'v']]);
    return goPtr(goStruct('formatter.ContainerContext', { ...r, [GO_METHODS]: { Label: (k: unknown) => lbl.get(String(k)) ?? '' } }));
  });
  const header = goMap('formatter.SubHeaderContext', [
    ['ID', 'CONTAINER ID'],
    ['Names', 'NAMES'],
    ['Status', 'STATUS'],
    ['Image', 'IMAGE'],
    ['Labels', 'LABELS'],
  ]);
  (header as unknown as Record<symbol, unknown>)[GO_METHODS] = { Label: (name: unknown) => String(name).split('.').pop() ?? '' };

  it('isTableFormat follows docker (prefix "table", no space needed)', () => {
    expect(isTableFormat('table {{.ID}}')).toBe(true);
    expect(isTableFormat('table{{.ID}}')).toBe(true);
    expect(isTableFormat('{{.ID}}')).toBe(false);
  });
  it.each([
    [
      'table {{.ID}}\\t{{.Names}}\\t{{.Status}}',
      'CONTAINER ID   NAMES               STATUS\nd30d40bfa227   tpl-longer-name-b   Created\n9e29006a0266   tpl-a               Created\n',
    ],
    ['{{.Names}}|{{.Status}}', 'tpl-longer-name-b|Created\ntpl-a|Created\n'],
    ['table {{.Names}}', 'NAMES\ntpl-longer-name-b\ntpl-a\n'],
    [
      'table {{.Names}}|{{.Image}}\\t{{json .Names}}\\t{{upper .Image}}',
      'NAMES|IMAGE                NAMES                 IMAGE\ntpl-longer-name-b|base:1   "tpl-longer-name-b"   BASE:1\ntpl-a|base:1               "tpl-a"               BASE:1\n',
    ],
    ['table{{.Names}}', 'NAMES\ntpl-longer-name-b\ntpl-a\n'],
    ['table {{.Label "k"}}\\t{{.Labels}}\\tx', 'k         LABELS        x\n                        x\nv         k=v,b=x<y&z   x\n'],
  ])('docker ps --format %s', (format, want) => {
    expect(renderFormat(format, rows, header)).toBe(want);
  });
  it('docker images default-style table', () => {
    expect(tabwriter('REPOSITORY\tTAG\ntar-dotdot2\t1\ncm\t1\n')).toBe('REPOSITORY    TAG\ntar-dotdot2   1\ncm            1\n');
  });
  it('column blocks end at lines without that column', () => {
    expect(tabwriter('a\tb\nlonger-cell\tc\nsolo\nx\ty\n')).toBe('a             b\nlonger-cell   c\nsolo\nx         y\n');
  });
});

describe("docker/cli's upper, lower and title are Go's strings functions", () => {
  it('map rune by rune (not from an engine run: Go 1.19 strings.ToUpper/ToLower/Title)', () => {
    expect(run('{{upper .}}|{{lower .}}|{{title .}}', 'straße ǆ\u00a0x')).toBe('STRAßE Ǆ\u00a0X|straße ǆ\u00a0x|Straße ǅ\u00a0X');
  });
});

describe('renderFormat of a format of text and fields, without the engine', () => {
  const NAMES = ['ID', 'Names', 'A_1', 'nope'];
  const field = fc.constantFrom(...NAMES);
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '{', '}', '|', 'é', '\\t', '\\n', '.'), maxLength: 4 });
  const piece = fc.oneof(text, { weight: 3, arbitrary: field.map((n) => `{{.${n}}}`) }, fc.constantFrom('{{ .ID }}', '{{.ID | upper}}', '{{json .Names}}', '{{.Names.X}}', '{{- .ID}}'));
  const format = fc.tuple(fc.constantFrom('', 'table ', 'table', ' '), fc.array(piece, { maxLength: 5 })).map(([t, ps]) => t + ps.join(''));
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.string({ maxLength: 5 }) },
    fc.integer(),
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(() => 'method'),
    fc.constant(goFloat(1)),
    fc.constant(['x']),
  );
  const fields = fc.oneof(fc.dictionary(field, value, { maxKeys: 6 }), fc.dictionary(field, fc.string({ maxLength: 5 }), { maxKeys: 6 }));
  /** A method of the name given (GO_METHODS), which the engine calls instead of a field or an entry of that name. */
  const withMethod = (o: object, name: string | null): object => {
    if (name !== null) (o as Record<symbol, unknown>)[GO_METHODS] = { [name]: () => 'from a method' };
    return o;
  };
  const method = fc.option(field, { freq: 3 });
  const row = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fields, method).map(([f, m]) => withMethod(goStruct('*formatter.ContainerContext', { ...f }), m)) },
    fields.map((f) => goPtr(goStruct('*formatter.ContainerContext', { ...f }))),
    fields.map((f) => new Map(Object.entries(f))),
    fc.constantFrom(undefined, null, 'text', 3),
  );
  const header = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fields, method).map(([f, m]) => withMethod(new Map(Object.entries(f)), m)) },
    fields.map((f) => goMap('map[string]string', Object.entries(f))),
    fields.map((f) => goMap('map[int]string', Object.entries(f))),
    fields.map((f) => goStruct('headerContext', { ...f })),
    fc.constant(undefined),
  );

  test.prop([format, fc.array(row, { maxLength: 3 }), header], { numRuns: 3000 })('prints what the engine prints, errors included', (f, rows, h) => {
    expect(renderFormat(f, rows, h)).toEqual(renderTemplate(f, rows, h));
  });

  // docker/cli's preFormat as regular expressions, which strata's scans by hand
  const preFormatByRegExp = (format: string): string =>
    (isTableFormat(format) ? format.slice('table'.length) : format).replace(/^ +| +$/g, '').replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  test.prop([fc.string({ unit: fc.constantFrom('table', 't', ' ', '\\', 'n', '\\t', '\\n', '\t', 'x'), maxLength: 12 })], { numRuns: 2000 })(
    'preFormat is the regular expressions docker/cli uses',
    (f) => {
      expect(preFormat(f)).toBe(preFormatByRegExp(f));
    },
  );

  it("renders the verbs' default tables", () => {
    const r = goStruct('*formatter.ContainerContext', { ID: 'abc', Names: 'web', Status: 'Up' });
    const h = new Map([['ID', 'CONTAINER ID'], ['Names', 'NAMES'], ['Status', 'STATUS']]);
    expect(renderFormat('table {{.ID}}\\t{{.Names}}\\t{{.Status}}', [r, r], h)).toBe('CONTAINER ID   NAMES     STATUS\nabc            web       Up\nabc            web       Up\n');
  });
});
