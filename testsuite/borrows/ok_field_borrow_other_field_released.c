#include <stdlib.h>
#include <string.h>

/* A struct local keeps a pointer into the string one of its fields owns
 * (git's builtin/config.c get_urlmatch: config.key = strchr(config.section,
 * '.') + 1). Releasing config.section after the struct's last use of key
 * leaves nothing dangling that is read: reading config.section to free it
 * is no use of config.key, as it would be none of a plain local `key`. The
 * loan is a dangling-only one (7.8: strchr's result on an unannotated
 * pointer), which is what makes the struct field-sensitive. */

struct cfg { const char *section; const char *key; };
extern void use(struct cfg *);

int get_urlmatch(const char *var)
{
    struct cfg config = { 0 };
    char *tail;
    config.section = strdup(var);
    if (!config.section) return -1;
    tail = strchr(config.section, '.');
    if (tail) {
        *tail = '\0';
        config.key = tail + 1;
    } else
        config.key = NULL;
    use(&config);
    free((void *)config.section);
    return 0;
}

/* Stored straight from the call into the field. */
struct split { char *line; char *value; int n; };
extern void show(const char *);

void show_value(const char *text)
{
    struct split s;
    s.line = strdup(text);
    if (!s.line) return;
    s.value = strchr(s.line, '=');
    if (s.value) show(s.value + 1);
    s.n = 0;
    free(s.line);
    s.n++;
}
