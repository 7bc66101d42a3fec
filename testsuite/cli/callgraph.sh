#!/bin/sh
# --dump-callgraph writes the call graph as Graphviz DOT, with the summaries
# inferred for functions defined in the file as labels; atomically, like -o.
. "$ROOT/testsuite/cli/lib.sh"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
run "$OWNCK" --dump-callgraph="$TMP/g.dot" "$ROOT/testsuite/cli/data/callgraph.c"
expect_status 0
[ -s "$TMP/g.dot" ] || fail "no DOT file written"
grep -q '^digraph callgraph {$' "$TMP/g.dot" || fail "not a digraph"
grep -q '"box_new" \[shape=box, label="box_new\\nreturns owned memory"\]' "$TMP/g.dot" || fail "allocator summary missing"
grep -q '"box_free" \[shape=box, label="box_free\\nreleases b"\]' "$TMP/g.dot" || fail "deallocator summary missing"
grep -q '"main" -> "box_new";' "$TMP/g.dot" || fail "edge main -> box_new missing"
grep -q '"box_free" -> "free";' "$TMP/g.dot" || fail "edge box_free -> free missing"
grep -q '"free" \[style=dashed' "$TMP/g.dot" || fail "external callee not dashed"
[ "$(tail -n 1 "$TMP/g.dot")" = "}" ] || fail "DOT not closed"
ls "$TMP" | grep -q tmp && fail "temporary file left behind"
# the same bytes every time
"$OWNCK" --dump-callgraph="$TMP/g2.dot" "$ROOT/testsuite/cli/data/callgraph.c" >/dev/null
cmp -s "$TMP/g.dot" "$TMP/g2.dot" || fail "output differs between runs"
finish
