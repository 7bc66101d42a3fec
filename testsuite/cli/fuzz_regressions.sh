#!/bin/sh
# Every input in testsuite/fuzz/regressions/ (each once broke ownck; see
# testsuite/fuzz/README.md) through this ownck binary, as a C file: no crash,
# no hang, exit 0, 1 or 2, and the JSON and SARIF outputs are valid UTF-8 JSON.
# (fuzz_smoke.sh replays them through the fuzz target too.)
. "$ROOT/testsuite/cli/lib.sh"

# utf8_json: the last stdout is one JSON document in strict UTF-8.
utf8_json() {
	if ! python3 -c '
import json, sys
json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' "$OUT" >"$TMP/.py" 2>&1; then
		fail "$1: not valid UTF-8 JSON: $(tail -n 1 "$TMP/.py")"
		show_last
	fi
}

n=0
for r in testsuite/fuzz/regressions/*; do
	[ -f "$r" ] || continue
	n=$((n + 1))
	name=$(basename "$r")
	cp "$r" "$TMP/$name.c"
	for fmt in text json sarif; do
		run timeout 60 "$OWNCK" --format=$fmt "$TMP/$name.c"
		[ "$status" -le 2 ] || fail "$name, --format=$fmt: status $status (124: a hang)"
		[ $fmt = text ] || utf8_json "$name, --format=$fmt"
	done
done
[ "$n" -gt 0 ] || fail "no inputs in testsuite/fuzz/regressions"
echo "$n regression inputs"

finish
