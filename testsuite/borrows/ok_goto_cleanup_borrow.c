#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The goto-cleanup idiom: the borrow's last use is before every jump to the
 * label, so releasing the owner at the label is fine on all paths. */

int parse(BORROW const char *s);

int load(const char *text)
{
    int rc = -1;
    OWNED char *copy = strdup(text);
    if (!copy)
        return -1;
    BORROW const char *view = copy;
    if (parse(view) < 0)
        goto cleanup;
    rc = parse(view + 1);
    if (rc < 0)
        goto cleanup;
    copy[0] = '#';                  /* view is dead on this path */
    rc = 0;
cleanup:
    free(copy);
    return rc;
}
