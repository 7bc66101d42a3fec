#!/bin/sh
# --dump-cfg=FUNCTION writes the function's control-flow graph as Graphviz
# DOT instead of the findings: one node per block of --dump-ir with its
# statements, edges labelled true/false and by case value. Rendered with
# Debian's graphviz to prove it is valid DOT.
. "$ROOT/testsuite/cli/lib.sh"

cat >"$TMP/shapes.c" <<'C'
#include <stdlib.h>
int pick(int k, const char *s)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    switch (k) {
    case 1: p[0] = s[0]; break;
    case 7: p[0] = "quote\"d"[0]; break;
    default: p[0] = 0;
    }
    for (int i = 0; i < k; i++)
        p[i % 8] ^= (char)i;
    int r = p[0];
    free(p);
    return r;
}
int other(void) { return 0; }
C

expect_status 0 "$OWNCK" --dump-cfg=pick "$TMP/shapes.c"
cp "$OUT" "$TMP/pick.dot"
expect_line out 1 'digraph "pick" {'
expect_last_line out '}'
expect_match out '\[label="true"\];$'
expect_match out '\[label="false", style=dashed\];$'
expect_match out '\[label="1"\];$'
expect_match out '\[label="7"\];$'
expect_match out '\[label="default", style=dashed\];$'
expect_contains out 'call free(OWNED p)'
expect_not_contains out 'other'
expect_empty err
# one node per block of --dump-ir, one edge per successor
expect_status 0 "$OWNCK" --dump-ir "$TMP/shapes.c"
blocks=$(sed -n '/^fn pick(/,/^}/p' "$OUT" | grep -c '^  bb[0-9]*:$')
nodes=$(grep -c '^  bb[0-9]* \[label=' "$TMP/pick.dot")
[ "$blocks" -gt 5 ] && [ "$blocks" = "$nodes" ] || fail "$nodes nodes for $blocks blocks"
# valid DOT: graphviz renders it (and the quote in the string literal is escaped)
if dot -Tsvg "$TMP/pick.dot" >"$TMP/pick.svg" 2>"$TMP/dot.err"; then
	grep -q '<svg' "$TMP/pick.svg" || fail "dot wrote no SVG"
	[ -s "$TMP/dot.err" ] && fail "dot complained: $(cat "$TMP/dot.err")"
else
	fail "dot rejected the graph: $(cat "$TMP/dot.err")"
fi
# -o writes it to a file; the same bytes every time
expect_status 0 "$OWNCK" --dump-cfg pick -o "$TMP/again.dot" "$TMP/shapes.c"
cmp -s "$TMP/pick.dot" "$TMP/again.dot" || fail "-o output differs from stdout's"
# no such function; no name
expect_status 2 "$OWNCK" --dump-cfg=nope "$TMP/shapes.c"
expect_match err "error: no function named 'nope' is defined in the files analyzed"
expect_status 2 "$OWNCK" --dump-cfg= "$TMP/shapes.c"
expect_match err 'dump-cfg needs a function name'
finish
