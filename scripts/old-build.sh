# Sourced by the scripts that compare this checkout with an earlier commit (bench-against.sh,
# bench-instructions.sh): builds REV in a temporary worktree and this checkout, both with this
# checkout's node_modules. Sets `root` (this checkout) and `work` (the temporary folder; the old build
# is "$work/old/dist"); everything is removed on exit.   Usage: build_old_and_now REV
build_old_and_now() {
  root=$(git rev-parse --show-toplevel)
  work=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  git -C "$root" worktree add -q --detach "$work/old" "$1"
  ln -s "$root/node_modules" "$work/old/node_modules"
  (cd "$work/old" && npm run build --silent >/dev/null)
  (cd "$root" && npm run build --silent >/dev/null)
  # The old build finds ../shared beside its worktree, as the repo's own dist/ finds it beside the repo.
  ln -s "$(cd "$root/.." && pwd)/shared" "$work/shared"
}
