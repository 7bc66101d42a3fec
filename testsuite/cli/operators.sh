#!/bin/sh
# Operators are read, never guessed (design.md): each of the shapes in
# data/macro_operators.c -- an operator written in a macro's argument
# (likely, unlikely, ALWAYS), between two macros inside another's argument
# (HAS(n, FLAG_A|FLAG_B)), after a macro whose last token went through an
# argument (head) or in its last argument (GLOBAL(T, v) == n), before a
# macro whose first argument begins the right operand (n->flags == ID(3)),
# across an
# #if's lines, its inactive branch and a #define, inside a macro body
# beside offsetof (whose comma separates arguments) or in a block of a
# macro body that declares (BOTH's `{ {`, SWAP_IF's `if (c) {`), an
# assignment to a volatile place, an operator passed alone as a macro
# argument (INTOP(+, a, b)), __extension__ in a body, an object-like macro
# naming a function-like one (BOTH_SET_TOO), += in a body that also has +
# and - (STEP), a body whose comma separates a call's arguments
# (FLAGS_AND_ONE), a body that begins with the operator (4 KB, lz4's
# #define KB *(1 << 10)) or holds both operands' ends (x * NANOSEC, with
# #define NANOSEC 1*1000000000ULL), functions that one invocation defines
# (GEN_PAIR, as libuv's and tmux's RB_GENERATE), a comment inside a body
# (TWO), a * after an if's condition in a body (STORE_IF), assert's
# __extension__ beside n++ (PUSH), ++ on a volatile (INC), a store to one
# (SAVE, dash's SAVEINT), a cast to __typeof__ (...) before a unary minus
# (TYPE_SIGNED, gnulib's _GL_TYPE_SIGNED), a body's
# declaration that begins with register and a typedef (CLEAR_BITS, tmux's
# bit_nclear), a macro's argument that is itself a macro (ONE_MORE(FLAGS_OF_NEXT):
# pcre2's IS_NEWLINE, xz's header_find(false, ...)), an operator in a body
# between two arguments that are macros (OPEN_FILE: nginx's ngx_open_file's
# mode|create), a local of an unnamed struct type with a trailing comma in
# its initializer (MSG_REQUEST: iproute2's GENL_REQUEST), ++, -- and += on
# a macro whose body names another (D_x: screen's DISPLAY) -- is recovered:
# --stats counts none unrecovered, and the file has no finding.
. "$ROOT/testsuite/cli/lib.sh"

expect_status 0 "$OWNCK" --stats "$DATA/macro_operators.c"
expect_empty out
expect_match err 'operators \(0 unrecovered\)'

# a file included twice under other macro definitions (expat's
# xmltok_impl.c): each inclusion's expansions are its own
expect_status 0 "$OWNCK" --stats "$DATA/included_twice.c"
expect_empty out
expect_match err 'operators \(0 unrecovered\)'

# a macro defined again between expansions of another macro whose body
# names it (rsync's md5.c): each expansion with the definition in force there
expect_status 0 "$OWNCK" --stats "$DATA/macro_redefined.c"
expect_empty out
expect_match err 'operators \(0 unrecovered\)'

# functions a macro writes in a header included twice under two
# definitions of it (jq's libm.h): the functions' inclusion is the first
expect_status 0 "$OWNCK" --stats "$DATA/macro_function_included_twice.c"
expect_empty out
expect_match err 'operators \(0 unrecovered\)'
finish
