/**
 * Go's archive/tar as Go 1.19 has it (archive/tar/common.go, format.go, strconv.go, reader.go,
 * writer.go): one header codec — the Writer's USTAR/PAX encoding with the name/prefix split and its
 * size, the Reader's USTAR/PAX/GNU decoding — for layer tars, `docker save`, ADD's archives and the
 * build context.
 */
export { BLOCK, C_ISDIR, C_ISLNK, C_ISREG, END_OF_ARCHIVE, type Header } from './header.js';
export { type Entry, type ReadError, readTar } from './reader.js';
export { archive, entryBlocks, entrySize } from './writer.js';
