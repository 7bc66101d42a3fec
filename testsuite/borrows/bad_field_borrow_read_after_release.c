#include <stdlib.h>
#include <string.h>

/* The pointer kept in the struct's other field is read after the string it
 * points into is released: a use after free through a derived pointer. */

struct cfg { const char *section; const char *key; };
extern void use(struct cfg *);
extern void show(const char *);

int key_after_free(const char *var)
{
    struct cfg config = { 0 };
    config.section = strdup(var);
    if (!config.section) return -1;
    config.key = strchr(config.section, '.');      // expect-note: shared borrow of '*config.section' occurs here, by the result of 'strchr'
    free((void *)config.section);                  // expect: move-while-borrowed
    if (config.key) show(config.key);
    return 0;
}

/* The whole struct handed on after the release reads the field too. */
int whole_after_free(const char *var)
{
    struct cfg config = { 0 };
    config.section = strdup(var);
    if (!config.section) return -1;
    config.key = strchr(config.section, '.');      // expect-note: shared borrow of '*config.section' occurs here, by the result of 'strchr'
    free((void *)config.section);                  // expect: move-while-borrowed
    config.section = NULL;
    use(&config);
    return 0;
}
