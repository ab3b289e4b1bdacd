// docker/cli's template functions (templates.basicFunctions and HeaderFunctions, cli/templates),
// on Go's strings and encoding/json (src/go); text/template's own builtins are in src/go/template.
import { marshal, UnsupportedError } from '../go/json/index.js';
import { numberValue, type Val } from '../go/reflect.js';
import { goSplit, goTitle, goToLower, goToUpper } from '../go/strings.js';
import { BUILTINS, FuncError, type Func } from '../go/template/index.js';

const str = (v: Val): string => v as string;

function dockerJson(args: Val[]): Val {
  try {
    // an Encoder with SetEscapeHTML(false); the newline Encode adds is trimmed
    return marshal(args[0], { escapeHTML: false }).trim();
  } catch (e) {
    // docker/cli ignores Encode's error and returns the (empty) buffer.
    if (e instanceof UnsupportedError) return '';
    throw e;
  }
}

export const DOCKER_FUNCS: Record<string, Func> = {
  json: { params: ['any'], fn: dockerJson },
  split: { params: ['string', 'string'], fn: (a) => goSplit(str(a[0]), str(a[1])) },
  join: { params: ['[]string', 'string'], fn: (a) => (Array.isArray(a[0]) ? (a[0] as string[]).join(str(a[1])) : '') },
  title: { params: ['string'], fn: (a) => goTitle(str(a[0])) },
  lower: { params: ['string'], fn: (a) => goToLower(str(a[0])) },
  upper: { params: ['string'], fn: (a) => goToUpper(str(a[0])) },
  pad: {
    params: ['string', 'int', 'int'],
    fn: (a) => (str(a[0]) === '' ? '' : ' '.repeat(Math.max(0, numberValue(a[1]))) + str(a[0]) + ' '.repeat(Math.max(0, numberValue(a[2])))),
  },
  truncate: {
    params: ['string', 'int'],
    fn: (a) => {
      const b = Buffer.from(str(a[0]), 'utf8');
      const n = numberValue(a[1]);
      if (b.length < n) return str(a[0]);
      if (n < 0) throw new FuncError(`runtime error: slice bounds out of range [:${n}]`);
      return b.subarray(0, n).toString('utf8');
    },
  },
};

/** docker/cli HeaderFunctions: header rows keep the column title intact (pad is not overridden). */
export const HEADER_FUNCS: Record<string, Func> = {
  json: { params: ['string'], fn: (a) => a[0] },
  split: { params: ['string', 'string'], fn: (a) => a[0] },
  join: { params: ['string', 'string'], fn: (a) => a[0] },
  title: { params: ['string'], fn: (a) => a[0] },
  lower: { params: ['string'], fn: (a) => a[0] },
  upper: { params: ['string'], fn: (a) => a[0] },
  truncate: { params: ['string', 'int'], fn: (a) => a[0] },
};

export const FUNC_NAMES: ReadonlySet<string> = new Set([...Object.keys(BUILTINS), ...Object.keys(DOCKER_FUNCS)]);
