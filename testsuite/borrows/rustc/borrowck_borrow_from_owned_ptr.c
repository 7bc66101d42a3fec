#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-borrow-from-owned-ptr.rs.
 * Adapted: make_foo() -> Box<Foo> is an OWNED malloc'd struct foo (released
 * at the end of each function); `&foo.bar1` / `&mut foo.bar1` are BORROW /
 * BORROW_MUT variables initialized with &foo->bar1; `&*foo` is a BORROW of
 * foo; `*bar1;` is a read through it. The two functions that borrow through
 * `match` patterns (borrow_both_mut_pattern, borrow_var_and_pattern) are left
 * out. In borrow_mut_and_base_imm rustc reports both later borrows; after
 * the first conflict against a loan ownck reports no more (annotations.md
 * 7.4), so only the first carries an expectation. borrow_mut_from_imm
 * (E0596) uses a BORROW-declared Box: writing through a shared place. */

struct bar { long int1; long int2; };
struct foo { struct bar bar1; struct bar bar2; };

void read_bar(BORROW const struct bar *b);
void read_long(BORROW const long *l);

OWNED struct foo *make_foo(void);

void borrow_same_field_twice_mut_mut(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW_MUT struct bar *bar2 = &foo->bar1; // expect: mut-borrow-conflict
    read_bar(bar1);
    (void)bar2;
    free(foo);
}

void borrow_same_field_twice_mut_imm(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW const struct bar *bar2 = &foo->bar1; // expect: borrow-conflict
    read_bar(bar1);
    (void)bar2;
    free(foo);
}

void borrow_same_field_twice_imm_mut(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW const struct bar *bar1 = &foo->bar1;
    BORROW_MUT struct bar *bar2 = &foo->bar1; // expect: borrow-conflict
    read_bar(bar1);
    (void)bar2;
    free(foo);
}

void borrow_same_field_twice_imm_imm(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW const struct bar *bar1 = &foo->bar1;
    BORROW const struct bar *bar2 = &foo->bar1;
    read_bar(bar1);
    (void)bar2;
    free(foo);
}

void borrow_both_fields_mut(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW_MUT struct bar *bar2 = &foo->bar2;
    read_bar(bar1);
    (void)bar2;
    free(foo);
}

void borrow_mut_and_base_imm(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW const struct bar *foo1 = &foo->bar1; // expect: borrow-conflict
    BORROW const struct foo *foo2 = foo;
    read_long(bar1);
    (void)foo1;
    (void)foo2;
    free(foo);
}

void borrow_mut_and_base_mut(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct bar *foo1 = &foo->bar1; // expect: mut-borrow-conflict
    read_long(bar1);
    (void)foo1;
    free(foo);
}

void borrow_mut_and_base_mut2(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct foo *foo2 = foo; // expect: mut-borrow-conflict
    read_long(bar1);
    (void)foo2;
    free(foo);
}

void borrow_imm_and_base_mut(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW const long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct bar *foo1 = &foo->bar1; // expect: borrow-conflict
    read_long(bar1);
    (void)foo1;
    free(foo);
}

void borrow_imm_and_base_mut2(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW const long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct foo *foo2 = foo; // expect: borrow-conflict
    read_long(bar1);
    (void)foo2;
    free(foo);
}

void borrow_imm_and_base_imm(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW const long *bar1 = &foo->bar1.int1;
    BORROW const struct bar *foo1 = &foo->bar1;
    BORROW const struct foo *foo2 = foo;
    read_long(bar1);
    (void)foo1;
    (void)foo2;
    free(foo);
}

void borrow_mut_and_imm(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW const struct bar *foo1 = &foo->bar2;
    (void)bar1;
    (void)foo1;
    free(foo);
}

void borrow_mut_from_imm(BORROW struct foo *foo)
{
    BORROW_MUT struct bar *bar1 = &foo->bar1; // expect: write-through-shared
    read_bar(bar1);
}

void borrow_long_path_both_mut(void)
{
    OWNED struct foo *foo = make_foo();
    if (!foo)
        return;
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW_MUT long *foo1 = &foo->bar2.int2;
    read_long(bar1);
    read_long(foo1);
    free(foo);
}
