#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A loan is live while any pointer derived from the borrow is used later:
 * pointer arithmetic (r + i), copies (annotated or not), casts, and the
 * address of a field reached through the borrow all keep it alive. */

struct pair { int a; int b; };

void log_str(BORROW const char *s);
void log_bytes(BORROW const unsigned char *s);
void str_upper(BORROW_MUT char *s);
void show(BORROW const int *p);

void offset_keeps_alive(void)
{
    OWNED char *p = strdup("abcdef");
    if (!p)
        return;
    BORROW const char *r = p;
    BORROW const char *tail = r + 3;
    str_upper(p);                   // expect: borrow-conflict
    log_str(tail);
    free(p);
}

void unannotated_copy_keeps_alive(void)
{
    OWNED char *p = strdup("abcdef");
    if (!p)
        return;
    BORROW const char *r = p;
    const char *copy = r;
    str_upper(p);                   // expect: borrow-conflict
    log_str(copy);
    free(p);
}

void cast_keeps_alive(void)
{
    OWNED char *p = strdup("abcdef");
    if (!p)
        return;
    BORROW const char *r = p;
    BORROW const unsigned char *bytes = (const unsigned char *)r;
    str_upper(p);                   // expect: borrow-conflict
    log_bytes(bytes);
    free(p);
}

int field_address_keeps_alive(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT struct pair *r = &s;
    BORROW_MUT int *pa = &r->a;
    show(&s.b);                     // expect: borrow-conflict
    *pa = 3;
    return s.a;
}
