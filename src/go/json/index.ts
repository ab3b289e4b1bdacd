/**
 * Go's encoding/json as Go 1.19 has it (encode.go, decode.go, scanner.go, stream.go, indent.go,
 * fold.go): Marshal and Indent for what docker prints and writes, Unmarshal and Decoder.Decode for
 * what `docker load` reads, with Go's error texts.
 */
export { goDecode, goUnmarshal, unmarshalChecked } from './decode.js';
export { marshal, type MarshalOptions, UnsupportedError } from './encode.js';
export { indent } from './indent.js';
export { goTypeString, type GoField, type GoResult, type GoType, type JsonError, type UnmarshalResult } from './types.js';
