#!/bin/sh
# Runs ownck, without annotations, on real C from Debian source packages.
# Usage: testsuite/realcode/run.sh [PROJECT...]   (default: zlib lua5.4 sqlite3 sqlite3-shell redis zstd libuv)
# See testsuite/realcode/README.md.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OWNCK=${OWNCK:-$ROOT/build/ownck}
CACHE=${OWNCK_REALCODE_DIR:-$HOME/.cache/ownck-realcode}
JOBS=${OWNCK_JOBS:-2}
PY=${PYTHON:-python3}
# The parse-only comparison pass; skipped when there is no such compiler.
CLANG=${CLANG:-$(command -v clang-14 || command -v clang || echo none)}
# What fetching and preparing need (ALL_PROJECTS, say, die, phase_done, ...).
REALCODE=$HERE
. "$REALCODE/prepare.sh"
PROJECTS=${*:-$ALL_PROJECTS}

realcode_check_projects
case $OWNCK in
	/*) ;;
	*/*) OWNCK="$(pwd)/$OWNCK";;
	*) OWNCK=$(command -v "$OWNCK") || die "no ownck binary named $OWNCK";;
esac
[ -x "$OWNCK" ] || die "no ownck binary at $OWNCK (run make, or set OWNCK)"
realcode_fetch_prepare

# --- 4. analyze -----------------------------------------------------------------

NL='
'
T=$(now)
R="$CACHE/results"
OWNCK_ID="$("$OWNCK" --version 2>&1 | head -1); built $(date -r "$OWNCK" '+%Y-%m-%d %H:%M:%S'), sha256 $(sha256sum "$OWNCK" | cut -c1-12)"
say "ownck: $OWNCK ($OWNCK_ID)"
analyzed=""
for p in $PROJECTS; do
	case " $setup_failed " in *" $p "*) continue;; esac
	B="$CACHE/build/$p"
	version=$(basename "$(ls "$CACHE/src/$(pkg_of "$p")"/*.dsc | head -1)" .dsc)
	(
		cd "$B" || exit 1
		set -f
		IFS=$NL
		# shellcheck disable=SC2046
		set -- $(cat .ownck-files)
		nfiles=$#
		lines=$(cat "$@" | wc -l)
		# shellcheck disable=SC2046
		set -- "$@" -- $(cat .ownck-flags)
		IFS=' '
		say "$p: ownck on $nfiles file(s), $lines lines"
		t=$(now)
		timeout "${OWNCK_TIMEOUT:-3600}" "$OWNCK" --format=json --stats -j "$JOBS" "$@" \
			>"$R/$p.json" 2>"$R/$p.stderr"
		rc=$?
		ownck_time=$(since "$t")
		timeout "${OWNCK_TIMEOUT:-3600}" "$OWNCK" --format=text --color=never -j "$JOBS" "$@" \
			>"$R/$p.txt" 2>&1
		# Parse-only comparison: clang -fsyntax-only, same files and flags, same parallelism.
		parse_time=-
		if [ "$CLANG" != none ]; then
			t=$(now)
			IFS=$NL
			# shellcheck disable=SC2046
			printf '%s\n' $(cat .ownck-files) | xargs -P "$JOBS" -n 1 \
				"$CLANG" -fsyntax-only -w $(cat .ownck-flags) >"$R/$p.clang.log" 2>&1
			crc=$?
			IFS=' '
			parse_time=$(since "$t")
			[ $crc -eq 0 ] || parse_time="$parse_time(failed)"
		fi
		{
			echo "version=${version#*_}"
			echo "files=$nfiles"
			echo "lines=$lines"
			echo "ownck_rc=$rc"
			echo "ownck_time=$ownck_time"
			echo "parse_time=$parse_time"
			echo "stats=$(grep '^ownck: [0-9]* files' "$R/$p.stderr" | tail -1)"
			echo "dir=$B"
		} >"$R/$p.meta"
		say "$p: exit $rc in ${ownck_time}s (clang -fsyntax-only ${parse_time}s)"
		[ $rc -le 2 ]
	) || say "$p: ownck did not finish normally (see $R/$p.stderr)"
	analyzed="$analyzed $p"
done
phase_done "4 analyze" "$T"

# --- 5. report ------------------------------------------------------------------

echo
echo "ownck: $OWNCK ($OWNCK_ID), -j $JOBS"
echo "results: $R"
echo
# shellcheck disable=SC2086
"$PY" "$HERE/realcode.py" summarize "$CACHE" $analyzed >"$R/summary.txt"
report_rc=$?
cat "$R/summary.txt"
echo
echo "phases:"
printf '%s' "$PHASES" | sed 's/^/  /'
status=0
[ -z "$setup_failed" ] || { say "setup failed for:$setup_failed"; status=1; }
[ "$report_rc" -eq 0 ] || { say "some project did not parse or produced no JSON"; status=1; }
exit $status
