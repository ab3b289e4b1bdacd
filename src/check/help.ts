/**
 * `strata check --help` and `strata export promela --help`, laid out as docker's client lays out a
 * verb's help. test/cli/own-help.test.ts holds them to the flags the parser takes (main.ts).
 */
import { VERB_NAMES } from './universe.js';
export const CHECK_HELP = `
Usage:  strata check [OPTIONS]

Explore every state a small universe of the model reaches, checking invariants in each

Options:
      --base-tar file    Write the base image's tar (what the script's $BASE_TAR names) to file
      --containers int   At most this many containers at once (default 2)
      --depth int        Explore this many commands from the start (default: until no new state turns up)
      --exec string      What exec runs, as shell words (default "sh -c 'echo e > /e'")
      --images int       At most this many images besides base:1 (default 1)
      --invariant file   Also check an ES module whose default export is (state) => string | null;
                         repeatable
      --lts file         Write the state graph to file, in the Aldebaran format (.aut)
      --prefix string    Put string before every container name and tag of the printed script
      --program string   A program containers are created with, as shell words; repeatable
                         (default: five, from true to a loop that traps TERM)
      --quiet            Print no progress lines
      --script file      Also write the violation's script to file
      --verbs list       The verbs of the alphabet, comma-separated (default: all of those below)
      --workers int      Explore with this many worker threads (default 1)

Verbs: ${VERB_NAMES.join(', ')}

Exit codes: 0 no violation, 1 a violation (its script is printed), 2 the check could not run,
125 bad options.
`;

export const EXPORT_PROMELA_HELP = `
Usage:  strata export promela [OPTIONS]

Write the container lifecycle and the reference-count rules as a Promela model for SPIN

Options:
      --containers int   Containers at once (default 2)
      --exec string      What exec runs, as shell words (default "sh -c 'echo e > /e'")
      --identities int   Containers created in all (default: one more than --containers)
      --images int       Images besides base:1 (default 1)
  -o, --output file      Write the model to file instead of stdout
      --program string   A program containers are created with, as shell words; repeatable
`;
