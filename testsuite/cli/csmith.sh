#!/bin/sh
# ownck on random C programs from csmith (Debian's csmith 2.3.0, fixed seeds):
# no crash, no hang, nothing on stderr, exit 0 or 1. csmith programs are
# correct C by construction and never allocate (checked: no malloc, calloc,
# realloc or free), so no rule about heap memory or borrows may fire. The one
# diagnostic they do earn is return-local-ref: csmith stores the address of a
# local or a parameter in a global (`g_3015 = &l_3014;`, `*g_421 = &p_71;`)
# and never reads it after the function returns, which C allows and Rust
# refuses (E0515); docs/rules/return-local-ref.md reports every such store.
. "$ROOT/testsuite/cli/lib.sh"

if ! command -v csmith >/dev/null 2>&1 || [ ! -f /usr/include/csmith/csmith.h ]; then
	echo "csmith: skipped, csmith or its headers (/usr/include/csmith) are not installed (scripts/deps.sh installs them)"
	exit 0
fi

# Ten seeds, programs of 120 to 1,750 lines; generated two at a time, each
# in a directory of its own under $TMP, since csmith writes (and reads) a
# platform.info in its working directory: two in one directory raced.
SEEDS="1 2 3 5 7 8 9 12 13 19"
gen() {   # gen SEED
	mkdir -p "$TMP/gen$1" && (cd "$TMP/gen$1" && csmith --seed "$1" -o "$TMP/csmith$1.c") >/dev/null 2>&1
}
set -- $SEEDS
while [ $# -gt 0 ]; do
	gen "$1" &
	[ $# -gt 1 ] && gen "$2" &
	wait
	shift
	[ $# -gt 0 ] && shift
done

for seed in $SEEDS; do
	p=$TMP/csmith$seed.c
	if [ ! -s "$p" ]; then
		fail "csmith --seed $seed did not write a program"
		continue
	fi
	if grep -n -E '\b(malloc|calloc|realloc|free) *\(' "$p" | head -n 3 | grep .; then
		fail "seed $seed: the program uses the heap, so the checks below do not hold"
	fi
	run timeout 60 "$OWNCK" "$p" -- -I/usr/include/csmith
	[ "$status" -le 1 ] || { fail "seed $seed: status $status (124: a hang)"; show_last; }
	expect_empty err
	# Every diagnostic is a store of a local's address in a global.
	_other=$(grep -E -e "$DIAG_RE" "$OUT" |
		grep -v -E ": error: storing the address of local '[lp]_[0-9]+' in '[*]*g_[0-9]+(\[\])*', which outlives it \[return-local-ref\]$")
	[ -z "$_other" ] || { fail "seed $seed: a diagnostic csmith programs do not deserve:"; printf '%s\n' "$_other" | sed 's/^/    /'; }
	echo "seed $seed: $(wc -l <"$p") lines, status $status, $(ndiags out) return-local-ref"
done
[ ! -e "$ROOT/platform.info" ] || fail "csmith wrote platform.info in the repository"

finish
