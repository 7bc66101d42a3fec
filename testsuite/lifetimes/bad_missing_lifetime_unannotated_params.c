#include <ownck.h>

/* missing-lifetime: elision counts only BORROW and BORROW_MUT parameters
 * (7.27). An unannotated pointer or an OWNED one is nothing to borrow from. */
BORROW const char *basename_of(const char *path);   // expect: missing-lifetime
BORROW const char *keep_name(OWNED char *name);     // expect: missing-lifetime
BORROW const char *
label_at(const char *labels, int i);                // expect: missing-lifetime
