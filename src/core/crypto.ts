/**
 * node:crypto, loaded when first asked for. Loading it loads node's streams with it, some 17M
 * instructions, which a read that finds nothing to hash should not pay.
 */
let crypto: typeof import('node:crypto') | undefined;
export const nodeCrypto = (): typeof import('node:crypto') => (crypto ??= process.getBuiltinModule('node:crypto'));

/** sha256 of bytes or of a string's UTF-8, as lowercase hex. */
export const sha256Hex = (data: string | Uint8Array): string => nodeCrypto().hash('sha256', data);
