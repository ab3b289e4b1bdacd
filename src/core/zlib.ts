/**
 * node:zlib, loaded when first asked for. Loading it costs a command some 5 ms (it loads node's
 * streams), which only one that reads a gzip (a layer tar, a build context) should pay.
 */
let zlib: typeof import('node:zlib') | undefined;
export const nodeZlib = (): typeof import('node:zlib') => (zlib ??= process.getBuiltinModule('node:zlib'));
