#!/bin/sh
# --dump-ir FILE: prints each defined function's IR, starting "fn NAME(",
# exit 0, the same every time; nothing for declarations or system headers.
. "$ROOT/testsuite/cli/lib.sh"

expect_status 0 "$OWNCK" --dump-ir "$DATA/dump_ir.c"
expect_line_match out 1 '^fn add\('
expect_count out '^fn add\(' 1
expect_count out '^fn twice\(' 1
expect_nonempty out
save ir
# add comes before twice, as in the file.
a=$(grep -n '^fn add(' "$OUT" | head -n 1 | cut -d: -f1)
t=$(grep -n '^fn twice(' "$OUT" | head -n 1 | cut -d: -f1)
if [ -n "$a" ] && [ -n "$t" ] && [ "$a" -ge "$t" ]; then
	fail "--dump-ir: fn add (line $a of the dump) after fn twice (line $t)"
fi
# Deterministic.
run "$OWNCK" --dump-ir "$DATA/dump_ir.c"
expect_same "$TMP/ir" "$OUT" "--dump-ir run twice"

# An annotated file that includes system headers: only its own function.
run "$OWNCK" --dump-ir "$DATA/move_use.c"
expect_match out '^fn f\('
expect_no_match out '^fn (malloc|free|take)\('
run "$OWNCK" --dump-ir "$DATA/three_rules.c"
expect_count out '^fn (moved|freed|twice)\(' 3

# A file that does not parse: 2.
expect_status 2 "$OWNCK" --dump-ir "$DATA/bad_parse.c"
expect_match err 'error: '

finish
