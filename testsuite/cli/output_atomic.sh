#!/bin/sh
# -o FILE is written atomically: ownck killed with SIGKILL at any moment leaves
# FILE either as it was before or complete, never half written. The kills
# land at several moments of a run over a big input; whichever moment each
# one hits, the check is the same, so the test does not depend on timing.
. "$ROOT/testsuite/cli/lib.sh"

F=$TMP/big.c
{
	echo '#include <stdlib.h>'
	i=0
	while [ $i -lt 1500 ]; do
		echo "void f$i(void) { char *p = malloc(4); if (p) p[0] = 1; }"
		i=$((i + 1))
	done
} >"$F"

run "$OWNCK" --format=json -o "$TMP/ref.json" "$F"
expect_status 0   # unannotated leaks are warnings
[ "$(grep -o '"leak"' "$TMP/ref.json" | wc -l)" -ge 1500 ] || fail "the reference run did not report the 1500 leaks"

for delay in 0 0.05 0.1 0.15 0.2 0.25 0.3 0.4 0.6 0.8 1.6; do
	printf 'previous contents\n' >"$TMP/out.json"
	"$OWNCK" --format=json -o "$TMP/out.json" "$F" >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if ! cmp -s "$TMP/out.json" "$TMP/ref.json" && [ "$(cat "$TMP/out.json")" != "previous contents" ]; then
		fail "killed after ${delay}s: out.json is neither the old file nor the complete output ($(wc -c <"$TMP/out.json") bytes)"
	fi
	rm -f "$TMP"/out.json.tmp.*
done

# A run that cannot write its output leaves an existing file alone.
printf 'previous contents\n' >"$TMP/out.json"
chmod a-w "$TMP"
run "$OWNCK" --format=json -o "$TMP/out.json" "$F"
chmod u+w "$TMP"
if [ "$(id -u)" != 0 ]; then
	expect_status 2
	expect_contains err "cannot write"
fi
[ "$(cat "$TMP/out.json")" = "previous contents" ] || [ "$(id -u)" = 0 ] || fail "a failed write changed the old file"

finish
