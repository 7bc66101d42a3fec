#!/bin/sh
# Findings in headers: a header included by several files reports each
# finding once (for every -j); --header-filter=REGEX (as clang-tidy's) keeps
# findings in headers whose path matches and drops the others, never those
# in the files given; a bad regex is bad usage.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/p
mkdir -p "$P/inc" "$P/vendor"
printf '#include <ownck.h>\nvoid bad(OWNED int x);\n' >"$P/inc/bad.h"
printf '#include <ownck.h>\nvoid worse(OWNED int y);\n' >"$P/vendor/v.h"
for f in a b c; do
	printf '#include "inc/bad.h"\n#include "vendor/v.h"\n#include <ownck.h>\nvoid own_%s(OWNED int z);\n' "$f" >"$P/$f.c"
done

run_in "$P" "$OWNCK" -j 1 a.c b.c c.c
expect_status 1
expect_count out '^inc/bad\.h:2:20: error: .*\[annotation-misuse\]$' 1
expect_count out '^vendor/v\.h:2:22: error: .*\[annotation-misuse\]$' 1
expect_ndiags out 5
save j1
run_in "$P" "$OWNCK" -j 3 a.c b.c c.c
expect_same "$TMP/j1" "$OUT" "headers included three times, -j 1 and -j 3"

run_in "$P" "$OWNCK" --header-filter='^inc/' a.c b.c c.c
expect_status 1
expect_count out '^inc/bad\.h:[0-9:]+ error' 1
expect_count out '^vendor/' 0
expect_ndiags out 4
run_in "$P" "$OWNCK" --header-filter='nothing-matches' --stats a.c
expect_ndiags out 1
expect_diag out a.c 4 error annotation-misuse
expect_contains err '2 in headers --header-filter leaves out'
# the absolute path matches too
run_in "$P" "$OWNCK" --header-filter="^$P/vendor/" a.c
expect_count out '^vendor/v\.h:[0-9:]+ error' 1
expect_count out '^inc/' 0

run_in "$P" "$OWNCK" --header-filter='(' a.c
expect_status 2
expect_contains err '--header-filter'

finish
