import { describe, expect, it } from 'vitest';
import { type GoType, goDecode, goTypeString, goUnmarshal, indent, marshal } from '../../src/go/json/index.js';
import { IMAGE_TYPE, MANIFEST_TYPE, STRSLICE } from '../../src/image/archive/go-types.js';

/*
 * Cases marked [engine] were observed on Docker 20.10.24+dfsg1 (Go 1.19.8): `docker load -i` of an
 * archive whose manifest.json (read with json.Decoder) or config (json.Unmarshal into image.Image)
 * held the input; the expected text is the stderr line. The others follow Go 1.19.3's sources.
 */

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const errorOf = (r: { value: unknown } | { error: string }): string | undefined => ('error' in r ? r.error : undefined);
const valueOf = (r: { value: unknown } | { error: string }): unknown => {
  if ('error' in r) throw new Error(`unexpected error: ${r.error}`);
  return r.value;
};

type Case = readonly [input: string | Uint8Array, error: string];

// [engine] every row: manifest.json, decoded with json.NewDecoder(f).Decode(&[]manifestItem)
const MANIFEST_ERRORS: readonly Case[] = [
  ['', 'EOF'],
  ['  \n', 'EOF'],
  ['[{"Config":', 'unexpected EOF'],
  ['tru', 'unexpected EOF'],
  ['[{"Config":"a"},', 'unexpected EOF'],
  ['[{"Config":"a"}}]', "invalid character '}' after array element"],
  ['[1,]', "invalid character ']' looking for beginning of value"],
  ['[{"Config":"a"},]', "invalid character ']' looking for beginning of value"],
  [bytes([1]), "invalid character '\\x01' looking for beginning of value"],
  [bytes([0xc3, 0xa9]), "invalid character 'Ã' looking for beginning of value"],
  [bytes([0xff]), "invalid character 'ÿ' looking for beginning of value"],
  ["['", "invalid character '\\'' looking for beginning of value"],
  ['[{"a" 1}]', "invalid character '1' after object key"],
  ['[{"a":1 "b"}]', 'invalid character \'"\' after object key:value pair'],
  ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
  ['["\n"]', "invalid character '\\n' in string literal"],
  ['[tx]', "invalid character 'x' in literal true (expecting 'r')"],
  ['[{"Config":"\\q"}]', "invalid character 'q' in string escape code"],
  ['[{"Config":"\\u00zz"}]', "invalid character 'z' in \\u hexadecimal character escape"],
  ['[-]', "invalid character ']' in numeric literal"],
  ['[1.]', "invalid character ']' after decimal point in numeric literal"],
  ['[1e]', "invalid character ']' in exponent of numeric literal"],
  [`${'['.repeat(10001)}${']'.repeat(10001)}`, "invalid character '[' exceeded max depth"],
  ['{"Config":"a"}', 'json: cannot unmarshal object into Go value of type []tarexport.manifestItem'],
  ['5x', 'json: cannot unmarshal number into Go value of type []tarexport.manifestItem'],
  ['[5]', 'json: cannot unmarshal number into Go value of type tarexport.manifestItem'],
  ['[{"Config":"a"}, 5, {"Layers":7}]', 'json: cannot unmarshal number into Go value of type tarexport.manifestItem'],
  ['[{"Config":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.Config of type string'],
  ['[{"Config":true}]', 'json: cannot unmarshal bool into Go struct field manifestItem.Config of type string'],
  ['[{"config":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.Config of type string'],
  ['[{"CONFIG":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.Config of type string'],
  ['[{"Config":5,"Layers":"x"}]', 'json: cannot unmarshal number into Go struct field manifestItem.Config of type string'],
  ['[{"Config":5,"Config":true}]', 'json: cannot unmarshal number into Go struct field manifestItem.Config of type string'],
  ['[{"RepoTags":"x"}]', 'json: cannot unmarshal string into Go struct field manifestItem.RepoTags of type []string'],
  ['[{"repotags":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.RepoTags of type []string'],
  ['[{"RepoTags":["q:1",5]}]', 'json: cannot unmarshal number into Go struct field manifestItem.RepoTags of type string'],
  ['[{"Layers":[1]}]', 'json: cannot unmarshal number into Go struct field manifestItem.Layers of type string'],
  ['[{"Layers":[null, 5.0]}]', 'json: cannot unmarshal number into Go struct field manifestItem.Layers of type string'],
  ['[{"Layers":{"a":1}}]', 'json: cannot unmarshal object into Go struct field manifestItem.Layers of type []string'],
  ['[{"Parent":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.Parent of type image.ID'],
  ['[{"LayerSources":[]}]', 'json: cannot unmarshal array into Go struct field manifestItem.LayerSources of type map[layer.DiffID]distribution.Descriptor'],
  // U+017F (long s) folds to s
  ['[{"LayerSourceſ":5}]', 'json: cannot unmarshal number into Go struct field manifestItem.LayerSources of type map[layer.DiffID]distribution.Descriptor'],
  ['[{"LayerSources":{"sha256:a":5}}]', 'json: cannot unmarshal number into Go struct field manifestItem.LayerSources of type distribution.Descriptor'],
  ['[{"LayerSources":{"sha256:a":{"platform":5}}}]', 'json: cannot unmarshal number into Go struct field Descriptor.LayerSources.platform of type v1.Platform'],
  ['[{"LayerSources":{"sha256:a":{"size":1.5}}}]', 'json: cannot unmarshal number 1.5 into Go struct field Descriptor.LayerSources.size of type int64'],
  ['[{"LayerSources":{"sha256:a":{"urls":[1]}}}]', 'json: cannot unmarshal number into Go struct field Descriptor.LayerSources.urls of type string'],
  [
    '[{"LayerSources":{"sha256:a":{"platform":{"os.features":"x"}}}}]',
    'json: cannot unmarshal string into Go struct field Platform.LayerSources.platform.os.features of type []string',
  ],
];

