/* One file included twice, its macros defined otherwise each time: every
 * operator of both functions is read (operators.sh). BOTH keeps its
 * definition: its expansion in each copy is that copy's (brotli's *_inc.h,
 * BROTLI_ENSURE_CAPACITY's a && b != 0). */
#define BOTH(m, c) (m && c != 0)
#define MATCH(p) (*(p) == 'a')
#define LAST(p, n) ((p)[(n) - 1] == 'z')
#define NAME first
#include "twice_impl.h"
#undef MATCH
#undef LAST
#undef NAME
#define MATCH(p) ((p)[0] == 0 && (p)[1] == 'a')
#define LAST(p, n) ((n) > 2 || (p)[(n) - 2] == 'y')
#define NAME second
#include "twice_impl.h"
