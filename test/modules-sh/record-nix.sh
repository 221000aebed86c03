#!/usr/bin/env bash
# Records what the real Nix prints for the checks of nixpkgs' lib/tests/modules.sh
# between two lines, one JSON object a line:
#   {line, kind: "output"|"error"|"expression", pattern, attr, modules, env, rc, out, err, nixPasses}
# `out` is nix-instantiate's --json output, `err` its stderr (without --show-trace),
# `nixPasses` whether this Nix passes the check itself (modules.sh's own test).
# Usage: NIXPKGS_LIB=/path/to/nixpkgs/lib test/modules-sh/record-nix.sh FROM TO > records.jsonl
# Needs nix-instantiate and jq. Nix 2.8 has no `abort-on-warn`: for ABORT_ON_WARN=1
# checks `err` holds the warning Nix printed instead of the error.
set -u -o pipefail
FROM=$1
TO=$2
lib=${NIXPKGS_LIB:?set NIXPKGS_LIB to a nixpkgs lib/ folder (nixpkgs.lib de42d442)}
src="$lib/tests/modules.sh"
cd "$lib/tests/modules" || exit 1
errfile=$(mktemp)
trap 'rm -f "$errfile"' EXIT

record() {
  local kind=$1 pattern=$2 attr=$3
  shift 3
  local nix_args=(--timeout 1 --eval-only --read-write-mode --json)
  if [ "${ABORT_ON_WARN-0}" = 1 ]; then nix_args+=(--option abort-on-warn true); fi
  if [ "${STRICT_EVAL-0}" = 1 ]; then nix_args+=(--strict); fi
  local script="import ./default.nix { modules = [ $* ];}"
  local out rc trace ok=false
  out=$(nix-instantiate "${nix_args[@]}" -E "$script" -A "$attr" 2>"$errfile")
  rc=$?
  trace=$(nix-instantiate "${nix_args[@]}" --show-trace -E "$script" -A "$attr" 2>&1 >/dev/null)
  if [ "$kind" = output ]; then
    if [ "$rc" = 0 ] && grep -E --silent "$pattern" <<<"$out"; then ok=true; fi
  elif [ "$rc" != 0 ] && grep -zP --silent "$pattern" <<<"$trace"; then
    ok=true
  fi
  jq -nc --argjson line "$CUR_LINE" --arg kind "$kind" --arg pattern "$pattern" --arg attr "$attr" \
    --arg modules "$*" \
    --arg env "${ABORT_ON_WARN:+ABORT_ON_WARN=1}${REQUIRE_INFINITE_RECURSION_HINT:+REQUIRE_INFINITE_RECURSION_HINT=1}${STRICT_EVAL:+STRICT_EVAL=1}" \
    --argjson rc "$rc" --arg out "$out" --rawfile err "$errfile" --argjson ok "$ok" \
    '{line: $line, kind: $kind, pattern: $pattern, attr: $attr, modules: ($modules | split(" ")), env: $env, rc: $rc, out: $out, err: $err, nixPasses: $ok}'
}
checkConfigOutput() { record output "$@"; }
checkConfigError() { record error "$@"; }
# an expression file that must evaluate (strictly) without an error; `out` is what it gave
checkExpression() {
  local out rc
  out=$(nix-instantiate --eval-only --read-write-mode --strict "$1" 2>"$errfile")
  rc=$?
  jq -nc --argjson line "$CUR_LINE" --arg path "$1" --argjson rc "$rc" --arg out "$out" --rawfile err "$errfile" \
    '{line: $line, kind: "expression", path: $path, rc: $rc, out: $out, err: $err, nixPasses: ($rc == 0)}'
}

# the check calls of the range (with their continuation lines), each prefixed by its line number,
# and the range's `set -- …` lines
script=$(awk -v from="$FROM" -v to="$TO" '
  NR >= from && NR <= to {
    if (cont) { print; cont = /\\$/; next }
    if ($0 ~ /^set -- /) { print; next }  # the shared arguments that later checks pass as "$@"
    # (the definitions of the check functions, `checkConfigOutput() {`, are not calls)
    if ($0 ~ /^(ABORT_ON_WARN=1 |REQUIRE_INFINITE_RECURSION_HINT=1 |STRICT_EVAL=1 )?check(ConfigOutput|ConfigError|Expression)/ && $0 !~ /^check[A-Za-z]*\(\)/) {
      printf "CUR_LINE=%d; %s\n", NR, $0
      cont = /\\$/
    }
  }' "$src")
eval "$script"
