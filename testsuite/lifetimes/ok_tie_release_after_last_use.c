#include <ownck.h>
#include <string.h>

/* The result of list_first borrows the list only until its last use; the list
 * may be released after that (elision and explicit LIFETIME alike). */
struct list;
OWNED struct list *list_new(void);
void list_free(OWNED struct list *l);
BORROW const char *list_first(BORROW const struct list *l);
void log_str(BORROW const char *s);

void first_then_free(void)
{
    OWNED struct list *l = list_new();
    if (!l)
        return;
    BORROW const char *name = list_first(l);
    log_str(name);                      /* last use of name */
    list_free(l);
}

struct dict;
OWNED struct dict *dict_load(BORROW const char *path);
void dict_free(OWNED struct dict *d);
BORROW LIFETIME(d) const char *dict_get(BORROW LIFETIME(d) const struct dict *d,
                                        BORROW const char *key);

int value_len(BORROW const char *path)
{
    OWNED struct dict *d = dict_load(path);
    if (!d)
        return -1;
    const char *v = dict_get(d, "name");
    int n = v ? (int)strlen(v) : 0;
    dict_free(d);
    return n;
}
