/* Input for testsuite/cli/suppressions.sh: ownck-ignore comments in every
 * form, and findings each of them should or should not hide. */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void same_line(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 // ownck-ignore: use-after-free    HIDDEN-1
}

void line_before(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);
    // ownck-ignore: use-after-move
    buf[0] = 1;                 /* HIDDEN-2 */
}

void other_rule(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 // ownck-ignore: double-free    SHOWN-1 (wrong rule: unused)
}

void too_far(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    // ownck-ignore: use-after-free    UNUSED-FAR

    buf[0] = 1;                 /* SHOWN-2 */
}

void two_rules(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    free(buf);                  /* ownck-ignore: leak, double-free -- HIDDEN-3 (leak is unused) */
}

void with_reason(int n)
{
    char *p = malloc(16);
    if (n > 3)
        return;                 // ownck-ignore: leak -- the arena owns it   HIDDEN-4
    free(p);
}

void in_string(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    const char *s = "// ownck-ignore: use-after-free"; buf[0] = s[0];   /* SHOWN-3 */
}

void note_line(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);                  // ownck-ignore: use-after-free   UNUSED-NOTE (on the note's line)
    buf[0] = 1;                 /* SHOWN-4 */
}

void typo(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 // ownck-ignore: use-after-fre   TYPO (so SHOWN-5)
}

void empty_list(void)
{
    char *p = malloc(1);        /* EMPTY */ // ownck-ignore:
    free(p);
}

void prose(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 // see the ownck-ignore: use-after-free docs   SHOWN-6 (not at the start)
}
