#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* ok_pointer_passed_as_integer.c's counterpart: printf keeps nothing it is
 * given, and an integer computed from the pointer (its alignment) is not
 * the pointer, so the block still leaks. */
void show(void)
{
    char *p = malloc(16);                       // expect-note: allocated here
    if (!p)
        return;
    printf("%lx\n", (unsigned long) p);
}                                               // expect: leak

void check_alignment(uintptr_t low_bits);

void aligned(void)
{
    char *p = malloc(16);                       // expect-note: allocated here
    if (!p)
        return;
    check_alignment((uintptr_t) p & 7);
}                                               // expect: leak
