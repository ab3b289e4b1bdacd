/**
 * serializeImageConfig's shortcut (JSON.stringify, with Go's HTML and line-separator escapes put in)
 * writes the bytes Go's encoder writes, for any strings in any field: the image id is their sha256.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marshal } from '../../src/go/json/index.js';
import { type ContainerConfig, type ImageConfig, emptyConfig, imageConfigFields, serializeImageConfig } from '../../src/image/config.js';

/** Strings with what the two encoders spell differently: HTML, separators, controls, lone surrogates. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '\u2028', '\u2029', '\b', '\f', '\n', '\u0001', '"', '\\', '\ud800', '\udc00', '😀', 'é', 'a', '/') }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
);

const config: fc.Arbitrary<ContainerConfig> = fc.record({
  cmd: fc.array(text, { maxLength: 3 }),
  env: fc.array(text, { maxLength: 2 }),
  labels: fc.dictionary(text, text, { maxKeys: 3 }),
  workdir: text,
}).map(({ cmd, env, labels, workdir }) => ({ ...emptyConfig(), Cmd: cmd, Env: env, Labels: labels, WorkingDir: workdir }));

const image: fc.Arbitrary<ImageConfig> = fc.record({ config, containerConfig: config, author: text, comment: text, createdBy: text }).map((r) => ({
  architecture: 'amd64',
  author: r.author,
  comment: r.comment,
  config: r.config,
  container_config: r.containerConfig,
  created: '2026-01-01T00:00:00Z',
  docker_version: '20.10.24+dfsg1',
  history: [{ created: '2026-01-01T00:00:00Z', created_by: r.createdBy }],
  os: 'linux',
  rootfs: { type: 'layers', diff_ids: [] },
}));

describe('serializeImageConfig', () => {
  it('writes the bytes Go’s encoder writes, whatever the strings hold', () => {
    fc.assert(fc.property(image, (img) => {
      expect(serializeImageConfig(img)).toBe(marshal(imageConfigFields(img)));
    }), { numRuns: 2000 });
  });
  it('escapes as Go does where JSON.stringify would not', () => {
    const plain: ImageConfig = { architecture: 'amd64', config: emptyConfig(), container_config: emptyConfig(), created: '2026-01-01T00:00:00Z', docker_version: '', history: [], os: 'linux', rootfs: { type: 'layers', diff_ids: [] } };
    const bytes = serializeImageConfig({ ...plain, comment: 'a<b>&c\u2028' });
    expect(bytes).not.toContain('\\\\');
    expect(bytes).toContain('"comment":"a\\u003cb\\u003e\\u0026c\\u2028"');
  });
});
