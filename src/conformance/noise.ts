/** The engine's own nondeterminism in what `docker events` and `docker build` print, taken out of the comparison. */

/**
 * An image prune untags and deletes its images in the order of a Go map walk, which changes from run
 * to run of the engine: after one, each run of consecutive `image untag`/`image delete` lines is
 * compared as a set — sorted once masked, since the images' ids differ between the sides but their
 * masks (numbered as each first appears) do not. Without an image prune their order is compared as it is.
 */
export function prunedInAnyOrder(masked: string): string {
  const lines = masked.split('\n');
  const pruned = (l: string): boolean => /(?:^| )image (?:untag|delete) /.test(l);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && pruned(lines[j]!)) j++;
    if (j - i > 1) lines.splice(i, j - i, ...lines.slice(i, j).sort());
    i = Math.max(j, i + 1);
  }
  return lines.join('\n');
}

/**
 * A commit that fails after pausing the container (an invalid --change) logs pause and unpause,
 * and the 20.10 engine sometimes logs that pair twice (observed: 2 of 4 identical commits). The
 * model logs it once; a repeated pair is taken for one.
 */
export function oncePerPause(text: string): string {
  const lines = text.split('\n');
  const key = (l: string | undefined): string => (l ?? '').replace(/^\S+Z /, '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const pair = / container pause /.test(` ${key(lines[i])}`) && / container unpause /.test(` ${key(lines[i + 1])}`);
    out.push(lines[i]!);
    if (pair && key(lines[i + 2]) === key(lines[i]) && key(lines[i + 3]) === key(lines[i + 1])) {
      out.push(lines[i + 1]!);
      i += 3;
    }
  }
  return out.join('\n');
}

/**
 * A build's stream shows each read of a RUN container's stderr pipe as one red-wrapped chunk, and a
 * read takes what the process wrote since the last one: ash writes its own messages in three writes
 * (`/bin/sh: `, the message, the newline), which the engine's reads take apart or together as the
 * timing falls (seen apart, under a USER whose writes fail). Consecutive stderr chunks are joined
 * on both sides; the model writes such a message as one.
 */
export const joinedStderrChunks = (text: string): string => text.split('\u001b[0m\u001b[91m').join('');
