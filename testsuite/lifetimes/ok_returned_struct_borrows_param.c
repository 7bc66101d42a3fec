#include <ownck.h>
#include <stddef.h>
#include <string.h>

/* Returning a struct whose pointer field points into a parameter, a static
 * or a literal is fine. */
struct span { const char *data; size_t len; };

struct span first_word(const char *text)
{
    struct span s = { text, 0 };
    while (text[s.len] != '\0' && text[s.len] != ' ')
        s.len++;
    return s;
}

struct span empty(void)
{
    struct span s = { "", 0 };
    return s;
}

struct span scratch_span(void)
{
    static char buf[16] = "scratch";
    struct span s;
    s.data = buf;
    s.len = strlen(buf);
    return s;
}
