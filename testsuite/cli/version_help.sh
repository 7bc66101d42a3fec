#!/bin/sh
# --version and --help: print on stdout and exit 0.
. "$ROOT/testsuite/cli/lib.sh"

# --version: one line starting "ownck ".
expect_status 0 "$OWNCK" --version
expect_match out '^ownck [^ ]'
expect_ndiags out 0

# --help: usage on stdout that mentions the options, exit 0.
expect_status 0 "$OWNCK" --help
expect_contains out '--format'
expect_match out '[Uu][Ss][Aa][Gg][Ee]'
expect_ndiags out 0

# The version in the JSON output is the one --version prints.
run "$OWNCK" --version
v=$(head -n 1 "$OUT" | sed 's/^ownck //')
run "$OWNCK" --format=json "$DATA/clean.c"
V="$v" json_check "--version and the JSON tool.version agree" '
assert d["tool"]["name"] == "ownck", d["tool"]
assert d["tool"]["version"] in os.environ["V"], (d["tool"]["version"], os.environ["V"])'

finish
