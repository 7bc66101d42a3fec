#!/bin/sh
# --format=json: exactly one JSON object on stdout, keys in the documented
# order with the documented types, no text output mixed in, the same exit
# status as the text output, and stats that count files and functions.
. "$ROOT/testsuite/cli/lib.sh"

# A file with three findings.
expect_status 1 "$OWNCK" --format=json "$DATA/three_rules.c"
expect_empty err
json_check_shape "three_rules.c"
expect_not_contains out 'generated.'
json_check "three_rules.c: counts" '
assert len(d["diagnostics"]) == 3, d["diagnostics"]
assert d["errors"] == [], d["errors"]
assert d["stats"] == {"files": 1, "functions": 3, "diagnostics": 3}, d["stats"]
assert all(x["fixits"] == [] for x in d["diagnostics"]), d["diagnostics"]
assert all(x["notes"] for x in d["diagnostics"]), "every finding here has a note"'

# A clean file: empty lists, status 0.
expect_status 0 "$OWNCK" --format=json "$DATA/clean.c"
json_check_shape "clean.c"
json_check "clean.c: counts" '
assert d["diagnostics"] == [] and d["errors"] == [], d
assert d["stats"] == {"files": 1, "functions": 3, "diagnostics": 0}, d["stats"]'

# Warnings only: status 0; with --werror 1; the JSON is the same.
expect_status 0 "$OWNCK" --format=json "$DATA/warn_only.c"
json_check_shape "warn_only.c"
save warn
expect_status 1 "$OWNCK" --format=json --werror "$DATA/warn_only.c"
expect_same "$TMP/warn" "$OUT" "JSON with and without --werror"

# Several files: one object for all of them.
expect_status 1 "$OWNCK" --format=json "$DATA/clean.c" "$DATA/move_use.c" "$DATA/mixed.c"
json_check_shape "three files"
json_check "three files: counts" '
assert d["stats"]["files"] == 3, d["stats"]
assert d["stats"]["functions"] == 3 + 1 + 3, d["stats"]
assert len(d["diagnostics"]) == 1 + 3, d["diagnostics"]
files = [x["location"]["file"] for x in d["diagnostics"]]
assert sorted(set(files)) == ["testsuite/cli/data/mixed.c", "testsuite/cli/data/move_use.c"], files'

# --quiet and --color do not add anything to the JSON.
run "$OWNCK" --format=json "$DATA/mixed.c"
save plain
expect_status 1 "$OWNCK" --format=json --quiet --color=never "$DATA/mixed.c"
expect_same "$TMP/plain" "$OUT" "JSON with and without --quiet"

# --format=text is the default.
expect_status 1 "$OWNCK" --format=text "$DATA/move_use.c"
save text
run "$OWNCK" "$DATA/move_use.c"
expect_same "$TMP/text" "$OUT" "--format=text vs. the default"

finish
