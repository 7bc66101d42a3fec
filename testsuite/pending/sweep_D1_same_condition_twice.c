/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   D1_same_condition_twice.c:18:5: error: 'free' releases a string literal, which is not heap memory [free-non-heap]
 */
/* wget url.c url_string shape: the literal is stored only when
   mode == 1, the free runs only when mode == 0; mode never changes. */
#include <stdlib.h>
#include <string.h>

size_t show(const char *passwd, int mode)
{
  char *q = NULL;
  size_t n;
  if (mode == 1)
    q = (char *) "*password*";
  else if (mode == 0)
    q = strdup(passwd);
  if (!q)
    return 0;
  n = strlen(q);
  if (mode == 0)
    free(q);
  return n;
}
