// Go 1.19's archive/tar reader and writer (src/go/tar) on headers the layer tests do not make.
import { describe, expect, it } from 'vitest';
import { archive, type Entry, entryBlocks, entrySize, type Header, type ReadError, readTar } from '../../src/go/tar/index.js';

const header = (h: Partial<Header> & { name: string }): Header => ({ typeflag: '0', mode: 0o100644, uid: 0, gid: 0, size: 0, mtime: 0, linkname: '', uname: '', gname: '', ...h });
const read = (tar: Uint8Array): (Entry | ReadError)[] => [...readTar(tar)];
const names = (tar: Uint8Array): string[] => read(tar).map((e) => ('error' in e ? `error: ${e.error}` : `${e.typeflag} ${e.name}`));

/** A header block with a field rewritten and its checksum made right again ("%06o\0 "). */
function patched(blk: Uint8Array, offset: number, bytes: string): Uint8Array {
  const out = Uint8Array.from(blk);
  out.set(Buffer.from(bytes, 'latin1'), offset);
  out.fill(0x20, 148, 156);
  const sum = out.reduce((a, b) => a + b, 0);
  out.set(Buffer.from(`${sum.toString(8).padStart(6, '0')}\0 `, 'latin1'), 148);
  return out;
}

describe('Go tar reader', () => {
  it('reads back what the writer writes, USTAR and PAX, with the sizes entrySize predicts', () => {
    const long = `${'d'.repeat(120)}/${'f'.repeat(90)}`;
    const headers = [header({ name: 'a', size: 3 }), header({ name: long }), header({ name: 'é', mtime: 8 ** 11 }), header({ name: 'l', typeflag: '2', linkname: 'x'.repeat(101) })];
    const blocks = headers.map((h) => entryBlocks(h, new Uint8Array(h.size)));
    blocks.forEach((b, i) => expect(b.reduce((n, x) => n + x.length, 0)).toBe(entrySize(headers[i]!)));
    const got = read(archive(blocks.flat()));
    expect(got.map((e) => ('error' in e ? e.error : [e.name, e.mtime, e.linkname]))).toEqual([
      ['a', 0, ''],
      [long, 0, ''],
      ['é', 8 ** 11, ''],
      ['l', 0, 'x'.repeat(101)],
    ]);
  });

  it('takes a GNU long name over a PAX path, then turns a NUL typeflag ending in / into a directory', () => {
    const pax = entryBlocks(header({ name: 'ü-pax/' })).slice(0, 3); // the PAX header, its records, their padding
    const gnu = patched(entryBlocks(header({ name: '././@LongLink', size: 8 }))[0]!, 156, 'L');
    const gnuData = new Uint8Array(512);
    gnuData.set(Buffer.from('gnu/dir/'));
    const main = patched(entryBlocks(header({ name: 'short' }))[0]!, 156, '\0');
    expect(names(archive([...pax, gnu, gnuData, main]))).toEqual(['5 gnu/dir/']);
    expect(names(archive([...pax, main]))).toEqual(['5 ü-pax/']);
  });

  it('checks the checksum field as parseOctal does: up to a NUL, junk after it ignored', () => {
    const blk = entryBlocks(header({ name: 'a' }))[0]!;
    const junk = Uint8Array.from(blk);
    junk[155] = 0x27; // "%06o\0'" still reads as the checksum
    expect(names(archive([junk]))).toEqual(['0 a']);
    const bad = Uint8Array.from(blk);
    bad[154] = 0x62; // "%06ob " is not octal
    expect(names(archive([bad]))).toEqual(['error: archive/tar: invalid tar header']);
  });

  it('refuses a PAX path holding a NUL, and a record whose length is wrong', () => {
    const [pax, records, padding] = entryBlocks(header({ name: 'ü' }));
    const next = entryBlocks(header({ name: 'x' }));
    expect(names(archive([pax!, records!, padding!, ...next]))).toEqual(['0 ü']); // the records name the next header
    const nul = Uint8Array.from(records!);
    nul[nul.indexOf(0x3d) + 1] = 0; // path=\0…
    expect(names(archive([pax!, nul, padding!, ...next]))).toEqual(['error: archive/tar: invalid tar header']);
    const long = Uint8Array.from(records!);
    long[0] = 0x39; // a length past the newline
    expect(names(archive([pax!, long, padding!, ...next]))).toEqual(['error: archive/tar: invalid tar header']);
  });

  it('returns an entry cut short, then unexpected EOF; a cut padding ends the archive quietly', () => {
    const blocks = entryBlocks(header({ name: 'a', size: 10 }), new Uint8Array(10));
    const whole = archive(blocks);
    expect(read(whole.subarray(0, 512 + 4)).map((e) => ('error' in e ? e.error : e.truncated))).toEqual([true, 'unexpected EOF']);
    expect(names(whole.subarray(0, 512 + 20))).toEqual(['0 a']);
  });
});
