/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   G_write_while_memchr_result_live.c:12:36: error: cannot assign to '*k' because it is borrowed [assign-while-borrowed]
 */
/* lighttpd h2.c h2_send_end_stream_trailers shape: lower-case a header
   name in place up to the ':' that memchr found; 'colon' only marks the end. */
#include <string.h>

void lower_names(char *ptr, const unsigned short *hoff, int n)
{
  for (int i = 1; i < n; ++i) {
    char *k = ptr + hoff[i];
    const char *const colon = memchr(k, ':', hoff[i + 1] - hoff[i]);
    if (NULL == colon) continue;
    do {
      if (*k >= 'A' && *k <= 'Z') *k |= 0x20;
    } while (++k != colon);
  }
}
