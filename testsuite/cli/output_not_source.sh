#!/bin/sh
# An output file that would overwrite C source is refused before anything is
# written: `--dump-callgraph a.c b.c` takes a.c as the picture's file (the
# option's value may follow it), and `-o x.c x.c` names the input itself.
. "$ROOT/testsuite/cli/lib.sh"

printf '#include <stdlib.h>\nvoid f(void) { char *p = malloc(4); free(p); }\n' >"$TMP/a.c"
printf 'void g(void) { }\n' >"$TMP/b.c"
printf 'int h(void);\n' >"$TMP/c.h"
cp "$TMP/a.c" "$TMP/a.orig"
cp "$TMP/c.h" "$TMP/c.orig"

run "$OWNCK" --dump-callgraph "$TMP/a.c" "$TMP/b.c"
expect_status 2
expect_contains err "--dump-callgraph would overwrite the C source '$TMP/a.c'"
cmp -s "$TMP/a.c" "$TMP/a.orig" || fail "a.c was overwritten by the call graph"

run "$OWNCK" -o "$TMP/a.c" "$TMP/a.c"
expect_status 2
expect_contains err "-o would overwrite the C source '$TMP/a.c'"
cmp -s "$TMP/a.c" "$TMP/a.orig" || fail "a.c was overwritten by the findings"

run "$OWNCK" --format=json -o "$TMP/c.h" "$TMP/b.c"
expect_status 2
cmp -s "$TMP/c.h" "$TMP/c.orig" || fail "c.h was overwritten"

# Other names are written as before, even a new file ending in .c.
run "$OWNCK" --dump-callgraph="$TMP/graph.dot" "$TMP/a.c" "$TMP/b.c"
expect_status 0
grep -q digraph "$TMP/graph.dot" || fail "no call graph written"
run "$OWNCK" -o "$TMP/new.c" "$TMP/b.c"
expect_status 0
[ -f "$TMP/new.c" ] || fail "-o to a new file was not written"
finish
