#!/bin/sh
# --dump-lifetimes=FUNCTION writes the function's lifetime graph as Graphviz
# DOT instead of the findings: the blocks of --dump-cfg with the loans in
# scope at each statement, a node per loan with its NLL region, the outlives
# constraints of the signature's LIFETIME tags, and the borrow conflicts in
# red with their rule. Rendered with Debian's graphviz to prove it is valid DOT.
. "$ROOT/testsuite/cli/lib.sh"

cat >"$TMP/loans.c" <<'C'
#include <ownck.h>

void bump(BORROW_MUT int *p);
int peek(BORROW const int *p);
void log_str(BORROW const char *s);

int two_loans(int k)
{
    int x = 1, y = 2;
    BORROW const int *s = &x;
    BORROW_MUT int *m = &y;
    if (k > 0)
        bump(m);
    return peek(s) + y;
}

BORROW LIFETIME(a) const char *
pick(BORROW LIFETIME(a) const char *hay, BORROW const char *needle)
{
    if (needle[0] == hay[0])
        return hay + 1;
    return hay;
}

int conflict(void)
{
    int x = 0;
    BORROW_MUT int *a = &x;
    BORROW_MUT int *b = &x;
    *b = 1;
    *a = 2;
    return x;
}

void pick_then_write(BORROW_MUT char *buf)
{
    BORROW const char *r = pick(buf, "<&\"x\">");
    buf[0] = 0;
    log_str(r);
}
C
ownck() { "$OWNCK" -I annotations "$@"; }

# two loans, one shared and one exclusive, each with its region
expect_status 0 ownck --dump-lifetimes=two_loans "$TMP/loans.c"
save two_loans.dot
expect_line out 1 'digraph "two_loans" {'
expect_last_line out '}'
expect_match out "^  L0 \[.*label=\"L0: &x \(BORROW\) at 10:27, bb0\[2\]\\\\lheld by 's'\\\\llive at bb0\[3\.\.4\], bb1, bb2\[0\]\\\\l\"\];$"
expect_match out "^  L1 \[.*label=\"L1: &mut y \(BORROW_MUT\) at 11:25, bb0\[3\]\\\\lheld by 'm'\\\\llive at bb0\[4\], bb1\[0\]\\\\l\"\];$"
expect_match out '^  L0 -> bb0:s2 \[color="#1f77b4", label="borrow"'
expect_match out '^  L1 -> bb1 \[style=dotted'
expect_not_contains out 'L1 -> bb2'
# the rows say which loans are in scope, and where each is made
expect_match out 'port="s3".*\[3\] m = &amp;y .*<font color="#1f77b4">L0</font> <font color="#2ca02c"><b>\+L1</b></font>'
expect_not_contains out 'color=red'
expect_not_contains out 'pick'
expect_empty err
# one node per block of --dump-ir, one edge per successor, as --dump-cfg
expect_status 0 ownck --dump-cfg=two_loans "$TMP/loans.c"
[ "$(grep -c -- '-> bb[0-9]*;$\|-> bb[0-9]* \[label=' "$OUT")" = \
  "$(grep -c -- '^  bb[0-9]* -> bb[0-9]*' "$TMP/two_loans.dot")" ] || fail "CFG edges differ from --dump-cfg's"
[ "$(grep -c '^  bb[0-9]* \[' "$OUT")" = "$(grep -c '^  bb[0-9]* \[shape=plain' "$TMP/two_loans.dot")" ] ||
	fail "blocks differ from --dump-cfg's"

# LIFETIME(a) on the result and on hay: the constraint 'a: 'result; needle's region is elided
expect_status 0 ownck --dump-lifetimes pick "$TMP/loans.c"
save pick.dot
expect_contains out "R0 [label=\"'a\\nparameter BORROW hay\"];"
expect_contains out "R1 [label=\"'_ (elided)\\nparameter BORROW needle\"];"
expect_contains out "RET [label=\"'a\\nresult of pick (BORROW)\"];"
expect_contains out "R0 -> RET [label=\"'a: 'result\"];"
expect_not_contains out 'R1 -> RET'

# a conflict: the statement in red with its rule, the loan it conflicts with, the later use
expect_status 0 ownck --dump-lifetimes=conflict "$TMP/loans.c"
save conflict.dot
expect_match out 'port="s2" align="left" bgcolor="#ffe0e0"><font color="red">\[2\] b = &amp;x .*<font color="red"><b>mut-borrow-conflict</b></font>'
expect_match out '^  L0 \[.*color="red", fontcolor="red", penwidth=2, label="L0: &mut x \(BORROW_MUT\) at 28:25'
expect_match out '^  L1 \[.*color="#2ca02c"'
expect_contains out "C0 [shape=note, color=red, fontcolor=red, penwidth=2, label=\"mut-borrow-conflict [E0499]\\lcannot borrow 'x' as mutable more than once at a time\\lat 29:25\\l\"];"
expect_contains out 'bb0:s2 -> C0 [color=red'
expect_contains out 'L0 -> C0 [color=red'
expect_match out "^  bb0:s5 -> C0 \[dir=back, .*label=\"borrow later used here, by 'a'\"\];$"

# a result tied by LIFETIME holds the loan; quotes and <&> in the IR are escaped
expect_status 0 ownck --dump-lifetimes=pick_then_write "$TMP/loans.c"
save tied.dot
expect_contains out "held by the result of 'pick'\\l'pick' returns a borrow of this argument: LIFETIME(a)\\lalso held by 'r' (copied)"
expect_contains out 'assign-while-borrowed</b>'

# valid DOT: graphviz renders every one without a complaint
for g in two_loans pick conflict tied; do
	if dot -Tsvg "$TMP/$g.dot" >"$TMP/$g.svg" 2>"$TMP/dot.err"; then
		grep -q '<svg' "$TMP/$g.svg" || fail "$g: dot wrote no SVG"
		[ -s "$TMP/dot.err" ] && fail "$g: dot complained: $(cat "$TMP/dot.err")"
	else
		fail "$g: dot rejected the graph: $(cat "$TMP/dot.err")"
	fi
done
# -o writes it to a file; the same bytes every time
expect_status 0 ownck --dump-lifetimes conflict -o "$TMP/again.dot" "$TMP/loans.c"
cmp -s "$TMP/conflict.dot" "$TMP/again.dot" || fail "-o output differs from stdout's"
# no such function; no name
expect_status 2 ownck --dump-lifetimes=nope "$TMP/loans.c"
expect_match err "error: no function named 'nope' is defined in the files analyzed"
expect_status 2 ownck --dump-lifetimes= "$TMP/loans.c"
expect_match err 'dump-lifetimes needs a function name'
finish
