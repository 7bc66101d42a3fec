#!/bin/sh
# make bench: ownck against the floor on zlib, Lua and sqlite3, on generated
# functions of growing size, with -j 1 vs -j 2, and a re-run with the cache
# after one file changed. See docs/performance.md.
# Usage: testsuite/bench/run.sh   (after `make build/ownck build/bench/floor`)
# The real code comes from testsuite/realcode/prepare.sh (apt-get source, once,
# cached in OWNCK_REALCODE_DIR, default ~/.cache/ownck-realcode); the
# measurements are bench.py's. Exit status 1 when something could not be
# measured, or on superlinear growth unless BENCH_ALLOW_SLOW=1.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${OWNCK_REALCODE_DIR:-$HOME/.cache/ownck-realcode}
PY=${PYTHON:-python3}
OUT=$ROOT/build/bench

# BENCH_ONLY=instructions (not run by default: three minutes under valgrind)
# needs valgrind, installed with the real code's other packages.
case " ${BENCH_ONLY:-} " in *" instructions "*) EXTRA_TOOLS=valgrind;; esac

REALCODE=$ROOT/testsuite/realcode
# shellcheck source=testsuite/realcode/prepare.sh
. "$REALCODE/prepare.sh"
# shellcheck disable=SC2034  # read by prepare.sh
PROJECTS="zlib lua5.4 sqlite3"
realcode_check_projects
for b in "$ROOT/build/ownck" "$OUT/floor"; do
	[ -x "$b" ] || die "no $b (run make bench, or make build/ownck build/bench/floor)"
done
realcode_fetch_prepare
[ -z "$setup_failed" ] || die "could not prepare:$setup_failed"

mkdir -p "$OUT" || die "cannot create $OUT"
exec "$PY" "$HERE/bench.py" "$ROOT" "$CACHE" "$OUT"
