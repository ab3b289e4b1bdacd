/**
 * The log's line format. One line is one command's batch of events, so a batch is on disk whole or
 * not at all:
 *
 *   {"seq":S,"prev":"<16 hex>","events":[{"at":T,"event":{…}},…],"sum":"<16 hex>"}\n
 *
 * `seq` numbers the first event (the others follow it); `sum` is the sha256 (first 16 hex digits) of
 * the line's bytes up to `,"sum"`, and `prev` is the previous line's `sum`, so a line's `sum` checks
 * the whole log up to it (a snapshot names the line it folds by that sum). A line without its newline
 * is a torn write; a complete line that fails a check is corruption.
 *
 * Lines of the first format (one event a line, `{"seq","at","event","sum"}`, sum over
 * `JSON.stringify([seq, at, event])`) are still read; every new line is a batch.
 *
 * Reading checks the envelope's shape and checksums only: event payloads were validated against the
 * schema once, when appended (`strata store check` validates them again).
 */
import { sha256Hex } from '../core/crypto.js';
import type { Envelope, Event } from '../events.js';

export const GENESIS = '0000000000000000';
const SUM_TAIL = ',"sum":"0123456789abcdef"}'.length;
const HEX16 = /^[a-f0-9]{16}$/;

const sha16 = (data: string | Uint8Array): string => sha256Hex(data).slice(0, 16);

/** One batch as a line (with its newline), and its sum: the `prev` of the next line. */
export function encodeBatch(envelopes: readonly Envelope[], prev: string): { line: string; sum: string } {
  const first = envelopes[0];
  if (!first) throw new Error('strata: an empty batch has no line');
  const events = envelopes.map(({ at, event }) => ({ at, event }));
  const body = `{"seq":${first.seq},"prev":"${prev}","events":${JSON.stringify(events)}`;
  const sum = sha16(body);
  return { line: `${body},"sum":"${sum}"}\n`, sum };
}

export interface DecodedLine {
  readonly envelopes: Envelope[];
  readonly sum: string;
  /** a line of the first format: one event, which does not say what command it was part of */
  readonly legacy?: true;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTimed = (v: unknown): v is { at: number; event: Event } =>
  isObject(v) && typeof v['at'] === 'number' && isObject(v['event']) && typeof v['event']['type'] === 'string';

const legacySum = (seq: number, at: number, event: unknown): string => sha16(JSON.stringify([seq, at, event]));

/**
 * Decode one complete line (without its newline), expecting its first event to be `expectedSeq` and
 * its `prev` to be `prev`. A string says why it is not an intact line that follows the log so far.
 */
export function decodeLine(line: string, expectedSeq: number, prev: string): DecodedLine | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (!isObject(raw)) return 'not an object';
  const { seq, sum } = raw;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return 'bad envelope: seq';
  if (typeof sum !== 'string' || !HEX16.test(sum)) return 'bad envelope: sum';
  if ('events' in raw) {
    const { events } = raw;
    if (!line.endsWith(`,"sum":"${sum}"}`) || sha16(line.slice(0, line.length - SUM_TAIL)) !== sum) return 'checksum mismatch';
    if (raw['prev'] !== prev) return `it does not follow the line before it (prev ${String(raw['prev'])}, expected ${prev})`;
    if (!Array.isArray(events) || events.length === 0 || !events.every(isTimed)) return 'bad envelope: events';
    if (Object.keys(raw).length !== 4) return 'bad envelope: unknown keys';
    if (seq !== expectedSeq) return `sequence number ${seq}, expected ${expectedSeq}`;
    return { envelopes: events.map(({ at, event }, i) => ({ seq: seq + i, at, event })), sum };
  }
  // the first format: one event a line, not chained
  const { at, event } = raw;
  if (typeof at !== 'number' || !isTimed({ at, event }) || Object.keys(raw).length !== 4) return 'bad envelope';
  if (legacySum(seq, at, event) !== sum) return 'checksum mismatch';
  if (seq !== expectedSeq) return `sequence number ${seq}, expected ${expectedSeq}`;
  return { envelopes: [{ seq, at, event: event as Event }], sum, legacy: true };
}

