#!/usr/bin/env bash
# Runs CI (`bash .ci/run`) again and again, each time on a fresh clone of the branch's latest commit,
# and prints one line per run: its number, the commit, the result and the time it took. It stops at
# the first red run unless --keep-going is given. A run's whole output is kept in the log directory.
#   bash scripts/ci-streak.sh [--runs N] [--repo URL] [--branch B] [--logs DIR] [--keep-going]
set -uo pipefail
runs=20 repo="$(cd "$(dirname "$0")/.." && pwd)" branch=main logs="" keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --repo) repo="$2"; shift 2 ;;
    --branch) branch="$2"; shift 2 ;;
    --logs) logs="$2"; shift 2 ;;
    --keep-going) keep=1; shift ;;
    *) echo "ci-streak: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$logs" ] || logs="$(mktemp -d)"
mkdir -p "$logs"
green=0
for i in $(seq 1 "$runs"); do
  work="$(mktemp -d)"
  git clone -q --branch "$branch" "$repo" "$work/strata" || { echo "ci-streak: clone failed" >&2; exit 2; }
  commit="$(git -C "$work/strata" rev-parse --short HEAD)"
  start=$(date +%s)
  (cd "$work/strata" && bash .ci/run) >"$logs/run-$i.log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  if [ $rc -eq 0 ]; then green=$((green + 1)); result=green; else result="red (exit $rc)"; fi
  echo "run $i: $commit $result in ${secs}s (log: $logs/run-$i.log)"
  rm -rf "$work"
  if [ $rc -ne 0 ] && [ $keep -eq 0 ]; then break; fi
done
echo "ci-streak: $green of $i runs green"
[ "$green" -eq "$i" ]
