#include <ownck.h>

/* missing-lifetime (E0106): the result is a borrow, but there is no borrowed
 * parameter it could borrow from. Rust: `fn current_locale() -> &str` needs
 * `&'static str` or a parameter to tie it to. */
struct counter;

BORROW const char *current_locale(void);            // expect: missing-lifetime
BORROW_MUT struct counter *counter_for(int id);     // expect: missing-lifetime
