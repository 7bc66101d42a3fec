#!/bin/sh
# ownck follows its own rules: it reports nothing on its own sources.
. "$ROOT/testsuite/cli/lib.sh"
cd "$ROOT" || exit 1
inc=$(llvm-config --includedir 2>/dev/null || echo /usr/lib/llvm-14/include)
run "$OWNCK" analyzer/*.c rules/*.c -- -D_GNU_SOURCE -Ianalyzer -Irules -I"$inc"
expect_status 0
expect_empty out
finish
