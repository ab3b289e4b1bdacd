/**
 * How Go types are described to Go 1.19's encoding/json decoder (decode.ts): the kinds a value can
 * have, struct fields with their JSON names (encode.go's typeFields reads the tags), and
 * reflect.Type.String() for the error texts.
 */

export type GoType =
  /** name: the Go type's name in messages (`layer.DiffID`), default `string` */
  | { readonly kind: 'string'; readonly name?: string }
  | { readonly kind: 'bool' }
  /** Go `int` is `{ bits: 64, name: 'int' }` (amd64); name defaults to int64/int32 */
  | { readonly kind: 'int'; readonly bits: 64 | 32; readonly name?: string }
  | { readonly kind: 'slice'; readonly elem: GoType; readonly name?: string }
  /** map[key]elem with a string-kinded key; key is the key type's name, default `string` */
  | { readonly kind: 'map'; readonly elem: GoType; readonly name?: string; readonly key?: string }
  | { readonly kind: 'ptr'; readonly elem: GoType }
  /** name: qualified (`container.Config`); `struct {}` for the empty struct literal type */
  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly GoField[] }
  | { readonly kind: 'time' }
  /** json.RawMessage: any value (null included) kept as its JSON text */
  | { readonly kind: 'raw' }
  /** a type with its own UnmarshalJSON method (json.Unmarshaler): name is its Go type's name */
  | { readonly kind: 'unmarshaler'; readonly name: string; readonly unmarshalJSON: (raw: Uint8Array) => UnmarshalResult };

export interface GoField {
  /** the Go field name: the key of the decoded object */
  readonly go: string;
  /** the JSON key: the tag's name, else the Go name */
  readonly json: string;
  readonly type: GoType;
  /** an anonymous struct field without a tag name: its fields are promoted */
  readonly embedded?: boolean;
  /** the JSON name comes from a tag: breaks ties between promoted fields of the same depth */
  readonly tagged?: boolean;
}

export type GoResult = { readonly value: unknown } | { readonly error: string };

/** An error of decode.go: an UnmarshalTypeError (its Struct and Field filled from the error context), or another error's text. */
export type JsonError =
  | { readonly kind: 'type'; readonly value: string; readonly type: string; readonly struct: string; readonly field: string }
  | { readonly kind: 'text'; readonly text: string };

/** What an UnmarshalJSON method gives back: the value (as the decoder outputs it), or its error. */
export type UnmarshalResult = { readonly value: unknown } | { readonly error: JsonError };

export type StructType = Extract<GoType, { kind: 'struct' }>;

/** reflect.Type.String(). */
export function goTypeString(t: GoType): string {
  switch (t.kind) {
    case 'string':
      return t.name ?? 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return t.name ?? `int${t.bits}`;
    case 'slice':
      return t.name ?? `[]${goTypeString(t.elem)}`;
    case 'map':
      return t.name ?? `map[${t.key ?? 'string'}]${goTypeString(t.elem)}`;
    case 'ptr':
      return `*${goTypeString(t.elem)}`;
    case 'struct':
      return t.name;
    case 'time':
      return 'time.Time';
    case 'raw':
      return 'json.RawMessage';
    case 'unmarshaler':
      return t.name;
  }
}
