#include <ownck.h>

/* OWNED, BORROW and BORROW_MUT apply to pointers only; OUT_OWNED to T **. */
OWNED int counter;                              // expect: annotation-misuse

struct account {
    BORROW int balance;                         // expect: annotation-misuse
    OWNED char *owner;
};

OWNED int next_id(void);                        // expect: annotation-misuse

void set(BORROW_MUT int value);                 // expect: annotation-misuse

void make(OUT_OWNED char *out);                 // expect: annotation-misuse

int local_misuse(void)
{
    OWNED long total = 0;                       // expect: annotation-misuse
    return (int)total;
}