// [engine] every row: the image config, read with json.Unmarshal into image.Image
const CONFIG_ERRORS: readonly Case[] = [
  ['', 'unexpected end of JSON input'],
  ['{"a":', 'unexpected end of JSON input'],
  ['{} x', "invalid character 'x' after top-level value"],
  [bytes([0xef, 0xbb, 0xbf], '{}'), "invalid character 'ï' looking for beginning of value"],
  ['{"architecture":5}', 'json: cannot unmarshal number into Go struct field Image.architecture of type string'],
  ['{"ARCHITECTURE":5}', 'json: cannot unmarshal number into Go struct field Image.architecture of type string'],
  ['{"variant":5}', 'json: cannot unmarshal number into Go struct field Image.variant of type string'],
  ['{"id":5}', 'json: cannot unmarshal number into Go struct field Image.id of type string'],
  // image.Image's own `parent` (image.ID) hides V1Image's (string)
  ['{"parent":5}', 'json: cannot unmarshal number into Go struct field Image.parent of type image.ID'],
  ['{"Size":1e3}', 'json: cannot unmarshal number 1e3 into Go struct field Image.Size of type int64'],
  ['{"os.version":5}', 'json: cannot unmarshal number into Go struct field Image.os.version of type string'],
  ['{"os":5,"config":{"Cmd":"ok"}}', 'json: cannot unmarshal number into Go struct field Image.os of type string'],
  ['{"config":5}', 'json: cannot unmarshal number into Go struct field Image.config of type container.Config'],
  ['{"rootfs":"x"}', 'json: cannot unmarshal string into Go struct field Image.rootfs of type image.RootFS'],
  ['{"rootfs":{"diff_ids":[1]}}', 'json: cannot unmarshal number into Go struct field RootFS.rootfs.diff_ids of type layer.DiffID'],
  ['{"history":{}}', 'json: cannot unmarshal object into Go struct field Image.history of type []image.History'],
  ['{"history":[5]}', 'json: cannot unmarshal number into Go struct field Image.history of type image.History'],
  ['{"history":[{"created_by":1}]}', 'json: cannot unmarshal number into Go struct field History.history.created_by of type string'],
  ['{"history":[{"empty_layer":"yes"}]}', 'json: cannot unmarshal string into Go struct field History.history.empty_layer of type bool'],
  ['{"config":{"Labels":{"a":1}}}', 'json: cannot unmarshal number into Go struct field Config.config.Labels of type string'],
  ['{"config":{"Env":["a",1]}}', 'json: cannot unmarshal number into Go struct field Config.config.Env of type string'],
  ['{"config":{"ExposedPorts":{"80/tcp":1}}}', 'json: cannot unmarshal number into Go struct field Config.config.ExposedPorts of type struct {}'],
  ['{"config":{"Volumes":{"/a":[]}}}', 'json: cannot unmarshal array into Go struct field Config.config.Volumes of type struct {}'],
  ['{"config":{"StopTimeout":1.5}}', 'json: cannot unmarshal number 1.5 into Go struct field Config.config.StopTimeout of type int'],
  [
    '{"config":{"StopTimeout":99999999999999999999}}',
    'json: cannot unmarshal number 99999999999999999999 into Go struct field Config.config.StopTimeout of type int',
  ],
  ['{"config":{"Healthcheck":"x"}}', 'json: cannot unmarshal string into Go struct field Config.config.Healthcheck of type container.HealthConfig'],
  [
    '{"container_config":{"Healthcheck":{"Interval":"1s"}}}',
    'json: cannot unmarshal string into Go struct field HealthConfig.container_config.Healthcheck.Interval of type time.Duration',
  ],
  [
    '{"container_config":{"Healthcheck":{"Test":"x"}}}',
    'json: cannot unmarshal string into Go struct field HealthConfig.container_config.Healthcheck.Test of type []string',
  ],
  ['{"config":{"Healthcheck":{"Retries":"x"}},"os":5}', 'json: cannot unmarshal string into Go struct field HealthConfig.config.Healthcheck.Retries of type int'],
  // strslice: the error of its second attempt (a string), given the field's context
  ['{"config":{"Cmd":5}}', 'json: cannot unmarshal number into Go struct field Config.config.Cmd of type string'],
  ['{"config":{"Cmd":[1]}}', 'json: cannot unmarshal array into Go struct field Config.config.Cmd of type string'],
  ['{"config":{"Cmd":{}}}', 'json: cannot unmarshal object into Go struct field Config.config.Cmd of type string'],
  ['{"container_config":{"Cmd":true}}', 'json: cannot unmarshal bool into Go struct field Config.container_config.Cmd of type string'],
  ['{"config":{"Shell":[1,2]}}', 'json: cannot unmarshal array into Go struct field Config.config.Shell of type string'],
  ['{"config":{"Cmd":"x","Entrypoint":5}}', 'json: cannot unmarshal number into Go struct field Config.config.Entrypoint of type string'],
  // an UnmarshalJSON error stops the decode and beats a type error saved before it
  ['{"os":5, "config":{"Cmd":5}}', 'json: cannot unmarshal number into Go struct field Config.config.Cmd of type string'],
  ['{"os":5,"created":"x"}', 'parsing time "\\"x\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "x\\"" as "2006"'],
  ['{"created":"x","os":5}', 'parsing time "\\"x\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "x\\"" as "2006"'],
  ['{"rootfs":{"type":1},"history":[{"created":"bad"}]}', 'parsing time "\\"bad\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "bad\\"" as "2006"'],
  // time.Time.UnmarshalJSON: time.Parse of the raw JSON text
  ['{"created":5}', 'parsing time "5" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "5" as "\\""'],
  ['{"created":{"a":1}}', 'parsing time "{\\"a\\":1}" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "{\\"a\\":1}" as "\\""'],
  ['{"created":"2020-13-01T00:00:00Z"}', 'parsing time "\\"2020-13-01T00:00:00Z\\"": month out of range'],
  ['{"created":"2020-02-30T00:00:00Z"}', 'parsing time "\\"2020-02-30T00:00:00Z\\"": day out of range'],
  ['{"created":"2020-01-01T24:00:00Z"}', 'parsing time "\\"2020-01-01T24:00:00Z\\"": hour out of range'],
  ['{"created":"2020-01-01T00:00:60Z"}', 'parsing time "\\"2020-01-01T00:00:60Z\\"": second out of range'],
  [
    '{"created":"2x20-01-01T00:00:00Z"}',
    'parsing time "\\"2x20-01-01T00:00:00Z\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "-01-01T00:00:00Z\\"" as "2006"',
  ],
  [
    '{"created":"2020-1-01T00:00:00Z"}',
    'parsing time "\\"2020-1-01T00:00:00Z\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "1-01T00:00:00Z\\"" as "01"',
  ],
  ['{"created":"2020-01-01"}', 'parsing time "\\"2020-01-01\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "\\"" as "T"'],
  ['{"created":"2020-01-01T00:00Z"}', 'parsing time "\\"2020-01-01T00:00Z\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "Z\\"" as ":"'],
  [
    '{"created":"2020-01-01T00:00:00z"}',
    'parsing time "\\"2020-01-01T00:00:00z\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "z\\"" as "Z07:00"',
  ],
  [
    '{"created":"2020-01-01T00:00:00.Z"}',
    'parsing time "\\"2020-01-01T00:00:00.Z\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse ".Z\\"" as "Z07:00"',
  ],
  [
    '{"created":"2020-01-01T00:00:00+0100"}',
    'parsing time "\\"2020-01-01T00:00:00+0100\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "+0100\\"" as "Z07:00"',
  ],
  [
    '{"created":"2020-01-01T00:00:00+01:0x"}',
    'parsing time "\\"2020-01-01T00:00:00+01:0x\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "\\"" as "Z07:00"',
  ],
  [
    '{"created":"2020-01-01T00:00:00+01:00x"}',
    'parsing time "\\"2020-01-01T00:00:00+01:00x\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "x\\"" as "\\""',
  ],
  [
    '{"created":"2020-01-01T00:00:00Z "}',
    'parsing time "\\"2020-01-01T00:00:00Z \\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse " \\"" as "\\""',
  ],
  [
    '{"created":"2020-01-01T00:00:00\\u005a"}',
    'parsing time "\\"2020-01-01T00:00:00\\\\u005a\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "\\\\u005a\\"" as "Z07:00"',
  ],
  [
    bytes('{"created":"2020-01-01T00:00:00', [0xc3, 0xa9], '"}'),
    'parsing time "\\"2020-01-01T00:00:00\\xc3\\xa9\\"" as "\\"2006-01-02T15:04:05Z07:00\\"": cannot parse "\\xc3\\xa9\\"" as "Z07:00"',
  ],
];

