import type { Errno, ShFs } from './fs.js';
import type { Output } from './types.js';

/** Output of one process, adjacent chunks of the same stream merged. */
export class OutputLog {
  readonly chunks: Output[] = [];
  push(stream: Output['stream'], text: string): void {
    if (text === '') return;
    const last = this.chunks[this.chunks.length - 1];
    if (last !== undefined && last.stream === stream) this.chunks[this.chunks.length - 1] = { stream, text: last.text + text };
    else this.chunks.push({ stream, text });
  }
}

/**
 * An open file description. Objects are shared by dup (`2>&1`), so fds share the offset as the
 * kernel does.
 */
export type Fd =
  | { readonly k: 'stream'; readonly stream: Output['stream'] }
  | { readonly k: 'null' }
  | { readonly k: 'file'; readonly path: string; readonly append: boolean; offset: number }
  | { readonly k: 'in'; readonly data: string }
  /** `< dir`: open(2) succeeds, read(2) fails */
  | { readonly k: 'dir' };

export function baseFds(): Fd[] {
  return [{ k: 'in', data: '' }, { k: 'stream', stream: 'stdout' }, { k: 'stream', stream: 'stderr' }];
}

const enc = new TextEncoder();

/**
 * write(2) on an fd: the open file takes the bytes, whatever its permissions are now; a write to a
 * closed fd or a vanished file is lost, as EBADF/ENOENT would be.
 */
export function writeFd(fs: ShFs, log: OutputLog, fd: Fd | undefined, text: string): void {
  if (fd === undefined || text === '') return;
  if (fd.k === 'stream') log.push(fd.stream, text);
  if (fd.k !== 'file') return;
  const bytes = enc.encode(text);
  fs.writeAt(fd.path, bytes, fd.append ? 'append' : fd.offset);
  if (!fd.append) fd.offset += bytes.length;
}

export function readFd(fd: Fd | undefined): { readonly text: string } | Errno {
  if (fd?.k === 'dir') return 'EISDIR';
  return { text: fd?.k === 'in' ? fd.data : '' };
}
