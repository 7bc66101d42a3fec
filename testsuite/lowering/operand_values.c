/* what an operand's value is: an enumeration constant and a member of a
 * returned struct are values, not places stored to (RED == c, get().next
 * == NULL); n++ is n before the step (no value ownck keeps), p++ is p
 * before the step: a value that p++ gives to be stored is stored first,
 * then p is stepped (start = p; p += 1) */
#include <stdlib.h>
enum color { RED, GREEN };
struct node { struct node *next; int count; };
struct node get(void);
int f(enum color c, char *p, int n) {
    if (RED == c)
        return 1;
    if (get().next == NULL)
        return 2;
    if (get().count == 3 || (GREEN & n))
        return 4;
    if (n++)
        return 3;
    char *start = p++;
    free(start);
    return get().count + GREEN;
}