describe('goDecode: manifest.json as docker load reads it', () => {
  it.each(MANIFEST_ERRORS)('%j → %s', (input, error) => {
    expect(errorOf(goDecode(input, MANIFEST_TYPE))).toBe(error);
  });

  it('reads only the first value: what follows is never looked at [engine]', () => {
    for (const text of ['[{"Config":"zz"}]x', '[{"Config":"zz"}] ]', '[{"Config":"zz"}] trailing']) {
      expect(valueOf(goDecode(text, MANIFEST_TYPE))).toEqual([{ Config: 'zz', RepoTags: null, Layers: null, Parent: '', LayerSources: null }]);
    }
  });

  it('decodes into the old backing array on a duplicate key [engine]', () => {
    // the second RepoTags reuses the first's elements where it has null
    const first = valueOf(goDecode('[{"RepoTags":["dup:1","dup:2","dup:3"],"RepoTags":[null,"x:9"]}]', MANIFEST_TYPE)) as { RepoTags: string[] }[];
    expect(first[0]!.RepoTags).toEqual(['dup:1', 'x:9']);
    // a shorter slice keeps its capacity: the elements past its length come back
    const again = valueOf(goDecode('[{"RepoTags":["dup:1","dup:2","dup:3"],"RepoTags":["y:1"],"RepoTags":[null,null,null]}]', MANIFEST_TYPE)) as {
      RepoTags: string[];
    }[];
    expect(again[0]!.RepoTags).toEqual(['y:1', 'dup:2', 'dup:3']);
    // past the capacity (4) the grown array starts from zero values
    const grown = valueOf(goDecode('[{"Layers":["a","b","c"],"Layers":[null,null,null,null,null]}]', MANIFEST_TYPE)) as { Layers: string[] }[];
    expect(grown[0]!.Layers).toEqual(['a', 'b', 'c', '', '']);
  });

  it('decodes a full manifest with its zero values', () => {
    const text = '[{"Config":"c.json","RepoTags":["a:1"],"Layers":["l/layer.tar"],"LayerSources":{"sha256:x":{"mediaType":"m","size":3,"urls":["u"]}}}]';
    const [item] = valueOf(goDecode(text, MANIFEST_TYPE)) as Record<string, unknown>[];
    expect(item).toEqual({
      Config: 'c.json',
      RepoTags: ['a:1'],
      Layers: ['l/layer.tar'],
      Parent: '',
      LayerSources: { 'sha256:x': { MediaType: 'm', Size: 3, Digest: '', URLs: ['u'], Annotations: null, Platform: null } },
    });
  });

  it('gives null for a top-level null and an empty slice for []', () => {
    expect(valueOf(goDecode('null', MANIFEST_TYPE))).toBeNull();
    expect(valueOf(goDecode(' [] ', MANIFEST_TYPE))).toEqual([]);
  });
});

