#!/bin/sh
# The whole test suite. Usage: testsuite/run.sh OWNCK [SANITIZED-OWNCK]
#
# Each test is one line of output, PASS or FAIL; the last line is the summary
# "N passed, N failed". Everything runs twice when a sanitizer build is given:
# once with the normal binary and once under ASan+UBSan, where any sanitizer
# report fails the test.
#
#   testsuite/**/*.c      expectation-comment tests: `ownck --verify FILE`
#                         (except lowering/, cli/, and data/ folders)
#   testsuite/lowering/   X.c with X.ir: `ownck --dump-ir X.c` must print X.ir
#   testsuite/cli/*.sh    end-to-end scripts; $OWNCK is the binary, exit 0 = pass
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
passed=0
failed=0
failures=""
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

report() {   # report NAME STATUS LOGFILE
	if [ "$2" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS $1"
	else
		failed=$((failed + 1))
		failures="$failures $1"
		echo "FAIL $1"
		sed 's/^/    /' "$3" | head -40
	fi
}

run_suite() {   # run_suite OWNCK LABEL
	bin=$1; label=$2
	for t in $(find testsuite -name '*.c' -not -path '*/lowering/*' -not -path '*/cli/*' \
	               -not -path '*/data/*' -not -path '*/bench/*' -not -path '*/fuzz/*' -not -path '*/pending/*' | sort); do
		"$bin" --verify "$t" >"$LOG/out" 2>&1
		report "$label$t" $? "$LOG/out"
	done
	for t in $(find testsuite/lowering -name '*.c' 2>/dev/null | sort); do
		exp=${t%.c}.ir
		if "$bin" --dump-ir "$t" >"$LOG/ir" 2>"$LOG/err" && diff -u "$exp" "$LOG/ir" >"$LOG/out" 2>&1; then
			report "$label$t" 0 "$LOG/out"
		else
			cat "$LOG/err" >>"$LOG/out"
			report "$label$t" 1 "$LOG/out"
		fi
	done
	for t in $(find testsuite/cli -maxdepth 1 -name '*.sh' -not -name lib.sh 2>/dev/null | sort); do
		OWNCK="$ROOT/$bin" ROOT="$ROOT" sh "$t" >"$LOG/out" 2>&1
		report "$label$t" $? "$LOG/out"
	done
}

run_suite "$1" ""
if [ $# -ge 2 ]; then
	# Sanitizer reports make the process fail with a distinctive status.
	ASAN_OPTIONS=detect_leaks=1:exitcode=99:abort_on_error=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99 \
	LSAN_OPTIONS=suppressions="$ROOT/testsuite/lsan.supp":print_suppressions=0 \
	    run_suite "$2" "[asan] "
fi

echo
[ -n "$failures" ] && echo "failed:$failures" | fold -w 120
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
