/**
 * The README's pictures, drawn from the tour's store: the tour's opening steps (an image, a
 * container that changes files and is committed into a second image sharing the first's layer, a
 * container of that image) played on a model in memory whose ids, clock and busybox are fixed, so
 * the pictures are the same on every machine. `npm run pictures` writes them to docs/pictures/;
 * a test checks the committed ones are what the code draws now.
 */
import { DEFAULT_APPLETS, lifecycleDiagram, layersDiagram, makeBaseRootfs } from '../index.js';
import { ModelSession } from '../testing/session.js';

/** The tour's opening steps, after `import ROOTFS base:1` (src/tour/main.ts plays them too). */
export const OPENING: readonly string[] = [
  `create --name web base:1 sh -c 'echo ready > /srv.txt; trap "exit 0" TERM; while :; do sleep 1; done'`,
  'start web',
  `exec web sh -c 'mkdir -p /data && echo hello > /data/greeting; rm /bin/cp'`,
  'commit -m "add greeting" web greet:1',
  'run --name once greet:1 cat /data/greeting',
];

/** A command line's words, as a shell splits simple quoting. */
export const words = (line: string): string[] => [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);

/** The tour's store after its opening, deterministic: seed 1, the model clock, a stand-in busybox. */
export function tourSession(): ModelSession {
  const session = new ModelSession('', { base: makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS) });
  for (const line of OPENING) {
    const r = session.run(words(line));
    if (r.exitCode !== 0) throw new Error(`strata pictures: \`${line}\` failed: ${r.stderr}`);
  }
  return session;
}

/** Each picture's file name under docs/pictures/ and its SVG. */
export async function pictures(): Promise<{ readonly file: string; readonly svg: string }[]> {
  const state = tourSession().state;
  const layers = layersDiagram(state, 'svg', { graph: true });
  if (typeof layers !== 'string' && 'code' in layers) throw new Error(`strata pictures: ${layers.code}`);
  return [
    { file: 'lifecycle.svg', svg: await lifecycleDiagram('svg') },
    { file: 'layers.svg', svg: await layers },
  ];
}
