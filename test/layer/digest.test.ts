import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/layer/changeset.js';
import { chainId, EMPTY_LAYER_DIFF_ID, sha256 } from '../../src/layer/digest.js';

describe('sha256', () => {
  it('gives the sha256: form of the content digest', () => {
    // `printf abc | sha256sum`
    expect(sha256(new TextEncoder().encode('abc'))).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('EMPTY_LAYER_DIFF_ID is the digest of 1024 zero bytes', () => {
    expect(`sha256:${createHash('sha256').update(Buffer.alloc(1024)).digest('hex')}`).toBe(EMPTY_LAYER_DIFF_ID);
    expect(sha256(new Uint8Array(1024))).toBe(EMPTY_LAYER_DIFF_ID);
  });
});

describe('chainId', () => {
  const L0: Digest = 'sha256:dd7c776398ec048ef6e59a38042293daf7591c72e8733c79c957d252824a2ac8';
  const L1: Digest = 'sha256:d1d7d83be0ca92d05023a791284cb7822a0f63387138a359bea4560d04d8de5e';
  const L2: Digest = 'sha256:9ac1b6ee401ea9fa9e4e4948d4b74e6c6b1bd85fcacced20ec560c2c09f6812f';

  it('is empty for no layers and the DiffID for one', () => {
    expect(chainId([])).toBe('');
    expect(chainId([L0])).toBe(L0);
  });

  it('matches the layerdb keys Docker 20.10.24 created for tar-img:3', () => {
    // observed: /var/lib/docker/image/overlay2/layerdb/sha256/<chain>/{diff,parent} for the three
    // diff_ids of tar-img:3 (base:1, then two commits)
    expect(chainId([L0, L1])).toBe('sha256:7020036d5e8ea1afbf5001be89fbb9bbb0620dac35201137e25b4e9a53c686a7');
    expect(chainId([L0, L1, L2])).toBe('sha256:845c3b4b29dab1ef0b7ebd919b95170a7408b7f12bf95e23d4c1dc3347edb8ff');
  });

  it('hashes the full "sha256:" strings joined by one space', () => {
    // `printf '%s %s' "$L0" "$L1" | sha256sum`, spelled out independently of sha256()
    const expected = createHash('sha256').update(`${L0} ${L1}`).digest('hex');
    expect(chainId([L0, L1])).toBe(`sha256:${expected}`);
    expect(chainId([L1, L0])).not.toBe(chainId([L0, L1]));
  });
});
