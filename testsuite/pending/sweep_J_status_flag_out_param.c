/* pending (seventh sweep, jq 1.6 src/jv_aux.c:682,700 (jv_sort, jv_group); 2026-12-07): false finding(s) today, none expected:
 *   sweep_J_status_flag_out_param.c:22:5: warning: leak of 'entries' when 'too_deep' is true [leak]
 * The callee either returns the block and leaves *too_deep 0, or frees it,
 * sets *too_deep = 1 and returns NULL; the caller returns early when the
 * flag is set. Needs a summary that ties an out-parameter's value to a NULL
 * result (as "NULL only if parameter k is" would for rsync's pool_alloc). */
#include <stdlib.h>
static int *make_items(int n, int fail, int *too_deep) {
  *too_deep = 0;
  int *entries = calloc(sizeof(int), n);
  if (fail) {
    free(entries);
    *too_deep = 1;
    return NULL;
  }
  return entries;
}
int use(int n, int fail) {
  int too_deep = 0;
  int *entries = make_items(n, fail, &too_deep);
  if (too_deep)
    return -1;
  free(entries);
  return 0;
}
