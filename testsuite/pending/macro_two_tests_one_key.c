/* pending (2026-12-08): a missed leak today, one expected:
 *   ownck prints nothing; the leak at the closing brace of pick() is real (x >= 5).
 * A pure test inside a macro's body is keyed by its text, which is the
 * invocation's (PICK(x, p)): every test of one expansion gets that key, so
 * (x) < 5 is taken to be (x) > 0 again. Tried this session and reverted:
 * numbering the tests of an expansion, or adding their trees to the key,
 * fixes this file, but on nano's lib/vasnprintf.c (ENSURE_ALLOCATION, whose
 * body tests result == resultbuf twice) it added a false use after free,
 * which the shared key had been keeping away by accident. */
#include <stdlib.h>

/* Two different tests written in one macro's body are two conditions,
 * though both are spelled, in the file, as the one invocation: here the
 * block leaks when x >= 5. */

#define PICK(x, p) do { if ((x) > 0) p = malloc(4); if ((x) < 5) free(p); } while (0)

void pick(int x)
{
    char *p = NULL;
    PICK(x, p);
}                                   // expect: leak
