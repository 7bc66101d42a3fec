#!/bin/sh
# ownck is built and tested against Debian 12's libclang 14, and must keep
# building and working with LLVM 15 and 16 (README). For each version given
# (default: 15 16), in a copy of the tracked tree: the tests' binary and the
# fuzz target built against that libclang (the Makefile installs its packages
# when missing: make LLVM_CONFIG=llvm-config-N), then the plain pass of the
# test suite with them. The sanitizer pass is make test's, with 14.
# Called by .ci/run after make test; `make test-llvm` runs it by hand.
set -e
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 15 16
status=0
for v in "$@"; do
	dir=$(mktemp -d "${TMPDIR:-/tmp}/ownck-llvm$v.XXXXXX")
	git ls-files -z | xargs -0 cp --parents -t "$dir"
	echo "== LLVM $v: building and testing in $dir" >&2
	# OWNCK_DEPS=all: deps runs once, for whichever target asks first, and
	# the fuzz target needs that LLVM's clang and libFuzzer too
	if (cd "$dir" && make --no-print-directory LLVM_CONFIG="llvm-config-$v" OWNCK_DEPS=all build/check/ownck build/fuzz/ownck-fuzz &&
	    ldd build/check/ownck | grep -q "libclang-$v" && sh testsuite/run.sh build/check/ownck >test.log 2>&1); then
		echo "== LLVM $v: $(tail -n 1 "$dir/test.log")" >&2
	else
		[ -f "$dir/test.log" ] && grep -A 12 '^FAIL' "$dir/test.log" >&2
		echo "== LLVM $v: FAILED ($( [ -f "$dir/test.log" ] && tail -n 1 "$dir/test.log" || echo 'build'))" >&2
		status=1
	fi
	rm -rf "$dir"
done
exit $status
