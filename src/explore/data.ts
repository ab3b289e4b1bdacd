/**
 * The explorer's data: what `strata explore` embeds in the page (frames.ts computes it, the page in
 * page/ reads it). Plain JSON, imported by both sides, so it imports nothing.
 */

export interface FrameContainer {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly command: string;
  /** moby's status: created, running, paused, restarting, exited… */
  readonly state: string;
  /** what `ps -a` prints in STATUS then: "Up 2 seconds", "Exited (0) 3 seconds ago" */
  readonly status: string;
  /** what `docker diff` lists then */
  readonly changes: readonly string[];
  /** the ChainIDs of the layers under its init layer, top first */
  readonly lower: readonly string[];
}

export interface FrameImage {
  readonly id: string;
  readonly tags: readonly string[];
  /** its layers' ChainIDs, bottom first */
  readonly chain: readonly string[];
}

export interface Frame {
  readonly seq: number;
  readonly time: string;
  readonly containers: readonly FrameContainer[];
  readonly images: readonly FrameImage[];
}

export interface ExploreLayer {
  readonly diffId: string;
  readonly size: string;
  readonly madeBy: string;
}

export interface ExploreEvent {
  readonly seq: number;
  readonly line: number;
  readonly time: string;
  readonly type: string;
  readonly summary: string;
}

export interface ExploreData {
  readonly title: string;
  readonly events: readonly ExploreEvent[];
  /** frames[seq]: the store right after event seq */
  readonly frames: readonly Frame[];
  /** every layer any frame names, by ChainID */
  readonly layers: Readonly<Record<string, ExploreLayer>>;
  /** the lifecycle diagram as SVG (lifecycleDiagram('svg')); the page lights its statuses */
  readonly lifecycleSvg: string;
}
