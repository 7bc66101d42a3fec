#include <ownck.h>
#include <string.h>

/* Assigning a pointer that owns nothing is a shallow write (Rust's NLL):
 * it changes where the pointer points, not what it pointed to, so a loan
 * of the old pointee (*p, p[i], p->f) does not stand in its way. The new
 * value may even borrow from the old one: `p = strchr(&p[1], '/')`
 * (mosquitto's topic_tok.c) walks a string as Rust's `p = &p[1..]` does. */

struct node { struct node *next; int key; };

BORROW const struct node *find_from(BORROW const struct node *n, int key);
BORROW const int *key_of(BORROW const struct node *n);
int read_key(BORROW const int *k);

int count_parts(const char *s)
{
    const char *p = s;
    int n = 0;
    while (p) {
        p = strchr(&p[1], '/');
        n++;
    }
    return n;
}

const char *after_colon(const char *line)
{
    const char *p = strchr(line, ':');
    if (p)
        p = strchr(p + 1, ':');
    if (p)
        p = strchr(&p[1], ' ');
    return p;
}

int walk(BORROW const struct node *n, int key)
{
    BORROW const struct node *cur = n;
    while (cur && cur->key != key)
        cur = find_from(cur->next, key);
    return cur != NULL;
}

int key_then_move(BORROW const struct node *n)
{
    BORROW const struct node *cur = n;
    BORROW const int *k = key_of(cur);
    cur = cur->next;                /* k borrows the old node, not cur */
    return read_key(k) + (cur != NULL);
}
