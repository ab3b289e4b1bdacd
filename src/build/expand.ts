/**
 * Variable expansion of an instruction's arguments at dispatch time (the instructions' Expand
 * methods and dispatchExpose in moby 20.10). Expanded: ENV and LABEL keys and values, ARG names and
 * defaults, ADD/COPY `--chown`, sources and destination, WORKDIR, USER, VOLUME, STOPSIGNAL, EXPOSE
 * (one word may give several ports) and FROM's image and `--platform` (with the meta ARGs only).
 * Left as written: RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, ONBUILD, MAINTAINER and COPY `--from`.
 */
import { catchRaised, raise, Raised } from '../core/errors.js';
import type { FromInstruction, Instruction, KeyValue } from './instructions.js';
import { type EscapeToken, type Expansion, expandWord, expandWords } from './shell-words.js';

/**
 * The instruction with its arguments expanded against `env` (`K=V` strings: the run config's Env
 * followed by the allowed build args, or the meta ARGs for FROM), or the engine's error.
 */
export function expandInstruction<T extends Instruction | FromInstruction>(instr: T, env: readonly string[], escape: EscapeToken): Expansion<T> {
  const word = (w: string): string => {
    const r = expandWord(w, env, escape);
    return r.ok ? r.value : raise(r.error);
  };
  const pairs = (kvs: readonly KeyValue[]): KeyValue[] => kvs.map(({ key, value }) => ({ key: word(key), value: word(value) }));
  return catchRaised(() => expandWith(instr, word, pairs, env, escape));
}

function expandWith<T extends Instruction | FromInstruction>(
  instr: T,
  word: (w: string) => string,
  pairs: (kvs: readonly KeyValue[]) => KeyValue[],
  env: readonly string[],
  escape: EscapeToken,
): T {
  const i: Instruction | FromInstruction = instr;
  switch (i.kind) {
    case 'env':
      return { ...instr, env: pairs(i.env) };
    case 'label':
      return { ...instr, labels: pairs(i.labels) };
    case 'arg':
      return { ...instr, args: i.args.map((a) => (a.value === undefined ? { key: word(a.key) } : { key: word(a.key), value: word(a.value) })) };
    case 'add':
    case 'copy': {
      const chown = word(i.chown);
      const sources = i.sources.map(word);
      return { ...instr, chown, sources, dest: word(i.dest) };
    }
    case 'workdir':
      return { ...instr, path: word(i.path) };
    case 'user':
      return { ...instr, user: word(i.user) };
    case 'stopsignal':
      return { ...instr, signal: word(i.signal) };
    case 'volume':
      return { ...instr, volumes: i.volumes.map(word) };
    case 'expose':
      return { ...instr, ports: i.ports.flatMap((p) => words(p, env, escape)) };
    case 'from':
      return { ...instr, ...expandFrom(i, word) };
    default:
      return instr;
  }
}

function words(w: string, env: readonly string[], escape: EscapeToken): string[] {
  const r = expandWords(w, env, escape);
  return r.ok ? r.value : raise(r.error);
}

/**
 * FROM: `--platform` first (its error says "platform " and then nothing: moby prints a variable it
 * has just shadowed), then the image, which must not expand to nothing. Parsing the platform is
 * the dispatcher's, between the two in the engine.
 */
function expandFrom(from: FromInstruction, word: (w: string) => string): Pick<FromInstruction, 'platform' | 'baseName'> {
  let platform = from.platform;
  if (platform !== '') {
    try {
      platform = word(platform);
    } catch (e) {
      if (e instanceof Raised) raise({ code: 'platform_expand', cause: e.error });
      throw e;
    }
  }
  const baseName = word(from.baseName);
  if (baseName === '') raise({ code: 'blank_base_name', name: from.baseName });
  return { platform, baseName };
}
