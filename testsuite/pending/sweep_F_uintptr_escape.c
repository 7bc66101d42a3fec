/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   F_uintptr_escape.c:26:3: warning: leak of 'entry' when '0 != arr_push(table, (uintptr_t) entry)' is false [leak]
 */
/* lighttpd ls-hpack lshpack_dec_push_entry shape: the block is stored
   in a table of uintptr_t (ownership passes to the table). */
#include <stdlib.h>
#include <stdint.h>

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
