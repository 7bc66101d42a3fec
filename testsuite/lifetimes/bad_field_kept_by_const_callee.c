/* The field's local address stays where the struct is handed only to read:
 * a const pointer, or nothing at all, cannot put anything else there. */

typedef struct { long n; void *p; } val;

long size_of(const val *k);

void *after_scope(void)
{
    val key;
    {
        long id = 0;
        key.p = &id;                    // expect: borrow-outlives-owner
    }
    key.n = size_of(&key);
    return key.p;                       // expect: return-local-ref
}

void *never_handed(void)
{
    val key;
    long id = 7;
    key.p = &id;
    return key.p;                       // expect: return-local-ref
}
