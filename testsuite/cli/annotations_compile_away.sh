#!/bin/sh
# The annotations compile away: a file using every macro of ownck.h compiles
# cleanly with gcc, to the same object code as with the macros defined empty
# by hand or with every annotation deleted from the source; with -D__OWNCK__
# clang sees them as annotate attributes with the documented strings.
. "$ROOT/testsuite/cli/lib.sh"

SRC=$DATA/annotated_all.c
INC=$ROOT/annotations

# Every macro really is used.
for m in OWNED BORROW BORROW_MUT OUT_OWNED 'LIFETIME(a)'; do
	expect_contains "$SRC" "$m "
done

# The same code, with an ownck.h written by hand whose macros are empty ...
mkdir "$TMP/empty"
cat >"$TMP/empty/ownck.h" <<'H'
#define OWNED
#define BORROW
#define BORROW_MUT
#define OUT_OWNED
#define LIFETIME(a)
H
# ... and with the annotations deleted from the source.
sed -E 's/\b(OWNED|BORROW_MUT|BORROW|OUT_OWNED)\b//g; s/\bLIFETIME\([a-z]+\)//g' "$SRC" >"$TMP/bare.c"
if grep -q -E '\b(OWNED|BORROW|BORROW_MUT|OUT_OWNED|LIFETIME)\b' "$TMP/bare.c"; then
	fail "test setup: annotations left in bare.c"
fi

# dis OBJ: disassembly and section contents, without the line naming the file.
dis() {
	objdump -d -s "$1" | grep -v 'file format'
}

if command -v gcc >/dev/null 2>&1 && command -v objdump >/dev/null 2>&1; then
	CFLAGS="-std=c11 -O2 -Wall -Wextra -Werror"
	# shellcheck disable=SC2086
	expect_status 0 gcc $CFLAGS -c -I"$INC" "$SRC" -o "$TMP/real.o"
	# shellcheck disable=SC2086
	expect_status 0 gcc $CFLAGS -c -I"$TMP/empty" "$SRC" -o "$TMP/empty.o"
	# shellcheck disable=SC2086
	expect_status 0 gcc $CFLAGS -c -I"$INC" "$TMP/bare.c" -o "$TMP/bare.o"
	dis "$TMP/real.o" >"$TMP/real.dis"
	dis "$TMP/empty.o" >"$TMP/empty.dis"
	dis "$TMP/bare.o" >"$TMP/bare.dis"
	grep -q '<demo>:' "$TMP/real.dis" || fail "objdump shows no function demo"
	grep -q 'Contents of section .data' "$TMP/real.dis" || fail "objdump shows no .data"
	expect_same "$TMP/real.dis" "$TMP/empty.dis" "objdump: ownck.h vs. empty macros"
	expect_same "$TMP/real.dis" "$TMP/bare.dis" "objdump: ownck.h vs. annotations deleted"
	# Stripped, the object files are byte-identical.
	strip -o "$TMP/real.s.o" "$TMP/real.o" && strip -o "$TMP/bare.s.o" "$TMP/bare.o" &&
		strip -o "$TMP/empty.s.o" "$TMP/empty.o"
	expect_same "$TMP/real.s.o" "$TMP/empty.s.o" "stripped objects: ownck.h vs. empty macros"
	expect_same "$TMP/real.s.o" "$TMP/bare.s.o" "stripped objects: ownck.h vs. annotations deleted"
else
	fail "gcc and objdump are needed (scripts/deps.sh installs gcc)"
fi

# Without __OWNCK__ the preprocessed code has no trace of the annotations.
if command -v clang >/dev/null 2>&1; then
	expect_status 0 clang -E -P -I"$INC" "$SRC"
	expect_not_contains out 'annotate('
	expect_not_contains out 'ownck::'
	# clang compiles it too, to the same code as the bare source.
	expect_status 0 clang -std=c11 -O2 -Wall -Wextra -Werror -c -I"$INC" "$SRC" -o "$TMP/clang-real.o"
	expect_status 0 clang -std=c11 -O2 -c -I"$INC" "$TMP/bare.c" -o "$TMP/clang-bare.o"
	dis "$TMP/clang-real.o" >"$TMP/clang-real.dis"
	dis "$TMP/clang-bare.o" >"$TMP/clang-bare.dis"
	expect_same "$TMP/clang-real.dis" "$TMP/clang-bare.dis" "clang objdump: ownck.h vs. annotations deleted"

	# With -D__OWNCK__: annotate attributes with exactly the documented strings.
	expect_status 0 clang -Xclang -ast-dump -fsyntax-only -fno-color-diagnostics -D__OWNCK__ -I"$INC" "$SRC"
	for a in 'ownck::owned' 'ownck::borrow' 'ownck::borrow_mut' 'ownck::out_owned' 'ownck::lifetime:a'; do
		expect_contains out "AnnotateAttr"
		expect_match out "AnnotateAttr .*\"$a\""
	done
	# The attributes sit on the right declarations: OWNED on str_dup itself
	# (a direct child of its FunctionDecl), BORROW on its parameter.
	awk '/^\|-FunctionDecl .* str_dup / { f = 1; next }
	     f && /^\|-/ { exit }
	     f && /^\| [|`]-AnnotateAttr .*"ownck::owned"/ { print "ok"; exit }' "$OUT" |
		grep -q ok || fail "no ownck::owned attribute on the function str_dup"
	awk '/^\|-FunctionDecl .* str_dup / { f = 1; next }
	     f && /^\|-/ { exit }
	     f && /ParmVarDecl/ { p = 1; next }
	     f && p && /AnnotateAttr .*"ownck::borrow"/ { print "ok"; exit }' "$OUT" |
		grep -q ok || fail "no ownck::borrow attribute on the parameter of str_dup"
	# Every annotated declaration is accepted without a warning.
	expect_status 0 clang -fsyntax-only -Wall -Wextra -Werror -D__OWNCK__ -I"$INC" "$SRC"
	expect_empty err
	# Without __OWNCK__: no annotate attribute at all.
	expect_status 0 clang -Xclang -ast-dump -fsyntax-only -fno-color-diagnostics -I"$INC" "$SRC"
	expect_not_contains out 'AnnotateAttr'
else
	fail "clang is needed for the -D__OWNCK__ check"
fi

# And ownck, which defines __OWNCK__ itself, reads the file without complaint.
expect_status 0 "$OWNCK" "$SRC"
expect_empty out

finish