/**
 * Whether `line` (a complete line, its newline too) names `cursor`'s seq as its last and `cursor`'s
 * sum as its own, read from its fields without checking its sum: for a line known to be the bytes
 * of a line that was checked.
 */
export function endsAt(line: Uint8Array, cursor: Cursor): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line));
  } catch {
    return false;
  }
  if (!isObject(raw) || typeof raw['seq'] !== 'number' || raw['sum'] !== cursor.sum) return false;
  const events = raw['events'];
  const last = Array.isArray(events) ? raw['seq'] + events.length - 1 : raw['seq'];
  return last === cursor.seq;
}

/** Where a scan of the log stands: after `line` complete lines, `offset` bytes, the last line's sum. */
export interface Cursor {
  readonly offset: number;
  /** where the last complete line starts (a snapshot's check reads just that line) */
  readonly lineStart: number;
  readonly line: number;
  readonly seq: number;
  readonly sum: string;
}

export const START: Cursor = { offset: 0, lineStart: 0, line: 0, seq: 0, sum: GENESIS };

export type ScanStop =
  /** bytes after the last newline: a write that did not finish */
  | { readonly kind: 'torn'; readonly offset: number; readonly bytes: number }
  /** a complete line that fails its checks */
  | { readonly kind: 'corrupt'; readonly line: number; readonly offset: number; readonly seq: number | null; readonly reason: string };

export interface Scan {
  /** a line's envelopes each */
  readonly batches: Envelope[][];
  /**
   * The same by command: a line each, but for the first format's lines, which do not record their
   * command: a run of them at one time is taken for one (no two commands share a time: each starts
   * after the last event before it), which is all the events view asks of a command.
   */
  readonly commands: Envelope[][];
  readonly cursor: Cursor;
  readonly stop: ScanStop | null;
}

/** Decode the complete lines of `buf`, which holds the log's bytes from `from.offset` on. */
export function scan(buf: Uint8Array, from: Cursor): Scan {
  const batches: Envelope[][] = [];
  const commands: Envelope[][] = [];
  /** the command of the first format's lines just read, while they go on at one time */
  let run: Envelope[] | null = null;
  let cursor = from;
  let pos = 0;
  const text = new TextDecoder('utf-8', { fatal: true });
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) return { batches, commands, cursor, stop: { kind: 'torn', offset: from.offset + pos, bytes: buf.length - pos } };
    let line: string | undefined;
    try {
      line = text.decode(buf.subarray(pos, nl));
    } catch {
      line = undefined;
    }
    const decoded = line === undefined ? 'not valid UTF-8' : decodeLine(line, cursor.seq + 1, cursor.sum);
    if (typeof decoded === 'string') {
      const seq = line === undefined ? null : /^\{"seq":(\d+)/.exec(line)?.[1];
      return { batches, commands, cursor, stop: { kind: 'corrupt', line: cursor.line + 1, offset: from.offset + pos, seq: seq ? Number(seq) : null, reason: decoded } };
    }
    batches.push(decoded.envelopes);
    const env = decoded.envelopes[0]!;
    if (decoded.legacy !== true) {
      commands.push(decoded.envelopes);
      run = null;
    } else if (run !== null && run[0]!.at === env.at) run.push(env);
    else commands.push((run = [env]));
    cursor = {
      offset: from.offset + nl + 1,
      lineStart: from.offset + pos,
      line: cursor.line + 1,
      seq: cursor.seq + decoded.envelopes.length,
      sum: decoded.sum,
    };
    pos = nl + 1;
  }
  return { batches, commands, cursor, stop: null };
}

/** A whole log's text, one line per batch (tests, tools). */
export function encodeLog(batches: readonly (readonly Envelope[])[], prev = GENESIS): string {
  let text = '';
  for (const b of batches) {
    const { line, sum } = encodeBatch(b, prev);
    text += line;
    prev = sum;
  }
  return text;
}

/** Every envelope of a whole log's text; an error names the first line that is not intact. */
export function decodeLog(text: string): Envelope[] {
  const s = scan(Buffer.from(text), START);
  if (s.stop) throw new Error(s.stop.kind === 'torn' ? `torn tail at byte ${s.stop.offset}` : `line ${s.stop.line}: ${s.stop.reason}`);
  return s.batches.flat();
}
