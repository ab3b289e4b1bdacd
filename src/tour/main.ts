/**
 * `npm start`: the whole story, played through the strata CLI on a busybox root filesystem the
 * project makes itself. Each command is printed with its output, then the layer stack it left.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';
import * as table from '../core/table.js';
import { humanSize } from '../core/time.js';
import { busyboxAvailable, loadBusybox } from '../host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../layer/rootfs.js';
import { tagsOf } from '../image/resolve.js';
import { Strata } from '../strata.js';
import { OPENING, words } from './pictures.js';

const home = mkdtempSync(join(tmpdir(), 'strata-tour-'));
const work = mkdtempSync(join(tmpdir(), 'strata-tour-files-'));
const base = join(work, 'rootfs.tar');

const short = (d: string): string => d.replace(/^sha256:/, '').slice(0, 12);

function io(input: Uint8Array = new Uint8Array()): Io {
  return {
    out: (t) => process.stdout.write(indent(t)),
    err: (t) => process.stdout.write(indent(t)),
    outBytes: (b) => process.stdout.write(`    (${b.length} bytes of tar)\n`),
    stdoutIsTerminal: false,
    stdinIsTerminal: false,
    stdin: async () => input,
    home,
    env: {},
  };
}

const indent = (t: string): string => t.replace(/^(?=.)/gm, '    ');

/** The layer graph after a step: every image's chain, every container's RW layer on top of its image. */
function stack(): void {
  const s = Strata.open(home);
  try {
    const st = s.state;
    const lines: string[] = [];
    for (const img of [...table.values(st.images)].sort((a, b) => a.created - b.created)) {
      const tags = tagsOf(st, img.id).join(', ') || '<none>';
      const chain = img.chain.map((c) => `${short(c)} (${humanSize(table.get(st.layers, c)?.size ?? 0)})`).join(' <- ');
      lines.push(`image ${short(img.id)} [${tags}]: ${chain || '(no layers)'}`);
    }
    for (const c of [...table.values(st.containers)].sort((a, b) => a.created - b.created)) {
      lines.push(`container ${c.name}: RW layer with ${c.rw.size} entr${c.rw.size === 1 ? 'y' : 'ies'} on ${c.layer ? short(c.layer) : 'nothing'}`);
    }
    console.log(`  -- layer stack: ${lines.length === 0 ? '(empty)' : ''}`);
    for (const l of lines) console.log(`     ${l}`);
  } finally {
    s.close();
  }
}

async function $(line: string, input?: Uint8Array): Promise<void> {
  console.log(`\n$ strata ${line}`);
  const code = await main(words(line), io(input));
  if (code !== 0) console.log(`  [exit ${code}]`);
  stack();
}

async function tour(): Promise<void> {
  writeFileSync(base, makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS));
  console.log(`strata tour — store: ${home}`);
  console.log(busyboxAvailable() ? 'base rootfs: /bin/busybox and its applet links' : 'base rootfs: a placeholder busybox (the model never executes it)');
  await $(`import ${base} base:1`);
  // the opening the README's pictures are drawn from (pictures.ts), then what it left
  for (const line of OPENING) await $(line);
  await $('diff web');
  await $('ps -a');
  await $('images');
  await $('images -a');
  await $('history greet:1');
  await $('stop -t 5 web');
  await $(`run -d --name stubborn base:1 sleep 1000`);
  await $('kill stubborn');
  await $('ps -a');
  await $('rmi greet:1');
  await $(`export -o ${join(work, 'web.tar')} web`);
  await $(`import ${join(work, 'web.tar')} flat:1`);
  await $('history flat:1');
  await $('rm web once stubborn');
  await $('rmi greet:1');
  await $('images -a');
  await $("inspect -f '{{json .RootFS.Layers}}' flat:1");
  // build: run, change, commit for every instruction; a second build is all cache hits
  const ctx = join(work, 'app');
  mkdirSync(ctx);
  writeFileSync(join(ctx, 'hello.txt'), 'hello from the build context\n');
  writeFileSync(
    join(ctx, 'Dockerfile'),
    ['FROM base:1', 'ENV GREETING=hi', 'RUN mkdir -p /app && echo data > /app/data.txt', 'RUN rm /app/data.txt', 'WORKDIR /app', 'COPY hello.txt /app/', 'CMD ["cat", "/app/hello.txt"]', ''].join('\n'),
  );
  await $(`build -t app:1 ${ctx}`);
  await $('history app:1');
  await $(`build -t app:1 ${ctx}`);
  await $('run --rm app:1');
  await $('images -a');
  // save keeps every layer with its metadata; load brings the same images (same ids) back
  const archive = join(work, 'images.tar');
  await $(`save -o ${archive} app:1 base:1`);
  await $('rmi app:1');
  await $(`load -i ${archive}`);
  await $('history app:1');
  await $(`save --format oci -o ${join(work, 'oci.tar')} app:1`);
  // `events` alone streams what happens from now on; `--until 0` is every event the engine keeps, then exit
  await $('events --until 0');
}

try {
  await tour();
} finally {
  rmSync(home, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
