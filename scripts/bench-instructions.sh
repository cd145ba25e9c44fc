#!/usr/bin/env bash
# Counts the instructions one audit of the bench's typical profile costs, here and at an earlier
# commit, with callgrind: a figure machine load moves far less than time, though not to nothing (the
# same build has counted 26.44 M, 21.81 M and 27.30 M per audit in three runs: V8 still takes some
# decisions by the clock); compare builds within one run and read several runs. Each build runs the
# current bench (`--typical-runs`) with WARM and with WARM + RUNS audits; the difference divided by RUNS is
# the cost of an audit once the engine is warm (as `npm run bench` times it after its warm-up, and as
# a worker runs after AUDIT_ENGINE_WARM_UP_RUNS). With WARM=0 the count includes V8 compiling the
# engine, over half of the first hundred audits' instructions. Both builds audit the same profile,
# built from this checkout's docs/examples. Node runs with --predictable: without it V8's heap and
# compiler heuristics follow the clock, and two counts of one build moved by up to 11% on a loaded
# machine; with it two counts of one build have differed by a few hundred instructions in 14 G,
# and by up to 20% per audit in other runs (README, Measured).
# Usage: npm run bench:instructions -- REV [RUNS] [WARM]   (defaults 300 and 200; about 15 minutes)
set -euo pipefail
rev=${1:?usage: npm run bench:instructions -- REV [RUNS]}
runs=${2:-300}
warm=${3:-200}
command -v valgrind >/dev/null || { echo 'valgrind is needed: apt-get install -y valgrind' >&2; exit 1; }
# shellcheck source=old-build.sh
source "$(dirname "$0")/old-build.sh"
build_old_and_now "$rev"
# The old build runs this checkout's bench, so both count the same loop over the same profile.
cp "$root/dist/scripts/bench.js" "$work/old/dist/scripts/bench-typical.js"
cp "$root/dist/scripts/bench.js" "$root/dist/scripts/bench-typical.js"

count() { # DIST N -> total instructions of one run
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.%p" node --predictable --single-threaded --hash-seed=1 --random-seed=1 \
    "$1/scripts/bench-typical.js" --examples "$root/docs/examples" --typical-runs "$2" 2>&1 >/dev/null \
    | awk '/Collected :/{print $NF}'
  rm -f "$work"/callgrind.*
}
per_audit() { # DIST -> millions of instructions per audit
  local base full
  base=$(count "$1" "$warm")
  full=$(count "$1" "$((warm + runs))")
  node -e 'console.log(((Number(process.argv[2]) - Number(process.argv[1])) / Number(process.argv[3]) / 1e6).toFixed(2))' "$base" "$full" "$runs"
}
# The two builds are counted side by side: instruction counts do not depend on the other's load.
per_audit "$work/old/dist" > "$work/old.count" &
per_audit "$root/dist" > "$work/now.count"
wait
old=$(cat "$work/old.count")
now=$(cat "$work/now.count")
rm -f "$root/dist/scripts/bench-typical.js"
node -e 'const [rev, old, now] = process.argv.slice(1); console.log(`typical profile, M instructions per warm audit: ${rev} ${old}, now ${now} (${(((now - old) / old) * 100).toFixed(1)}%)`)' "$rev" "$old" "$now"
