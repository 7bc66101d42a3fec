/* git 2.39.5 object-file.c:1467 and :1469 (loose_object_info)
 * ownck prints today (errors, exit status 1):
 *   git_4.c:20:9: error: storing the address of local 'size_scratch' in 'oi->sizep', which outlives it [return-local-ref]
 *   git_4.c:18:19: note: 'size_scratch' is declared here
 *   git_4.c:24:5: note: the function returns here with the address still in 'oi->sizep'
 * False: the function points a caller-visible field at a local scratch
 * variable only for its own duration and undoes it before every return:
 *     if (!oi->sizep) oi->sizep = &size_scratch;  ...
 *     if (oi->sizep == &size_scratch) oi->sizep = NULL;
 * The reset is keyed on the comparison with &size_scratch, which ownck
 * does not use to refine the stored value (NULL vs 0 makes no difference). */
#include <stddef.h>

struct object_info { unsigned long *sizep; };

int read_info(struct object_info *oi)
{
    unsigned long size_scratch;
    if (!oi->sizep)
        oi->sizep = &size_scratch;
    *oi->sizep = 42;
    if (oi->sizep == &size_scratch)
        oi->sizep = NULL;
    return 0;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_4.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
