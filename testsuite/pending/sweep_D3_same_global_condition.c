/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   D3_same_global_condition.c:21:3: warning: leak of 'fp' [leak]
 *   D3_same_global_condition.c:25:3: warning: leak of 'fp' [leak]
 */
/* wget ftp.c getftp shape: fp is fopen'd only when (!output_stream || list),
   and closed on the error exit under the very same condition. */
#include <stdio.h>

FILE *output_stream;

int get(const char *name, int list, int fail)
{
  FILE *fp;
  if (!output_stream || list) {
    fp = fopen(name, "wb");
    if (!fp)
      return -1;
  } else
    fp = output_stream;
  if (fail)
    goto exit_error;
  fputs("data", fp);
  if (!output_stream || list)
    fclose(fp);
  return 0;
exit_error:
  if (fp && (!output_stream || list))
    fclose(fp);
  return -2;
}
