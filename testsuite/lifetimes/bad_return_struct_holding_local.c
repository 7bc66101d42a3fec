#include <ownck.h>
#include <stddef.h>
#include <string.h>

/* return-local-ref: returning a struct by value is fine, unless one of its
 * pointer fields holds a local's address (Rust: a struct with a lifetime
 * parameter that borrows a local, E0515). */
struct span { const char *data; size_t len; };

struct span word(void)
{
    char buf[8] = "abc";
    struct span s = { buf, 3 };
    return s;                           // expect: return-local-ref
}

struct span copy_of(const char *text)
{
    char tmp[32];
    struct span s;
    strncpy(tmp, text, sizeof tmp - 1);
    tmp[sizeof tmp - 1] = '\0';
    s.data = tmp;
    s.len = strlen(tmp);
    return s;                           // expect: return-local-ref
}