describe('goUnmarshal: image configs as docker load reads them', () => {
  it.each(CONFIG_ERRORS)('%j → %s', (input, error) => {
    expect(errorOf(goUnmarshal(input, IMAGE_TYPE))).toBe(error);
  });

  it('checks the whole input before decoding: a syntax error wins over type errors', () => {
    expect(errorOf(goUnmarshal('{"os":5} x', IMAGE_TYPE))).toBe("invalid character 'x' after top-level value");
    expect(errorOf(goUnmarshal('{"os":5', IMAGE_TYPE))).toBe('unexpected end of JSON input');
    expect(errorOf(goUnmarshal('  ', IMAGE_TYPE))).toBe('unexpected end of JSON input');
    expect(errorOf(goUnmarshal('5x', IMAGE_TYPE))).toBe("invalid character 'x' after top-level value");
  });

  it('leaves absent fields zero and promotes the embedded V1Image [engine: c26, c62 load on to "no RootFS key"]', () => {
    for (const text of ['{}', '{"V1Image":5}', '{"ContainerConfig":5}']) {
      const img = valueOf(goUnmarshal(text, IMAGE_TYPE)) as Record<string, unknown>;
      expect(img).toMatchObject({ ID: '', Parent: '', Created: '0001-01-01T00:00:00Z', Config: null, RootFS: null, History: null, Size: 0, OSFeatures: null });
      expect(img).not.toHaveProperty('V1Image');
      expect(img.ContainerConfig).toMatchObject({ Hostname: '', Tty: false, Env: null, Cmd: null, ExposedPorts: null, Healthcheck: null, StopTimeout: null });
    }
  });

  it('merges duplicate keys into the existing value [engine: docker inspect / docker history of the loaded image]', () => {
    const text =
      '{"rootfs":{"type":"layers"},"history":[{"comment":"first","created_by":"cb"}],"history":[{"author":"second"}],' +
      '"created":"2001-01-01T00:00:00Z","created":null,"config":{"User":"u1","Cmd":["a"]},"config":{"Tty":true,"Cmd":null},' +
      '"config":{"Labels":{"a":"1"}},"config":{"Labels":{"b":"2"}}}';
    const img = valueOf(goUnmarshal(text, IMAGE_TYPE)) as Record<string, Record<string, unknown>>;
    expect(img.Created).toBe('2001-01-01T00:00:00Z');
    expect(img.History).toEqual([{ Created: '0001-01-01T00:00:00Z', Author: 'second', CreatedBy: 'cb', Comment: 'first', EmptyLayer: false }]);
    expect(img.Config).toMatchObject({ User: 'u1', Tty: true, Cmd: null, Labels: { a: '1', b: '2' } });
  });

  it('reads strings and StrSlices as Go does [engine: docker inspect]', () => {
    const text = bytes(
      '{"comment":"a',
      [0xff],
      'b\\ud800c\\ud83d\\ude00d\\udc00\\ud800e',
      [0xe2, 0x82],
      'f","config":{"Cmd":"single","Entrypoint":[],"Shell":null,"StopTimeout":null,"ExposedPorts":{"80/tcp":null}},',
      '"created":"2020-01-01T00:00:00.1000000009Z","rootfs":{}}',
    );
    const img = valueOf(goUnmarshal(text, IMAGE_TYPE)) as Record<string, Record<string, unknown>>;
    // each byte of a bad or cut UTF-8 sequence is one U+FFFD; lone surrogates too
    expect(img.Comment).toBe('a\ufffdb\ufffdc\u{1f600}d\ufffd\ufffde\ufffd\ufffdf');
    expect(img.Config).toMatchObject({ Cmd: ['single'], Entrypoint: [], Shell: null, StopTimeout: null, ExposedPorts: { '80/tcp': {} } });
    expect(img.Created).toBe('2020-01-01T00:00:00.1Z');
  });

  it.each([
    // [engine] docker image inspect -f '{{.Created}}'
    ['2020-01-02T03:04:05.123400+01:30', '2020-01-02T03:04:05.1234+01:30'],
    ['2020-01-02T03:04:05,5-00:00', '2020-01-02T03:04:05.5Z'],
    ['2020-01-02T03:04:05+99:99', '2020-01-02T03:04:05+100:39'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00Z'],
    // Go 1.19
    ['2020-02-29T23:59:59.000000001-07:00', '2020-02-29T23:59:59.000000001-07:00'],
    ['2020-01-02T3:04:05Z', '2020-01-02T03:04:05Z'],
  ])('keeps the parsed time and offset: %s → %s', (input, created) => {
    const img = valueOf(goUnmarshal(`{"created":"${input}"}`, IMAGE_TYPE)) as Record<string, unknown>;
    expect(img.Created).toBe(created);
  });

  it('decodes a config docker writes', () => {
    const text =
      '{"architecture":"amd64","config":{"Env":["PATH=/bin"],"Cmd":["sh"],"Healthcheck":{"Test":["CMD","true"],"Interval":1000000000,"Retries":3},' +
      '"StopTimeout":10,"Labels":{"k":"v"}},"created":"2026-11-29T10:34:33.492039871Z","history":[{"created":"2026-11-29T10:34:33.492039871Z",' +
      '"comment":"Imported from -","empty_layer":true}],"os":"linux","parent":"sha256:p","rootfs":{"type":"layers","diff_ids":["sha256:d"]},"Size":9007199254740993}';
    const img = valueOf(goUnmarshal(text, IMAGE_TYPE)) as Record<string, Record<string, unknown>>;
    expect(img.Config).toMatchObject({
      Env: ['PATH=/bin'],
      Cmd: ['sh'],
      Healthcheck: { Test: ['CMD', 'true'], Interval: 1_000_000_000, Timeout: 0, StartPeriod: 0, Retries: 3 },
      StopTimeout: 10,
      Labels: { k: 'v' },
    });
    expect(img.RootFS).toEqual({ Type: 'layers', DiffIDs: ['sha256:d'] });
    expect(img.Parent).toBe('sha256:p');
    expect(img.History).toEqual([{ Created: '2026-11-29T10:34:33.492039871Z', Author: '', CreatedBy: '', Comment: 'Imported from -', EmptyLayer: true }]);
    expect(img.Size).toBe(9007199254740993n); // past 2^53: a bigint
  });

  it('allocates a pointer even when its value is refused', () => {
    // Go's indirect allocates *container.Config before the type error is found
    const r = goUnmarshal('{"config":"x","rootfs":{}}', IMAGE_TYPE);
    expect(errorOf(r)).toBe('json: cannot unmarshal string into Go struct field Image.config of type container.Config');
  });
});

// Go 1.19 semantics on small types of our own
const str: GoType = { kind: 'string' };
const int32: GoType = { kind: 'int', bits: 32 };
const inner: GoType = { kind: 'struct', name: 'p.Inner', fields: [{ go: 'Name', json: 'name', type: str, tagged: true }, { go: 'Left', json: 'Left', type: str }] };
const other: GoType = { kind: 'struct', name: 'p.Other', fields: [{ go: 'Name', json: 'name', type: int32, tagged: true }, { go: 'Right', json: 'Right', type: str }] };
const outer: GoType = {
  kind: 'struct',
  name: 'p.Outer',
  fields: [
    { go: 'Inner', json: 'Inner', type: inner, embedded: true },
    { go: 'Other', json: 'Other', type: { kind: 'ptr', elem: other }, embedded: true },
    { go: 'Keys', json: 'keys', type: str, tagged: true },
    { go: 'Raw', json: 'raw', type: { kind: 'raw' }, tagged: true },
    { go: 'N', json: 'n', type: { kind: 'ptr', elem: int32 }, tagged: true },
  ],
};

describe('Go 1.19 decoding rules', () => {
  it('hides two promoted fields of one name at the same depth', () => {
    // Inner.name and Other.name are both tagged at depth 1: neither is decoded
    expect(valueOf(goUnmarshal('{"name":5,"Left":"l","Right":"r"}', outer))).toEqual({ Left: 'l', Right: 'r', Keys: '', Raw: null, N: null });
  });

  it('matches exactly first, then the first field whose name folds to the key', () => {
    expect(valueOf(goUnmarshal('{"KEYS":"a","keys":"b","kEyS":"c"}', outer))).toMatchObject({ Keys: 'c' });
    // U+212A (Kelvin) folds to k; U+017F to s
    expect(valueOf(goUnmarshal('{"\u212aey\u017f":"k"}', outer))).toMatchObject({ Keys: 'k' });
    expect(valueOf(goUnmarshal('{"keys ":"x","unknown":{"deep":[1,{"a":2}]}}', outer))).toMatchObject({ Keys: '' });
  });

  it('keeps raw JSON text and treats null by kind', () => {
    expect(valueOf(goUnmarshal('{"raw": {"a" : [1, 2]} }', outer))).toMatchObject({ Raw: '{"a" : [1, 2]}' });
    expect(valueOf(goUnmarshal('{"raw":null,"keys":null,"n":null}', outer))).toMatchObject({ Raw: 'null', Keys: '', N: null });
    expect(valueOf(goUnmarshal('{"keys":"a","keys":null,"n":7,"n":null}', outer))).toMatchObject({ Keys: 'a', N: null });
  });

  it('checks int ranges and literals', () => {
    expect(valueOf(goUnmarshal('{"n":-2147483648}', outer))).toMatchObject({ N: -2147483648 });
    expect(errorOf(goUnmarshal('{"n":2147483648}', outer))).toBe('json: cannot unmarshal number 2147483648 into Go struct field Outer.n of type int32');
    expect(errorOf(goUnmarshal('{"n":1.0}', outer))).toBe('json: cannot unmarshal number 1.0 into Go struct field Outer.n of type int32');
    expect(errorOf(goUnmarshal('-0', int32))).toBeUndefined();
    expect(errorOf(goUnmarshal('"1"', int32))).toBe('json: cannot unmarshal string into Go value of type int32');
  });

  it('reports the first type error but decodes the rest', () => {
    const r = goUnmarshal('{"keys":1,"n":"x","Left":"still"}', outer);
    expect(errorOf(r)).toBe('json: cannot unmarshal number into Go struct field Outer.keys of type string');
  });

  it('decodes \\u escapes, surrogate pairs and the short escapes', () => {
    expect(valueOf(goUnmarshal('"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\"\\\\"', str))).toBe('é😀/\b\f\n\r\t"\\');
    expect(valueOf(goUnmarshal('"\\ud83d\\u0041"', str))).toBe('\ufffdA');
  });

  it('decodes StrSlice: a string, an array of strings, or null', () => {
    const ss = STRSLICE;
    expect(valueOf(goUnmarshal('"a b"', ss))).toEqual(['a b']);
    expect(valueOf(goUnmarshal('["a",null]', ss))).toEqual(['a', '']);
    expect(valueOf(goUnmarshal('null', ss))).toBeNull();
    expect(errorOf(goUnmarshal('["a",1]', ss))).toBe('json: cannot unmarshal array into Go value of type string');
  });

  it('quotes the offending byte as scanner.go does', () => {
    expect(errorOf(goUnmarshal(bytes([0x7f]), str))).toBe("invalid character '\\x7f' looking for beginning of value");
    expect(errorOf(goUnmarshal(bytes([0x85]), str))).toBe("invalid character '\\u0085' looking for beginning of value");
    expect(errorOf(goUnmarshal(bytes([0xad]), str))).toBe("invalid character '\\u00ad' looking for beginning of value");
    expect(errorOf(goUnmarshal('\\', str))).toBe("invalid character '\\\\' looking for beginning of value");
    expect(errorOf(goUnmarshal('\t', str))).toBe('unexpected end of JSON input');
    expect(errorOf(goUnmarshal('"\t"', str))).toBe("invalid character '\\t' in string literal");
    expect(errorOf(goUnmarshal('nulx', str))).toBe("invalid character 'x' in literal null (expecting 'l')");
    // eof() feeds a space: a literal cut short reports that space, not the end of input
    expect(errorOf(goUnmarshal('nul', str))).toBe("invalid character ' ' in literal null (expecting 'l')");
    expect(errorOf(goUnmarshal('fals', str))).toBe("invalid character ' ' in literal false (expecting 'e')");
    expect(errorOf(goUnmarshal('1.', str))).toBe("invalid character ' ' after decimal point in numeric literal");
    expect(errorOf(goUnmarshal('"ab', str))).toBe('unexpected end of JSON input');
  });

  it('names types as reflect does', () => {
    expect(goTypeString(MANIFEST_TYPE)).toBe('[]tarexport.manifestItem');
    expect(goTypeString({ kind: 'map', elem: { kind: 'struct', name: 'struct {}', fields: [] } })).toBe('map[string]struct {}');
    expect(goTypeString({ kind: 'ptr', elem: int32 })).toBe('*int32');
  });
});

describe('Marshal and Indent (Go 1.19)', () => {
  it('escapes as encode.go does: control bytes as \\u00XX but \\n \\r \\t, HTML unless asked not to, lone surrogates as U+FFFD', () => {
    const v = { s: 'a\b\f\n\t<&>\u2028\ud800', m: new Map([['b', 1], ['a', 2.5]]) };
    expect(marshal(v)).toBe('{"s":"a\\u0008\\u000c\\n\\t\\u003c\\u0026\\u003e\\u2028\\ufffd","m":{"a":2.5,"b":1}}');
    expect(marshal('<a&b>', { escapeHTML: false })).toBe('"<a&b>"');
  });

  it('indents byte by byte, keeping {} and [] empty and every number as written', () => {
    expect(indent('[{"a":[],"b":{},"n":9223372036854775807,"s":"x,y:{"}]', '', '    ')).toBe(
      '[\n    {\n        "a": [],\n        "b": {},\n        "n": 9223372036854775807,\n        "s": "x,y:{"\n    }\n]',
    );
    expect(indent('[1,', '', '  ')).toEqual({ error: 'unexpected end of JSON input' });
  });
});
