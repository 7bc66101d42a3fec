#!/bin/sh
# A model may declare a global function pointer as the function it stands
# for (curl's Curl_cmalloc, which its malloc macro calls): a call through
# the pointer is then a call of that function (docs/models.md). Without the
# model the same calls are unknown, and nothing is reported.
. "$ROOT/testsuite/cli/lib.sh"

D=testsuite/cli/data/hooks
run "$OWNCK" --model $D/allocation_hooks.h --verify $D/bad_allocation_hooks.c $D/ok_allocation_hooks.c
expect_status 0
expect_contains out "ok $D/bad_allocation_hooks.c (4 diagnostics)"
expect_contains out "ok $D/ok_allocation_hooks.c (0 diagnostics)"

run "$OWNCK" --model $D/allocation_hooks.h $D/bad_allocation_hooks.c
expect_status 0   # warnings only
expect_diag out $D/bad_allocation_hooks.c 22 warning leak
expect_contains out "'p' allocated here by 'hook_malloc'"

run "$OWNCK" $D/bad_allocation_hooks.c $D/ok_allocation_hooks.c
expect_status 0
expect_ndiags out 0

finish
