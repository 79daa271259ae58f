#!/usr/bin/env bash
# The README's quick start, run as a new user would on a fresh clone of this repository (its
# committed HEAD): `npm ci` must be quiet (no warnings), `npx post-preflight` must work right
# after it, and the build must not print warnings either. Prints what it checked; exits 1 on
# the first thing that fails. Takes a few minutes (a full install).
#
#   scripts/check-fresh-clone.sh [repository]     (default: this one)
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

git clone -q "$src" "$work/clone"
cd "$work/clone"
echo "clone: $(git log --oneline -1)"

npm ci > "$work/npm-ci.log" 2>&1 || { cat "$work/npm-ci.log"; fail "npm ci failed"; }
if grep -iE "^npm (warn|err)|ERESOLVE|deprecated" "$work/npm-ci.log"; then fail "npm ci printed the warnings above"; fi
echo "npm ci: $(wc -l < "$work/npm-ci.log") lines, no warnings:"
sed 's/^/  | /' "$work/npm-ci.log"

version=$(npx --no-install post-preflight --version 2>&1) || fail "npx post-preflight --version: $version"
echo "npx post-preflight --version: $version"
out=$(npx --no-install post-preflight check tests/fixtures/posts/clean.md 2>&1) || fail "check on a clean post: $out"
echo "npx post-preflight check tests/fixtures/posts/clean.md: exit 0"
set +e
out=$(npx --no-install post-preflight check tests/fixtures/posts/yaml-error.md 2>&1); code=$?
set -e
[ "$code" = 1 ] || fail "check on a broken post exited $code, not 1: $out"
echo "npx post-preflight check tests/fixtures/posts/yaml-error.md: exit 1, $(echo "$out" | tail -1)"

npm run build > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "npm run build failed"; }
if grep -iE "warn|\(!\)|deprecat" "$work/build.log"; then fail "the build printed the warnings above"; fi
echo "npm run build: $(wc -l < "$work/build.log") lines, no warnings"

node scripts/decap-cms.mjs > /dev/null 2> "$work/decap.log" || { cat "$work/decap.log"; fail "Decap CMS for the test site could not be fetched"; }
echo "Decap CMS for the test site and the demo: $(ls .cache/decap-cms)"
echo "OK: the quick start works on a fresh clone."
