/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   A_heap_vs_callerbuf.c:22:7: warning: leak of 'result': it is overwritten while it still owns its memory [leak]
 *   A_heap_vs_callerbuf.c:30:3: warning: leak of 'result' [leak]
 */
/* gnulib u-casemap/u-normalize/vasnprintf shape: 'result' is NULL, the
   caller's 'resultbuf', or heap memory; a heap block never == resultbuf,
   so the middle branch can't run once result owns heap memory. */
#include <stdlib.h>

char *grow(int fresh, char *resultbuf, const char *s)
{
  char *result = fresh ? NULL : resultbuf;
  size_t allocated = 0, length = 0;
  for (; *s; s++) {
    if (length == allocated) {
      char *mem;
      allocated = allocated * 2 + 16;
      if (result == NULL)
        mem = malloc(allocated);
      else if (result == resultbuf)
        mem = malloc(allocated);
      else
        mem = realloc(result, allocated);
      if (mem == NULL)
        goto fail;
      result = mem;
    }
    result[length++] = *s;
  }
  return result;
fail:
  if (result != resultbuf)
    free(result);
  return NULL;
}
