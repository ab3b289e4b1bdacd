/**
 * The Go types `docker load` (Docker 20.10) decodes, for Go's encoding/json (src/go/json): `[]tarexport.manifestItem` for
 * manifest.json and `image.Image` for each config. The type names and JSON names are what appear in
 * the engine's error texts (`Go struct field Config.config.Cmd of type string`), so they follow the
 * 20.10 sources: image/tarexport/tarexport.go, image/image.go, image/rootfs.go,
 * api/types/container/config.go, docker/distribution's Descriptor (v2.8, with Platform) and
 * image-spec's v1.Platform. `tagged` marks a json tag with a name: it only matters when promoted
 * fields collide (image.Image's `parent` hides V1Image's).
 */
import { type GoField, type GoType, unmarshalChecked } from '../../go/json/index.js';

/** A field named by its json tag. */
const tag = (go: string, json: string, type: GoType): GoField => ({ go, json, type, tagged: true });
/** A field without a tag name (none, or `json:",omitempty"`): the JSON name is the Go name. */
const plain = (go: string, type: GoType): GoField => ({ go, json: go, type });
const struct = (name: string, fields: readonly GoField[]): GoType => ({ kind: 'struct', name, fields });

const STRING: GoType = { kind: 'string' };
const STRINGS: GoType = { kind: 'slice', elem: STRING };
const BOOL: GoType = { kind: 'bool' };
const INT: GoType = { kind: 'int', bits: 64, name: 'int' };
const INT64: GoType = { kind: 'int', bits: 64 };
const DURATION: GoType = { kind: 'int', bits: 64, name: 'time.Duration' };
/**
 * strslice.StrSlice (api/types/strslice): its UnmarshalJSON takes an array of strings, else one
 * string, and returns the string attempt's error.
 */
export const STRSLICE: GoType = {
  kind: 'unmarshaler',
  name: 'strslice.StrSlice',
  unmarshalJSON: (raw) => {
    const list = unmarshalChecked(raw, STRINGS);
    if (!('error' in list)) return list;
    const one = unmarshalChecked(raw, STRING);
    return 'error' in one ? one : { value: [one.value] };
  },
};
const EMPTY_STRUCT: GoType = struct('struct {}', []);
const IMAGE_ID: GoType = { kind: 'string', name: 'image.ID' };
const DIFF_ID: GoType = { kind: 'string', name: 'layer.DiffID' };

const PLATFORM = struct('v1.Platform', [
  tag('Architecture', 'architecture', STRING),
  tag('OS', 'os', STRING),
  tag('OSVersion', 'os.version', STRING),
  tag('OSFeatures', 'os.features', STRINGS),
  tag('Variant', 'variant', STRING),
]);

const DESCRIPTOR = struct('distribution.Descriptor', [
  tag('MediaType', 'mediaType', STRING),
  tag('Size', 'size', INT64),
  tag('Digest', 'digest', { kind: 'string', name: 'digest.Digest' }),
  tag('URLs', 'urls', STRINGS),
  tag('Annotations', 'annotations', { kind: 'map', elem: STRING }),
  tag('Platform', 'platform', { kind: 'ptr', elem: PLATFORM }),
]);

const MANIFEST_ITEM = struct('tarexport.manifestItem', [
  plain('Config', STRING),
  plain('RepoTags', STRINGS),
  plain('Layers', STRINGS),
  plain('Parent', IMAGE_ID),
  plain('LayerSources', { kind: 'map', key: 'layer.DiffID', elem: DESCRIPTOR }),
]);

/** `[]tarexport.manifestItem`, decoded with json.NewDecoder(f).Decode. */
export const MANIFEST_TYPE: GoType = { kind: 'slice', elem: MANIFEST_ITEM };

const HEALTH_CONFIG = struct('container.HealthConfig', [
  plain('Test', STRINGS),
  plain('Interval', DURATION),
  plain('Timeout', DURATION),
  plain('StartPeriod', DURATION),
  plain('Retries', INT),
]);

/** api/types/container.Config, in field order (it has no json tag names). */
export const CONTAINER_CONFIG_TYPE: GoType = struct('container.Config', [
  plain('Hostname', STRING),
  plain('Domainname', STRING),
  plain('User', STRING),
  plain('AttachStdin', BOOL),
  plain('AttachStdout', BOOL),
  plain('AttachStderr', BOOL),
  plain('ExposedPorts', { kind: 'map', name: 'nat.PortSet', key: 'nat.Port', elem: EMPTY_STRUCT }),
  plain('Tty', BOOL),
  plain('OpenStdin', BOOL),
  plain('StdinOnce', BOOL),
  plain('Env', STRINGS),
  plain('Cmd', STRSLICE),
  plain('Healthcheck', { kind: 'ptr', elem: HEALTH_CONFIG }),
  plain('ArgsEscaped', BOOL),
  plain('Image', STRING),
  plain('Volumes', { kind: 'map', elem: EMPTY_STRUCT }),
  plain('WorkingDir', STRING),
  plain('Entrypoint', STRSLICE),
  plain('NetworkDisabled', BOOL),
  plain('MacAddress', STRING),
  plain('OnBuild', STRINGS),
  plain('Labels', { kind: 'map', elem: STRING }),
  plain('StopSignal', STRING),
  plain('StopTimeout', { kind: 'ptr', elem: INT }),
  plain('Shell', STRSLICE),
]);

const V1_IMAGE = struct('image.V1Image', [
  tag('ID', 'id', STRING),
  tag('Parent', 'parent', STRING),
  tag('Comment', 'comment', STRING),
  tag('Created', 'created', { kind: 'time' }),
  tag('Container', 'container', STRING),
  tag('ContainerConfig', 'container_config', CONTAINER_CONFIG_TYPE),
  tag('DockerVersion', 'docker_version', STRING),
  tag('Author', 'author', STRING),
  tag('Config', 'config', { kind: 'ptr', elem: CONTAINER_CONFIG_TYPE }),
  tag('Architecture', 'architecture', STRING),
  tag('Variant', 'variant', STRING),
  tag('OS', 'os', STRING),
  plain('Size', INT64),
]);

const ROOTFS = struct('image.RootFS', [tag('Type', 'type', STRING), tag('DiffIDs', 'diff_ids', { kind: 'slice', elem: DIFF_ID })]);

const HISTORY = struct('image.History', [
  tag('Created', 'created', { kind: 'time' }),
  tag('Author', 'author', STRING),
  tag('CreatedBy', 'created_by', STRING),
  tag('Comment', 'comment', STRING),
  tag('EmptyLayer', 'empty_layer', BOOL),
]);

/** image.Image, decoded with json.Unmarshal (image.NewFromJSON). */
export const IMAGE_TYPE: GoType = struct('image.Image', [
  { go: 'V1Image', json: 'V1Image', type: V1_IMAGE, embedded: true },
  tag('Parent', 'parent', IMAGE_ID),
  tag('RootFS', 'rootfs', { kind: 'ptr', elem: ROOTFS }),
  tag('History', 'history', { kind: 'slice', elem: HISTORY }),
  tag('OSVersion', 'os.version', STRING),
  tag('OSFeatures', 'os.features', STRINGS),
]);
