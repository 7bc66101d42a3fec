#include <stdint.h>
#include <stdlib.h>

/* lighttpd's ls-hpack keeps its entries in a table of uintptr_t: the
 * block is handed on as (uintptr_t) entry, and the table owns it then. A
 * pointer passed as an integer to a function that is not the system's
 * escapes, as the pointer itself would. */
struct arr { uintptr_t *els; unsigned n, cap; };

static int arr_push(struct arr *a, uintptr_t v)
{
    if (a->n >= a->cap)
        return -1;
    a->els[a->n++] = v;
    return 0;
}

int push_entry(struct arr *table, size_t size)
{
    char *entry = malloc(size);
    if (!entry)
        return -1;
    if (0 != arr_push(table, (uintptr_t) entry)) {
        free(entry);
        return -1;
    }
    entry[0] = 0;
    return 0;
}

void remember(unsigned long key);

void keep_as_key(void)
{
    int *p = malloc(sizeof *p);
    if (p)
        remember((unsigned long) (p));
}
