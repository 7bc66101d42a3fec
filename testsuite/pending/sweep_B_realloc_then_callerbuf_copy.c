/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   B_realloc_then_callerbuf_copy.c:17:17: warning: use of 'result' after it was released [use-after-free]
 */
/* gnulib vasnprintf ENSURE_ALLOCATION shape: realloc runs only when
   result != resultbuf; the copy from 'result' runs only when
   result == resultbuf. The two branches never both run. */
#include <stdlib.h>
#include <string.h>

char *ensure(char *resultbuf, char *result, size_t length, size_t need)
{
  char *mem;
  if (result == resultbuf || result == NULL)
    mem = malloc(need);
  else
    mem = realloc(result, need);
  if (mem == NULL)
    return NULL;
  if (result == resultbuf && length > 0)
    memcpy(mem, result, length);
  return mem;
}
