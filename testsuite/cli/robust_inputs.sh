#!/bin/sh
# Odd inputs never crash the tool: an empty file (exit 0, no output), a file
# of comments only, one of comments and declarations, the same file given twice, binary garbage (exit 2), a file
# without a final newline, CRLF and lone CR line ends, a path with spaces.
. "$ROOT/testsuite/cli/lib.sh"

# An empty file: 0, nothing on stdout or stderr.
: >"$TMP/empty.c"
expect_status 0 "$OWNCK" "$TMP/empty.c"
expect_empty out
expect_empty err
expect_status 0 "$OWNCK" --werror --quiet "$TMP/empty.c"
expect_empty out
# ... and in JSON: one object, nothing in it.
expect_status 0 "$OWNCK" --format=json "$TMP/empty.c"
json_check_shape "empty file"
json_check "empty file in JSON" '
assert d["diagnostics"] == [] and d["errors"] == [], d
assert d["stats"] == {"files": 1, "functions": 0, "diagnostics": 0}, d["stats"]'
# ... and beside a file with a finding.
expect_status 1 "$OWNCK" "$TMP/empty.c" "$DATA/move_use.c"
expect_ndiags out 1

# Only comments: 0, no output, in every format.
printf '/* a block comment\n * over lines */\n// a line comment\n/* the end */\n' >"$TMP/comments.c"
expect_status 0 "$OWNCK" "$TMP/comments.c"
expect_empty out
expect_empty err
expect_status 0 "$OWNCK" --format=sarif "$TMP/comments.c" "$TMP/empty.c"
json_check "comments and an empty file in SARIF" '
r = d["runs"][0]
assert r["results"] == [] and r["invocations"][0]["executionSuccessful"] is True, r["invocations"]'

# Only comments and declarations: 0, no output.
printf '/* nothing here */\n// nor here\nextern int x;\nvoid f(void);\n' >"$TMP/decls.c"
expect_status 0 "$OWNCK" "$TMP/decls.c"
expect_empty out

# The same file twice: analyzed without trouble; the finding (one rule at one
# place) is reported once.
F=$DATA/move_use.c
L=$(line_of "$F" 'BUG use-after-move')
expect_status 1 "$OWNCK" "$F" "$F"
expect_diag out "$F" "$L" error use-after-move
expect_ndiags out 1
expect_last_line out '1 error generated.'
save twice
run "$OWNCK" -j 2 "$F" "$F"
expect_same "$TMP/twice" "$OUT" "a file given twice, -j 1 vs. -j 2"
expect_status 1 "$OWNCK" "$F" "$ROOT/$F"
expect_ndiags out 1

# Binary garbage named .c: 2, no crash. Deterministic bytes (NULs, high
# bytes, control characters, stray quotes and brackets).
python3 -c '
import random, sys
r = random.Random(20240601)
sys.stdout.buffer.write(b"\x7fELF\x02\x01\x01\x00" + bytes(r.randrange(256) for _ in range(8192)))
' >"$TMP/garbage.c"
expect_status 2 "$OWNCK" "$TMP/garbage.c"
expect_match err 'error'
expect_ndiags out 0
expect_status 2 "$OWNCK" --format=json "$TMP/garbage.c"
json_check "garbage in JSON" '
assert len(d["errors"]) == 1 and d["errors"][0]["file"].endswith("garbage.c"), d["errors"]'
# The start of a real executable (the analyzer's own), with another file.
head -c 65536 "$OWNCK" >"$TMP/binary.c"
expect_status 2 "$OWNCK" "$TMP/binary.c" "$F"
expect_diag out "$F" "$L" error use-after-move
# Only NUL bytes, and a lone unterminated comment: never a crash.
head -c 4096 /dev/zero >"$TMP/zeros.c"
run "$OWNCK" "$TMP/zeros.c"
[ "$status" -le 2 ] || fail "NUL bytes: status $status"
printf '/* never closed\nint x;\n' >"$TMP/open-comment.c"
expect_status 2 "$OWNCK" "$TMP/open-comment.c"

# No newline at the end, the bug on the last line.
{
	sed -n "1,$((L - 1))p" "$F"
	printf '    buf[0] = 1; }'
} >"$TMP/no-newline.c"
expect_status 1 "$OWNCK" "$TMP/no-newline.c"
expect_match out "no-newline\\.c:$L:5: error: .*\\[use-after-move\\]\$"
expect_ndiags out 1

# CRLF line ends: the same finding at the same line and column.
sed 's/$/\r/' "$F" >"$TMP/crlf.c"
expect_status 1 "$OWNCK" "$TMP/crlf.c"
expect_match out "crlf\\.c:$L:5: error: .*\\[use-after-move\\]"
expect_ndiags out 1

# Line ends of a lone CR (old Mac files), as clang counts lines: the finding
# at the same line and column, and the line shown under it is that line.
tr '\n' '\r' <"$F" >"$TMP/cr.c"
expect_status 1 "$OWNCK" "$TMP/cr.c"
expect_match out "cr\\.c:$L:5: error: .*\\[use-after-move\\]"
expect_contains out "$(printf '%5d | ' "$L")$(sed -n "${L}p" "$F")"
expect_ndiags out 1

# A directory and a file name with spaces.
mkdir "$TMP/with space"
cp "$F" "$TMP/with space/move use.c"
expect_status 1 "$OWNCK" "$TMP/with space/move use.c"
expect_contains out "with space/move use.c:$L:5: error: "
expect_status 1 "$OWNCK" --format=json "$TMP/with space/move use.c"
json_check "a path with spaces in JSON" '
assert d["diagnostics"][0]["location"]["file"].endswith("with space/move use.c"), d["diagnostics"]'

# A C++ file in a mixed project's compile database: a constructor call has
# no callee expression (S s; is a CXXConstructExpr without children), and
# was lowered as a call through itself until the nesting limit, skipping the
# function as 20000 levels deep. It is a call of an unknown function.
cat >"$TMP/local_union.cpp" <<'CPP'
typedef unsigned int u32;
struct S { int a; S(); S(int); };
static inline u32 ival(const unsigned char *buf, int pos)
{
	union { const unsigned char *b; const u32 *num; } u;
	u.b = buf + pos;
	return *u.num;
}
int use(const unsigned char *p, int x) { S s; S t(x); return (int)ival(p, 0) + s.a + t.a; }
CPP
expect_status 0 "$OWNCK" --stats "$TMP/local_union.cpp"
expect_not_contains err 'not analyzed'
expect_contains err '(0 skipped)'

finish
