#include <ownck.h>
#include <string.h>

/* At a call site, a returned borrow is a loan on the argument it is tied to
 * (by elision or by LIFETIME): releasing that argument while the result is
 * still used is move-while-borrowed. */
struct list;
OWNED struct list *list_new(void);
void list_free(OWNED struct list *l);
BORROW const char *list_first(BORROW const struct list *l);     /* elided: borrows l */
void log_str(BORROW const char *s);

void first_after_free(void)
{
    OWNED struct list *l = list_new();
    if (!l)
        return;
    BORROW const char *name = list_first(l);
    list_free(l);                       // expect: move-while-borrowed
    log_str(name);                      // expect-note: used here
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
    dict_free(d);                       // expect: move-while-borrowed
    return v ? (int)strlen(v) : 0;      // expect-note: used here
}
