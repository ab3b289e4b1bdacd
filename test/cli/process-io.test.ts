/**
 * The CLI's process I/O (src/cli/io.ts processIo), in a real process with real pipes: a reader that
 * goes away ends the command quietly with 141, as the docker client dies of SIGPIPE. Runs the built
 * module (dist/, which `npm ci` builds through `prepare`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const IO = fileURLToPath(new URL('../../dist/cli/io.js', import.meta.url));

it('a broken stdout pipe ends the command with 141 and nothing on stderr, not an EPIPE stack trace', async () => {
  expect(existsSync(IO), `${IO} is missing: npm run build`).toBe(true);
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { processIo } from ${JSON.stringify(IO)}; const io = processIo(); for (;;) io.out('line\\n');`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // read the first chunk, then go away, as `| head -1` does
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  expect({ code, err }).toEqual({ code: 141, err: '' });
});
