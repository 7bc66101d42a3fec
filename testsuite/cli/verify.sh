#!/bin/sh
# --verify FILE...: exit 0 when every "// expect: RULE" comment matches a
# diagnostic on its line and no other diagnostic appears; exit 1 with a
# message naming the line otherwise. Also "// expect-note: TEXT",
# "// expect: A, B" and a first line "// ownck-args: ARGS".
. "$ROOT/testsuite/cli/lib.sh"

# expect_names_line LINE: stdout or stderr names line LINE (":LINE" or "line LINE").
expect_names_line() {
	if ! cat "$OUT" "$ERR" | grep -q -E -e "(:|[Ll]ine )$1([^0-9]|\$)"; then
		fail "expected the --verify output to name line $1"
		show_last
	fi
}

# Correct expectations: 0.
expect_status 0 "$OWNCK" --verify "$DATA/verify_ok.c"
expect_status 0 "$OWNCK" --verify "$DATA/verify_multi.c"
expect_status 0 "$OWNCK" --verify "$DATA/verify_note.c"
# A file without any expectation and without findings: 0.
expect_status 0 "$OWNCK" --verify "$DATA/clean.c"
# Several good files at once.
expect_status 0 "$OWNCK" --verify "$DATA/verify_ok.c" "$DATA/verify_multi.c" "$DATA/clean.c"

# A finding with no expectation on its line: 1, naming the line.
F=$DATA/verify_missing.c
L=$(line_of "$F" 'UNEXPECTED')
expect_status 1 "$OWNCK" --verify "$F"
expect_names_line "$L"
cat "$OUT" "$ERR" >"$TMP/both"
expect_contains "$TMP/both" 'double-free'

# An expectation that does not happen: 1, naming the line.
F=$DATA/verify_unmet.c
L=$(line_of "$F" 'expect: use-after-free')
expect_status 1 "$OWNCK" --verify "$F"
expect_names_line "$L"
cat "$OUT" "$ERR" >"$TMP/both"
expect_contains "$TMP/both" 'use-after-free'

# The right line with the wrong rule: 1.
F=$DATA/verify_wrong_rule.c
L=$(line_of "$F" 'expect: use-after-free')
expect_status 1 "$OWNCK" --verify "$F"
expect_names_line "$L"

# A note expectation whose text no note contains: 1, naming the line.
F=$DATA/verify_note_wrong.c
L=$(line_of "$F" 'expect-note:')
expect_status 1 "$OWNCK" --verify "$F"
expect_names_line "$L"

# One bad file among good ones makes the whole run fail, and the good files
# do not hide it, whatever the order.
expect_status 1 "$OWNCK" --verify "$DATA/verify_ok.c" "$DATA/verify_missing.c"
cat "$OUT" "$ERR" >"$TMP/both"
expect_contains "$TMP/both" 'verify_missing.c'
expect_status 1 "$OWNCK" --verify "$DATA/verify_unmet.c" "$DATA/verify_ok.c"

# "// ownck-args: -- -DOWNCK_CLI_BUG=1": the bug and its expectation exist only
# with the macro, so 0 shows the argument reached the compiler.
expect_status 0 "$OWNCK" --verify "$DATA/verify_args.c"
# "// ownck-args: --disable=use-after-free": the one finding is turned off.
expect_status 0 "$OWNCK" --verify "$DATA/verify_disable.c"

# The expectations follow the file, not the file name: a copy elsewhere.
cp "$DATA/verify_ok.c" "$TMP/copy.c"
expect_status 0 "$OWNCK" --verify "$TMP/copy.c"
# Removing an expectation comment from a good file makes it fail.
sed 's|// expect: double-free||' "$DATA/verify_ok.c" >"$TMP/edited.c"
expect_status 1 "$OWNCK" --verify "$TMP/edited.c"
expect_names_line "$(line_of "$DATA/verify_ok.c" 'expect: double-free')"
# Adding one where nothing happens makes it fail too.
L=$(line_of "$DATA/verify_ok.c" 'void fine(void)')
sed "${L}s|\$| // expect: double-free|" "$DATA/verify_ok.c" >"$TMP/added.c"
expect_status 1 "$OWNCK" --verify "$TMP/added.c"
expect_names_line "$L"

# A missing file under --verify is still "could not do its job".
expect_status 2 "$OWNCK" --verify "$TMP/no-such-file.c"

finish
