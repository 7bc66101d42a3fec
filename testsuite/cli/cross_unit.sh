#!/bin/sh
# Summaries across translation units: the allocation (alloc.c), the release
# (release.c) and the use (use.c) of a buffer sit in three files, nothing is
# annotated. Analyzed together, on one command line or through one compile
# database, ownck uses what each function's body does at the calls in the
# other files; alone, use.c calls functions it knows nothing about and ownck
# stays quiet. The verdict is the same for every file order and every -j, in
# every format. Static functions of the same name in two files stay apart.
. "$ROOT/testsuite/cli/lib.sh"

X=$DATA/xtu
U=$X/use.c
expect_findings() {   # the five bugs of use.c, nothing else
	expect_diag out "$U" "$(line_of "$U" 'return (int)b->len;')" warning use-after-free
	expect_diag out "$U" "$(line_of "$U" 'return report(b);')" warning leak
	expect_diag out "$U" 33 warning double-free
	expect_diag out "$U" "$(( $(line_of "$U" 'buf_drop(b);') + 1 ))" warning use-after-free
	expect_diag out "$U" "$(line_of "$U" 'return (int)r->len;')" warning use-after-free
	expect_ndiags out 5
	expect_contains out "note: 'b' released here by 'buf_free'"
	expect_contains out "note: 'b' allocated here by 'buf_new'"
	expect_contains out "alloc.c:4:13: note: 'buf_new', defined here, returns memory the caller owns (inferred from its body)"
	expect_contains out "release.c:6:6: note: 'buf_free', defined here, releases its first parameter on every path (inferred from its body)"
}

expect_status 0 "$OWNCK" -j 1 "$X/alloc.c" "$X/release.c" "$U"
expect_findings
save reference
# use.c alone: buf_new, buf_free, buf_drop are unknown, nothing is said
expect_status 0 "$OWNCK" "$U"
expect_ndiags out 0
# two of the three: without release.c nothing is released, so no use after it
expect_status 0 "$OWNCK" "$X/alloc.c" "$U"
expect_no_diag_at out "$U" "$(line_of "$U" 'return (int)b->len;')"

# every order of the files, -j 1, 2 and 3: byte-identical
for order in "alloc release use" "alloc use release" "release alloc use" "release use alloc" \
             "use alloc release" "use release alloc"; do
	set -- $order
	for j in 1 2 3; do
		expect_status 0 "$OWNCK" -j $j "$X/$1.c" "$X/$2.c" "$X/$3.c"
		expect_same "$TMP/reference" "$OUT" "order '$order' -j $j"
	done
done
for fmt in json sarif; do
	expect_status 0 "$OWNCK" -j 1 --format=$fmt "$X/alloc.c" "$X/release.c" "$U"
	save "$fmt.1"
	expect_status 0 "$OWNCK" -j 3 --format=$fmt "$U" "$X/release.c" "$X/alloc.c"
	expect_same "$TMP/$fmt.1" "$OUT" "$fmt in another order and -j"
done

# one compile database: the same findings
mkdir -p "$TMP/build"
for f in alloc release use; do
	printf '{"directory": "%s", "file": "%s/%s/%s.c", "arguments": ["cc", "-c", "%s.c"]}\n' \
		"$ROOT/$X" "$ROOT" "$X" "$f" "$f"
done | awk 'BEGIN { print "[" } NR > 1 { print "," } { print } END { print "]" }' >"$TMP/build/compile_commands.json"
expect_status 0 "$OWNCK" -p "$TMP/build" -j 2
expect_findings
expect_same "$TMP/reference" "$OUT" "the compile database's run"

# The whole-program rules: a cycle walk (b.c) -> visit (c.c) -> walk, and a
# chain main (a.c) -> walk -> visit -> record (c.c) over 4 KiB; reported
# once each, in the same place, for every order and -j. Off by default.
S=$DATA/xtu_stack
expect_status 0 "$OWNCK" "$S/a.c" "$S/b.c" "$S/c.c"
expect_ndiags out 0
expect_status 1 "$OWNCK" -j 1 --enable=recursion,stack-depth --stack-limit=4096 "$S/a.c" "$S/b.c" "$S/c.c"
expect_ndiags out 2
expect_diag out "$S/b.c" 3 error recursion 5
expect_contains out "'walk' is recursive: walk -> visit -> walk [recursion]"
expect_contains out "$S/c.c:6:12: note: 'visit' calls 'walk' here, closing the cycle"
expect_diag out "$S/a.c" 5 error stack-depth 5
expect_contains out "calls from 'main' can use 5196 bytes of stack, over the limit of 4096 (--stack-limit)"
expect_contains out "$S/c.c:9:12: note: 'record' needs 4100 bytes for its parameters and locals"
save stack
for order in "c b a" "b a c" "c a b"; do
	set -- $order
	for j in 1 3; do
		expect_status 1 "$OWNCK" -j $j --enable=recursion,stack-depth --stack-limit=4096 "$S/$1.c" "$S/$2.c" "$S/$3.c"
		expect_same "$TMP/stack" "$OUT" "whole-program rules, order '$order' -j $j"
	done
done
# the whole program's call graph: a box per file, the cycle in red, valid DOT
expect_status 0 "$OWNCK" --dump-callgraph="$TMP/cycle.dot" "$S/c.c" "$S/a.c" "$S/b.c"
for f in a b c; do grep -q "label=\"$S/$f.c\";" "$TMP/cycle.dot" || fail "no cluster for $f.c"; done
grep -q '^  "walk" \[shape=box, label="walk", color=red\];$' "$TMP/cycle.dot" || fail "walk not red"
grep -q '^  "visit" -> "walk" \[color=red, penwidth=2\];$' "$TMP/cycle.dot" || fail "the closing call not red"
grep -q '^  "main" -> "walk";$' "$TMP/cycle.dot" || fail "main -> walk missing (or red)"
dot -Tsvg "$TMP/cycle.dot" >/dev/null 2>"$TMP/dot.err" && [ ! -s "$TMP/dot.err" ] || fail "dot rejected the call graph"
expect_status 0 "$OWNCK" --dump-callgraph="$TMP/xtu.dot" "$X/use.c" "$X/alloc.c" "$X/release.c"
grep -q '"use_after_release" -> "buf_free";' "$TMP/xtu.dot" || fail "no edge across files"
grep -q '"buf_drop" -> "helper (testsuite/cli/data/xtu/release.c)";' "$TMP/xtu.dot" || fail "static helper of release.c"
grep -q '"report" -> "helper (testsuite/cli/data/xtu/alloc.c)";' "$TMP/xtu.dot" || fail "static helper of alloc.c"

# under the limit: only the cycle
expect_status 1 "$OWNCK" --enable=recursion,stack-depth --stack-limit=6000 "$S/a.c" "$S/b.c" "$S/c.c"
expect_ndiags out 1
expect_contains out '[recursion]'
finish
