/*
 * ownck.h - ownership and borrowing annotations for C, checked by ownck.
 *
 * The macros say what a pointer means, in Rust's terms:
 *
 *   OWNED          Box<T>            the pointer owns its pointee; moving or releasing it ends
 *                                    the source's ownership
 *   BORROW         &'a T             a shared borrow: read through it, never release it
 *   BORROW_MUT     &'a mut T         an exclusive borrow: nobody else touches the place meanwhile
 *   OUT_OWNED      &mut Option<Box>  a T** through which the callee hands out an owned pointer
 *   LIFETIME(a)    'a                names a borrow's lifetime (beside BORROW or BORROW_MUT)
 *
 * When ownck parses a file it defines __OWNCK__, and the macros become clang
 * `annotate` attributes that it reads back. For every other compiler they expand
 * to nothing, so annotated code compiles to exactly the same object code.
 */
#ifndef OWNCK_H
#define OWNCK_H

#ifdef __OWNCK__
#define OWNED        __attribute__((annotate("ownck::owned")))
#define BORROW       __attribute__((annotate("ownck::borrow")))
#define BORROW_MUT   __attribute__((annotate("ownck::borrow_mut")))
#define OUT_OWNED    __attribute__((annotate("ownck::out_owned")))
#define LIFETIME(a)  __attribute__((annotate("ownck::lifetime:" #a)))
#else
#define OWNED
#define BORROW
#define BORROW_MUT
#define OUT_OWNED
#define LIFETIME(a)
#endif

#endif /* OWNCK_H */
