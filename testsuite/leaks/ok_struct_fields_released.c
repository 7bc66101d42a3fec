#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.15, 7.16: a struct may be released once its OWNED fields own nothing:
 * released first, moved out, NULL, or never set in calloc'd memory. */

struct person {
    OWNED char *name;
    OWNED char *email;
    int age;
};

void fields_then_struct(BORROW const char *n)
{
    OWNED struct person *p = calloc(1, sizeof *p);
    if (!p)
        return;
    p->name = strdup(n);
    p->email = strdup("a@b.c");
    free(p->email);
    free(p->name);
    free(p);
}

void calloc_fields_own_nothing(void)
{
    OWNED struct person *p = calloc(1, sizeof *p);
    if (!p)
        return;
    p->age = 30;
    free(p);
}

void null_fields_own_nothing(void)
{
    OWNED struct person *p = malloc(sizeof *p);
    if (!p)
        return;
    p->name = NULL;
    p->email = NULL;
    p->age = 1;
    free(p);
}

OWNED char *keep_name(BORROW const char *n)
{
    OWNED struct person *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->name = strdup(n);
    OWNED char *name = p->name;
    free(p);
    return name;
}

void field_reset_after_release(void)
{
    OWNED struct person *p = calloc(1, sizeof *p);
    if (!p)
        return;
    p->name = strdup("x");
    free(p->name);
    p->name = NULL;
    free(p);
}
