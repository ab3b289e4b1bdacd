/** The v1 directories of `docker save`, against bytes the engine wrote (Docker 20.10.24). */
import { describe, expect, it } from 'vitest';
import { imageConfigOf } from '../../src/image/config.js';
import { lowerV1, v1Id, v1Json, v1Layers } from '../../src/image/archive/v1.js';
import type { Digest } from '../../src/layer/changeset.js';

const Z = '{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}';
// an imported busybox image, as the engine stored it
const BASE = `{"architecture":"amd64","comment":"Imported from -","config":${Z},"container_config":${Z},"created":"2026-11-29T10:29:14.285185349Z","docker_version":"20.10.24+dfsg1","history":[{"created":"2026-11-29T10:29:14.285185349Z","comment":"Imported from -"}],"os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:1b631d3f66b276f3604f620220bd34e96c4fa2ca3aa390b93f04830c82eba273"]}}`;
const DIFF = 'sha256:1b631d3f66b276f3604f620220bd34e96c4fa2ca3aa390b93f04830c82eba273' as Digest;

describe('v1 layer directories', () => {
  it('names the top layer of an image by its own V1Image', () => {
    const [top] = v1Layers(imageConfigOf(BASE), [DIFF]);
    expect(top?.id).toBe('6089c1cf094469095c11c11215676d228ada7ffd628ffd948414724867f90e2e');
    expect(top?.json).toBe(
      `{"id":"6089c1cf094469095c11c11215676d228ada7ffd628ffd948414724867f90e2e","comment":"Imported from -","created":"2026-11-29T10:29:14.285185349Z","container_config":${Z},"docker_version":"20.10.24+dfsg1","config":${Z},"architecture":"amd64","os":"linux"}`,
    );
  });

  it('names the same layer below another image by the epoch-only V1Image, so it gets another directory', () => {
    const id = v1Id(lowerV1(''), DIFF, null);
    expect(id).toBe('sha256:42423f6d4f6c66a26eb716b36647aebb6f9788647e7c851d1dece011164d7709');
    expect(v1Json({ ...lowerV1('linux'), id: id.slice(7) })).toBe(
      `{"id":"42423f6d4f6c66a26eb716b36647aebb6f9788647e7c851d1dece011164d7709","created":"1970-01-01T00:00:00Z","container_config":${Z},"os":"linux"}`,
    );
  });
});
