#!/bin/sh
# Functions defined in the non-system headers a file includes are analyzed
# with it (interfaces.md): a bug in a static inline function of a header
# included by two files is reported once, at the header, for every -j;
# --header-filter can drop it; the same function in a system header
# (-isystem) is not analyzed.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/p
mkdir -p "$P/inc" "$P/sys"
cat >"$P/inc/strbuf.h" <<'C'
#include <stdlib.h>
#include <string.h>

static inline char *copy_of(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (!p)
        return NULL;
    strcpy(p, s);
    return p;
}

static inline int length_of(const char *s)
{
    char *p = copy_of(s);
    if (!p)
        return -1;
    int n = (int)strlen(p);
    return n;                   /* BUG: p leaks */
}

static inline void drop(char *p)
{
    free(p);
}
C
sed 's/inline int length_of/inline int sys_length_of/; s/inline char \*copy_of/inline char *sys_copy_of/; s/= copy_of/= sys_copy_of/; s/inline void drop/inline void sys_drop/' \
	"$P/inc/strbuf.h" >"$P/sys/sysbuf.h"
for f in a b; do
	cat >"$P/$f.c" <<C
#include "inc/strbuf.h"
#include <sysbuf.h>
int use_$f(const char *s)
{
    char *p = copy_of(s);
    if (!p)
        return -1;
    drop(p);
    return length_of(s) + sys_length_of(s);
}
C
done
L=$(line_of "$P/inc/strbuf.h" 'BUG: p leaks')
run_in "$P" "$OWNCK" -j 1 a.c b.c -- -isystem sys
expect_status 0
expect_diag out inc/strbuf.h "$L" warning leak
expect_ndiags out 1
expect_not_contains out 'sysbuf.h'
save j1
run_in "$P" "$OWNCK" -j 3 b.c a.c -- -isystem sys
expect_same "$TMP/j1" "$OUT" "a header's function, -j 1 and -j 3, two orders"
# what the header function does is known at the calls: drop(p) releases p
expect_not_contains out 'a.c'
run_in "$P" "$OWNCK" --header-filter='^nothing' a.c b.c -- -isystem sys
expect_status 0
expect_ndiags out 0
finish
