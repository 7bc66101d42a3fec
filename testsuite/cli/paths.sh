#!/bin/sh
# File names in the output (text and JSON, diagnostics and notes): relative to
# the current directory when the file is under it, else absolute.
. "$ROOT/testsuite/cli/lib.sh"

F=$DATA/move_use.c                     # testsuite/cli/data/move_use.c
use=$(line_of "$F" 'BUG use-after-move')
mv=$(line_of "$F" 'MOVE */')
ABS_ROOT=$(pwd)
PHYS_ROOT=$(pwd -P)

# expect_file_prefix PATH: every diagnostic and note line starts with PATH,
# and the diagnostic is there.
expect_file_prefix() {
	expect_diag out "$1" "$use" error use-after-move
	expect_match out "^$(re_quote "$1"):$mv:[0-9]+: note: "
	_other=$(grep -E -e '^[^ ].*:[0-9]+:[0-9]+: (error|warning|note): ' "$OUT" |
		awk -v p="$1:" 'index($0, p) != 1' | head -n 1)
	[ -z "$_other" ] || { fail "a location not printed as '$1': $_other"; show_last; }
}

# Relative name, run from the root: printed as given.
expect_status 1 "$OWNCK" "$F"
expect_file_prefix testsuite/cli/data/move_use.c

# Absolute name of a file under the current directory: printed relative.
expect_status 1 "$OWNCK" "$ABS_ROOT/$F"
expect_file_prefix testsuite/cli/data/move_use.c

# Run from a subdirectory: relative to it.
run_in testsuite "$OWNCK" cli/data/move_use.c
expect_file_prefix cli/data/move_use.c
run_in testsuite "$OWNCK" "$ABS_ROOT/$F"
expect_file_prefix cli/data/move_use.c
run_in testsuite/cli/data "$OWNCK" move_use.c
expect_file_prefix move_use.c

# A file outside the current directory: absolute, whether it was named
# relatively ("../move_use.c") or absolutely.
run_in testsuite/cli/data/inc "$OWNCK" ../move_use.c
if grep -q -F -e "$PHYS_ROOT/$F:" "$OUT"; then
	expect_file_prefix "$PHYS_ROOT/$F"
else
	expect_file_prefix "$ABS_ROOT/$F"
fi
run_in "$TMP" "$OWNCK" "$ABS_ROOT/$F"
if grep -q -F -e "$PHYS_ROOT/$F:" "$OUT"; then
	expect_file_prefix "$PHYS_ROOT/$F"
else
	expect_file_prefix "$ABS_ROOT/$F"
fi

# A copy in the scratch directory, analyzed from the root: absolute.
cp "$F" "$TMP/copy.c"
PHYS_TMP=$(cd "$TMP" && pwd -P)
expect_status 1 "$OWNCK" "$TMP/copy.c"
if grep -q -F -e "$PHYS_TMP/copy.c:" "$OUT"; then
	expect_file_prefix "$PHYS_TMP/copy.c"
else
	expect_file_prefix "$TMP/copy.c"
fi
case $TMP in
/*) ;;
*) fail "mktemp gave a relative directory: $TMP" ;;
esac

# JSON: location.file and the notes' location.file follow the same rule.
expect_status 1 "$OWNCK" --format=json "$ABS_ROOT/$F"
json_check "JSON file names under the current directory" '
for x in d["diagnostics"]:
    assert x["location"]["file"] == "testsuite/cli/data/move_use.c", x["location"]
    for n in x["notes"]:
        assert n["location"]["file"] == "testsuite/cli/data/move_use.c", n["location"]
assert d["diagnostics"], d'
run_in "$TMP" "$OWNCK" --format=json "$ABS_ROOT/$F"
ABS="$ABS_ROOT/$F" PHYS="$PHYS_ROOT/$F" json_check "JSON file names outside the current directory" '
ok = (os.environ["ABS"], os.environ["PHYS"])
for x in d["diagnostics"]:
    assert x["location"]["file"] in ok, x["location"]
    for n in x["notes"]:
        assert n["location"]["file"] in ok, n["location"]
assert d["diagnostics"], d'

finish
