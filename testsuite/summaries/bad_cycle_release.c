#include <ownck.h>
#include <stdlib.h>

/* Summaries through a cycle of calls whose members differ in size: a big
 * destructor (a switch over node kinds) and the small ones it calls, which
 * call it back. The cycle's fixpoint computes the small members first and
 * the big one once they have settled; whatever the order, each releases its
 * parameter on every non-NULL path, and callers see it. */

enum kind { K_NUM, K_NEG, K_ADD, K_SUB, K_MUL, K_DIV, K_CALL, K_LIST, K_COND };

struct expr {
    enum kind kind;
    struct expr *a, *b, *c;
    struct expr *next;      /* K_CALL arguments, K_LIST items */
    char *name;
};

void expr_free(struct expr *e);

static void expr_free_list(struct expr *head)
{
    while (head) {
        struct expr *next = head->next;
        expr_free(head);
        head = next;
    }
}

static void expr_free_pair(struct expr *x)
{
    if (!x)
        return;
    expr_free(x->a);
    expr_free(x->b);
    free(x);
}

void expr_free(struct expr *e)
{
    if (!e)
        return;
    switch (e->kind) {
    case K_NUM:
        break;
    case K_NEG:
        expr_free(e->a);
        break;
    case K_ADD:
    case K_SUB:
        expr_free(e->a);
        expr_free(e->b);
        break;
    case K_MUL:
    case K_DIV:
        if (e->a)
            expr_free(e->a);
        if (e->b)
            expr_free(e->b);
        break;
    case K_CALL:
        free(e->name);
        expr_free_list(e->next);
        break;
    case K_LIST:
        expr_free_list(e->next);
        break;
    case K_COND:
        expr_free(e->a);
        expr_free_pair(e->b);
        expr_free(e->c);
        break;
    }
    free(e);
}

struct expr *expr_num(void)
{
    struct expr *e = calloc(1, sizeof *e);
    return e;
}

int use_after_cycle_free(void)
{
    struct expr *e = expr_num();
    if (!e)
        return 0;
    expr_free(e);                   // expect-note: released here
    return e->kind;                 // expect: use-after-free
}

void pair_freed_twice(void)
{
    struct expr *e = expr_num();
    if (!e)
        return;
    expr_free_pair(e);              // expect-note: released here
    expr_free_pair(e);              // expect: double-free
}

/* The list walk reassigns its parameter: released on some paths, kept on
 * others as far as a summary can tell, so callers stop following the
 * argument (no finding either way). */
void list_freed_twice_unknown(void)
{
    struct expr *e = expr_num();
    if (!e)
        return;
    expr_free_list(e);
    expr_free_list(e);
}
