/**
 * strata: an executable, event-sourced model of Docker Engine 20.10's images, layers and containers.
 * The library is what users import; the `strata` CLI is a thin adaptor over it.
 */
export { Strata, systemEnvironment, type Environment, type StrataOptions, type BeforeAppend } from './strata.js';
export { Reader, type View, type ReaderOptions } from './reader.js';
export type { Command, CommandType, CreateOptions, LayerInput } from './commands.js';
export type { Decision, Reply } from './decision.js';
export type { DeleteRecord } from './image/rmi.js';
export type { LoadRecord } from './image/load.js';
export { decide } from './decide.js';
export { evolve, apply, replay } from './evolve.js';
export { ACTIONS, EVENT_TYPES, type Envelope, type Event, type EventType } from './events.js';
export {
  initialState,
  statusOf,
  type Container,
  type ContainerState,
  type HostConfig,
  type Image,
  type Layer,
  type LogEntry,
  type State,
  type Status,
} from './state.js';
export { type DockerError, type ErrorCode, type Category, render, categoryOf } from './core/errors.js';
export type { Context } from './core/context.js';
export * as table from './core/table.js';
export { containerMachine, allows, VERBS, type Verb } from './container/machine.js';
export { findContainer, isError } from './container/resolve.js';
export { nextWake } from './container/timers.js';
export { containerBase, lowerStack, ownerNamesOf } from './container/stack.js';
export { findImage, tagsOf } from './image/resolve.js';
export { parseReference } from './image/reference.js';
export type { ContainerConfig, ImageConfig, HistoryEntry } from './image/config.js';
export type { Change, Changeset, Digest, Node, Whiteout } from './layer/changeset.js';
export { diff, type DiffEntry } from './layer/diff.js';
export { lookup, list, walk, type Stack } from './layer/union.js';
export { chainIds } from './layer/digest.js';
export { sha256, chainId, EMPTY_LAYER_DIFF_ID } from './layer/digest.js';
export { readLayerTar, readLayerTarSync, type LayerTar, type TarError } from './layer/tar-read.js';
export { writeLayerTar, writeFlatTar } from './layer/tar-write.js';

export { writeImageArchive, type ArchiveFormat, type SavedImage } from './image/archive/write.js';
export { readImageArchive, readOciLayout, type LoadArchive } from './image/archive/read.js';
export { makeBaseRootfs, DEFAULT_APPLETS } from './layer/rootfs.js';
export { loadBusybox, busyboxAvailable } from './host/busybox.js';
export { MemoryStore, type Store } from './log/store.js';
export { FileLog, type FileLogHooks } from './log/file-log.js';
export { StoreError, type StoreFault, STORE_EXIT_CODE } from './log/errors.js';
export { listContainers } from './view/ps.js';
export { listImages, historyRows } from './view/images.js';
export { inspectContainer, inspectImage } from './view/inspect.js';
export { containerDiff } from './view/diff.js';
export { eventLines } from './view/events.js';

// What the CLI (src/cli/) and the conformance drivers (src/conformance/) need besides the above, which
// they import from here and nowhere else of the library (the walls in .dependency-cruiser.cjs): the
// views' rows and docker's default table formats, the events stream's window and filters, docker's
// --format templates, references as the CLI reads them, the build context read from its directory,
// the store's check, the Go formatting and parsing whose text docker's output shows, the diagrams'
// formats and the page `strata explore` writes.
export { PS_HEADER, PS_TABLE, PS_TABLE_SIZE, psRow, psProbe, imageColumns } from './view/ps.js';
export { logMessages, logsWindow, logTimestamp } from './view/logs.js';
export { topTable } from './view/top.js';
export { IMAGES_HEADER, IMAGES_TABLE, IMAGES_TABLE_DIGEST, imageRow, HISTORY_HEADER, HISTORY_TABLE, HISTORY_TABLE_NOT_HUMAN, historyRow } from './view/images.js';
export {
  type EventMessage,
  eventMessages,
  eventLine,
  eventFilters,
  eventWindow,
  bufferedEvents,
  includes as eventFiltersInclude,
  messageValue,
  timeNano,
} from './view/events.js';
export { type Template, type TemplateError, isTemplateError, parseTemplate, execute as executeTemplate, executePartial, preFormat, renderFormat } from './template/index.js';
export { isReference, refString, type Reference } from './image/reference.js';
export { clientStopSeconds } from './container/stop-timeout.js';
export { humanSize } from './core/time.js';
export type { Output } from './sh/index.js';
export { buildContext } from './build/context.js';
export { readContext } from './build/context-fs.js';
export { checkStore, type StoreReport } from './log/check.js';
export { marshal as goMarshal, indent as goIndent } from './go/json/index.js';
export { versionInfo, versionText, infoData, infoText, goPlatform, type HostFacts } from './view/system.js';
export { DF, buildCacheLine, dfRows, dfVerboseRows, dfVerboseValue } from './view/df.js';
export { goQuote, parseGoInt, numError as goNumError } from './go/strconv.js';
export { exploreData, type ExploreData } from './explore/frames.js';
export { writeExplorer } from './explore/write.js';
// docker cp (cli/cp.ts): the daemon's stat of a path, the tar read from stdin, the tar written out, Go's path functions
export { statPath, type CopyArchive, type CopyEntry, type PathStat, type PathArchive } from './container/cp.js';
export { readCopyArchive } from './layer/tar-read.js';
export { writeCopyTar } from './layer/tar-write.js';
export { goBase, goClean, goDir, goJoin } from './go/path.js';

export { testEnvironment, type TestEnvironment } from './testing/environment.js';
export { dockerCli, type DockerCliOptions, type DockerCliResult } from './cli/embedded.js';
export type { ShFs, Stat, Errno, NodeType } from './sh/fs.js';
// pictures and the log, for design documentation: drawn from the model itself
export { lifecycleDiagram, lifecycleGraph, type LifecycleGraph, type LifecycleEdge, type LifecycleOptions } from './diagram/lifecycle.js';
export { layersDiagram, layersGraph, type LayersGraph, type LayersOptions, type LayerBox, type ImageBox, type ContainerBox } from './diagram/layers.js';
export { type Format as DiagramFormat, FORMATS as DIAGRAM_FORMATS, isFormat as isDiagramFormat } from './diagram/text.js';
export { logEvents, logLines, type LogEvent, type LogLine, type LogWindow } from './view/log.js';
export { pastView, isPastTheEnd, type PastTheEnd } from './view/past.js';
