#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-reborrow-from-mut.rs.
 * Adapted: `foo: &mut Foo` is a BORROW_MUT parameter (`&Foo` a BORROW one),
 * `&foo.bar1` / `&mut foo.bar1` are BORROW / BORROW_MUT variables, the
 * generic use_mut/use_imm are BORROW_MUT/BORROW functions on struct bar or
 * long. The match-pattern functions are left out. In
 * borrow_mut_and_base_imm only the first conflict against the loan is
 * reported (annotations.md 7.4). Same verdicts: E0499, E0502 and E0596
 * (write-through-shared) where rustc reports them, the rest accepted. */

struct bar { long int1; long int2; };
struct foo { struct bar bar1; struct bar bar2; };

void use_mut(BORROW_MUT struct bar *b);
void use_imm(BORROW const struct bar *b);
void use_mut_long(BORROW_MUT long *l);
void use_imm_long(BORROW const long *l);

void borrow_same_field_twice_mut_mut(BORROW_MUT struct foo *foo)
{
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW_MUT struct bar *bar2 = &foo->bar1; // expect: mut-borrow-conflict
    use_mut(bar1);
    (void)bar2;
}

void borrow_same_field_twice_mut_imm(BORROW_MUT struct foo *foo)
{
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW const struct bar *bar2 = &foo->bar1; // expect: borrow-conflict
    use_mut(bar1);
    (void)bar2;
}

void borrow_same_field_twice_imm_mut(BORROW_MUT struct foo *foo)
{
    BORROW const struct bar *bar1 = &foo->bar1;
    BORROW_MUT struct bar *bar2 = &foo->bar1; // expect: borrow-conflict
    use_imm(bar1);
    (void)bar2;
}

void borrow_same_field_twice_imm_imm(BORROW_MUT struct foo *foo)
{
    BORROW const struct bar *bar1 = &foo->bar1;
    BORROW const struct bar *bar2 = &foo->bar1;
    use_imm(bar1);
    (void)bar2;
}

void borrow_both_mut(BORROW_MUT struct foo *foo)
{
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW_MUT struct bar *bar2 = &foo->bar2;
    use_mut(bar1);
    (void)bar2;
}

void borrow_mut_and_base_imm(BORROW_MUT struct foo *foo)
{
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW const struct bar *foo1 = &foo->bar1; // expect: borrow-conflict
    BORROW const struct foo *foo2 = foo;
    use_mut_long(bar1);
    (void)foo1;
    (void)foo2;
}

void borrow_mut_and_base_mut(BORROW_MUT struct foo *foo)
{
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct bar *foo1 = &foo->bar1; // expect: mut-borrow-conflict
    use_mut_long(bar1);
    (void)foo1;
}

void borrow_mut_and_base_mut2(BORROW_MUT struct foo *foo)
{
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct foo *foo2 = foo; // expect: mut-borrow-conflict
    use_mut_long(bar1);
    (void)foo2;
}

void borrow_imm_and_base_mut(BORROW_MUT struct foo *foo)
{
    BORROW const long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct bar *foo1 = &foo->bar1; // expect: borrow-conflict
    use_imm_long(bar1);
    (void)foo1;
}

void borrow_imm_and_base_mut2(BORROW_MUT struct foo *foo)
{
    BORROW const long *bar1 = &foo->bar1.int1;
    BORROW_MUT struct foo *foo2 = foo; // expect: borrow-conflict
    use_imm_long(bar1);
    (void)foo2;
}

void borrow_imm_and_base_imm(BORROW_MUT struct foo *foo)
{
    BORROW const long *bar1 = &foo->bar1.int1;
    BORROW const struct bar *foo1 = &foo->bar1;
    BORROW const struct foo *foo2 = foo;
    use_imm_long(bar1);
    (void)foo1;
    (void)foo2;
}

void borrow_mut_and_imm(BORROW_MUT struct foo *foo)
{
    BORROW_MUT struct bar *bar1 = &foo->bar1;
    BORROW const struct bar *foo1 = &foo->bar2;
    use_mut(bar1);
    (void)foo1;
}

void borrow_mut_from_imm(BORROW struct foo *foo)
{
    BORROW_MUT struct bar *bar1 = &foo->bar1; // expect: write-through-shared
    (void)bar1;
}

void borrow_long_path_both_mut(BORROW_MUT struct foo *foo)
{
    BORROW_MUT long *bar1 = &foo->bar1.int1;
    BORROW_MUT long *foo1 = &foo->bar2.int2;
    use_mut_long(bar1);
    (void)foo1;
}
