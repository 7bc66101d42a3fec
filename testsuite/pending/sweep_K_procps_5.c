/* procps 4.0.2 src/ps/parser.c:1053 and :1074 (parse_trailing_pids)
 * Not a false finding - a missed one (the report is incomplete):
 * ownck prints today:
 *   procps_5.c:20:14: warning: leak of 'a' when 'err' is not NULL [leak]
 *   procps_5.c:18:15: note: 'a' allocated here by 'malloc'
 *   procps_5.c:20:9: note: the leaking path: 'err' is not NULL
 * At parser.c:1053 `if(err) return err;` three nodes (pidnode, grpnode,
 * sidnode, each with its ->u array) are leaked; --explain-states shows all
 * three "owned" at that return, but only one warning (for 'grpnode') is
 * printed; likewise at :1074. Here a, b and c all leak at `return err`, and
 * only 'a' is reported. If one-leak-per-return is deliberate, the message
 * could say "and 2 more" - a developer fixing 'a' alone still leaks b, c. */
#include <stdlib.h>
extern const char *parse(const char *s);

const char *f(const char *s)
{
    char *a = malloc(8), *b = malloc(8), *c = malloc(8);
    const char *err = parse(s);
    if (err) return err;
    free(a); free(b); free(c);
    return NULL;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as procps_5.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
