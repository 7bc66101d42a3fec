#!/bin/sh
# A minute of libFuzzer on the whole pipeline (build/fuzz/ownck-fuzz, built by
# `make test` from testsuite/fuzz/fuzz_ownck.c): first every input of
# testsuite/fuzz/regressions/ once, then fuzzing from the tests' and examples'
# C files. A crash, a sanitizer report, a leak or an input that runs longer
# than 10 s fails, and the input is kept in build/fuzz/smoke/.
#
# The fuzz target is its own ASan+UBSan build, whatever binary the suite
# passes, so it runs once: in the pass of the plain binary, not the [asan] one.
. "$ROOT/testsuite/cli/lib.sh"

case $OWNCK in
*/asan/*)
	echo "fuzz_smoke: run in the pass of the plain binary only (the fuzz target has its own sanitizers)"
	exit 0
	;;
esac

FUZZ=$ROOT/build/fuzz/ownck-fuzz
if [ ! -x "$FUZZ" ]; then
	fail "no $FUZZ: build it with 'make build/fuzz/ownck-fuzz' (make test does)"
	finish
fi
export LSAN_OPTIONS="suppressions=$ROOT/testsuite/lsan.supp:print_suppressions=0"
KEEP=$ROOT/build/fuzz/smoke
mkdir -p "$KEEP"

# The regressions, each once.
run "$FUZZ" -timeout=10 -rss_limit_mb=4096 testsuite/fuzz/regressions/*
expect_status 0
expect_contains err 'Executed testsuite/fuzz/regressions/'

# Fuzzing, from a corpus of the suite's C files (each once, names made unique).
mkdir "$TMP/corpus"
for f in $(find testsuite examples -name '*.c' -not -path testsuite/fuzz/fuzz_ownck.c); do
	cp "$f" "$TMP/corpus/$(echo "$f" | tr / _)"
done
run "$FUZZ" -max_total_time=50 -timeout=10 -max_len=32768 -rss_limit_mb=4096 -seed=1 \
    -print_final_stats=1 -artifact_prefix="$KEEP/" "$TMP/corpus"
expect_status 0
expect_contains err 'Done '
grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units)' "$ERR"
if [ "$status" -ne 0 ]; then
	echo "fuzz_smoke: the failing input is in $KEEP; replay it with $FUZZ FILE"
	grep -E 'ERROR|SUMMARY|Test unit written' "$ERR" | head -n 10
fi
grep 'libclang crashed' "$ERR" | head -n 5

finish
