#!/usr/bin/env bash
# Property soak: every fast-check property of the test suite under a seed CI has not tried, with
# more runs each. `npm test` always runs one fixed seed, so CI fails only when the code changes;
# new cases are looked for here, on purpose, and each find becomes a fixed regression example in
# its property (README, "Tests").
#
#   npm run soak -- [--seed S] [--runs N] [--file PATH]... [-t NAME]
#
#   --seed S     the seed (default: a random one, printed)
#   --runs N     runs per property of spec/ (SPEC_RUNS; default 200, where npm test runs 25-40)
#   --file PATH  only this test file (repeatable; default: every file that declares a property)
#   -t NAME      only the tests whose name matches NAME (vitest's -t)
#
# No reference engine is started (STRATA_ENGINE=off): the properties run on the model alone.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '7,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
int() { [[ $2 =~ ^-?[0-9]+$ ]] || { echo "soak: $1 wants an integer, got '$2'" >&2; exit 2; }; }

seed=
runs=200
files=()
name=()
while (($# > 0)); do
  case $1 in
    --seed) (($# >= 2)) || usage; int --seed "$2"; seed=$2; shift 2 ;;
    --runs) (($# >= 2)) || usage; int --runs "$2"; runs=$2; shift 2 ;;
    --file) (($# >= 2)) || usage; files+=("$2"); shift 2 ;;
    -t) (($# >= 2)) || usage; name=(-t "$2"); shift 2 ;;
    -h | --help) usage ;;
    *) echo "soak: unknown argument '$1'" >&2; usage ;;
  esac
done
((runs > 0)) || { echo "soak: --runs must be positive" >&2; exit 2; }
# a signed 32-bit seed, as fast-check draws its own
if [ -z "$seed" ]; then seed=$(od -An -N4 -td4 /dev/urandom | tr -d ' '); fi
if ((${#files[@]} == 0)); then
  mapfile -t files < <(grep -rlE 'test\.prop|fc\.(assert|check)\(' spec test --include='*.spec.ts' --include='*.test.ts' | sort)
fi

echo "soak: seed $seed, $runs runs per property, ${#files[@]} files: ${files[*]}" >&2
t0=$SECONDS
status=0
STRATA_SEED=$seed SPEC_RUNS=$runs STRATA_ENGINE=off npx vitest run --testTimeout=0 "${name[@]}" "${files[@]}" || status=$?
if ((status == 0)); then
  echo "soak: seed $seed, $runs runs per property: every property held ($((SECONDS - t0)) s)" >&2
else
  echo "soak: seed $seed, $runs runs per property: FAILED ($((SECONDS - t0)) s). Replay one with" >&2
  echo "  STRATA_SEED=$seed SPEC_RUNS=$runs npx vitest run <file> -t '<test name>'" >&2
  echo "and add its shrunk counterexample to the property's examples (README, \"Tests\")." >&2
fi
exit "$status"
