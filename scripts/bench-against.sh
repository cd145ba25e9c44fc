#!/usr/bin/env bash
# Compares the engine's speed with an earlier commit's on this machine, now: builds both, then runs
# the bench from each in turn (ROUNDS times) so that machine noise falls on both alike, and prints
# the median of each case's median ms.   Usage: npm run bench:against -- REV [ROUNDS]
set -euo pipefail
rev=${1:?usage: npm run bench:against -- REV [ROUNDS]}
rounds=${2:-7}
# shellcheck source=old-build.sh
source "$(dirname "$0")/old-build.sh"
build_old_and_now "$rev"
declare -A dist=([old]="$work/old/dist" [now]="$root/dist")

for _ in $(seq "$rounds"); do
  for build in old now; do
    # A run that trips the bench's own linearity check on a loaded machine still has its timings.
    { node "${dist[$build]}/scripts/bench.js" || true; } | awk -v b="$build" '/^(small|typical|large) /{print b, $1, $5}'
  done
done | node -e '
  const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").map((line) => line.split(" "));
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log("case      " + process.argv[1].padEnd(12) + " now       change");
  for (const name of ["small", "typical", "large"]) {
    const of = (build) => median(rows.filter(([b, c]) => b === build && c === name).map(([, , ms]) => Number(ms)));
    const [old, now] = [of("old"), of("now")];
    console.log(`${name.padEnd(9)} ${old.toFixed(3).padEnd(12)} ${now.toFixed(3).padEnd(9)} ${(((now - old) / old) * 100).toFixed(0)}%`);
  }
' "$rev"
