/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   X_realloc_fail_join.c:32:5: warning: double free of 'result' [double-free]
 */
#include <stdlib.h>
#include <string.h>
int put(char *dst, int c, size_t room);

char *grow(char *resultbuf, size_t *lengthp, const char *s)
{
  char *result = resultbuf;
  size_t allocated = resultbuf ? *lengthp : 0, length = 0;
  for (; *s; s++) {
    int ret = put(result + length, *s, allocated - length);
    if (ret == -2) {
      char *mem;
      allocated = allocated * 2 + 16;
      if (result == NULL)
        mem = malloc(allocated);
      else if (result == resultbuf) {
        mem = malloc(allocated);
        if (mem) memcpy(mem, resultbuf, length);
      } else
        mem = realloc(result, allocated);
      if (mem == NULL)
        goto fail;
      result = mem;
      ret = put(result + length, *s, allocated - length);
    }
    length += ret;
  }
  *lengthp = length;
  return result;
fail:
  if (result != resultbuf)
    free(result);
  return NULL;
}
