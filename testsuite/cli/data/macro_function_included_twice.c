/* A header that writes functions with a macro, included twice under two
 * definitions of it (jq's builtin.c and libm.h: LIBM_DD is a function the
 * first time, a table row the second): the functions are the first
 * inclusion's expansions, and their operators that definition's. Without
 * that, `p != NULL` was not recovered and `p` was reported leaked. */
#include <stdlib.h>
#define GEN(name) \
static int name(int k) { \
  char *p = malloc(16); \
  if (p != NULL) { \
    free(p); \
  } \
  return k != 0 && k < 10; \
}
#include "function_table.h"
#undef GEN
#define GEN(name) static const char *name##_s = #name;
#include "function_table.h"
#undef GEN
int main(void) { return f1(0) + f2(1) + (f1_s != 0) + (f2_s == 0); }
