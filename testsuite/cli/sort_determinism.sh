#!/bin/sh
# Diagnostics come sorted (each file's together, then by line, column, rule),
# and the output is byte-identical across repeated runs and across -j 1, -j 2
# and -j 4, in text, JSON and SARIF, and on stderr: for the files of
# testsuite/cli/data/ and for all of testsuite/leaks/ and testsuite/borrows/
# (150 files, about 140 findings).
. "$ROOT/testsuite/cli/lib.sh"

FILES="$DATA/clean.c $DATA/maybe_moved.c $DATA/mixed.c $DATA/move_use.c $DATA/three_rules.c $DATA/warn_only.c"

# expect_sorted: in the last stdout, the diagnostics of one file are
# contiguous, and within a file ordered by line, column, rule.
expect_sorted() {
	if ! grep -E -e "$DIAG_RE" "$OUT" | awk '
		{
			split($0, a, ":"); f = a[1]; l = a[2] + 0; c = a[3] + 0
			r = $NF
			if (f != pf) {
				if (f in seen) { print "file " f " appears in two groups"; bad = 1 }
				seen[f] = 1
			} else if (l < pl || (l == pl && (c < pc || (c == pc && r < pr)))) {
				print "out of order: " $0 " after line " pl " column " pc; bad = 1
			}
			pf = f; pl = l; pc = c; pr = r
		}
		END { exit bad }' >"$TMP/.sorted"; then
		fail "diagnostics not sorted ($last_cmd):"
		sed 's/^/    /' "$TMP/.sorted"
		show_last
	fi
}

# A reference run with -j 1.
# shellcheck disable=SC2086
expect_status 1 "$OWNCK" -j 1 $FILES
expect_sorted
save ref
expect_ndiags out 10
# Every file's findings are there (the clean one has none).
for f in maybe_moved mixed move_use three_rules warn_only; do
	expect_contains out "testsuite/cli/data/$f.c:"
done
expect_not_contains out 'testsuite/cli/data/clean.c:'

# Repeated runs and other -j values: the same bytes.
for j in 1 2 4 1 2 4; do
	# shellcheck disable=SC2086
	run "$OWNCK" -j "$j" $FILES
	expect_same "$TMP/ref" "$OUT" "text output, -j 1 vs. -j $j"
done
# The default -j (the number of cores) too.
# shellcheck disable=SC2086
run "$OWNCK" $FILES
expect_same "$TMP/ref" "$OUT" "text output, -j 1 vs. the default"

# The same in JSON, whose diagnostics are sorted within each file.
# shellcheck disable=SC2086
run "$OWNCK" --format=json -j 1 $FILES
save ref.json
json_check "JSON diagnostics sorted within each file" '
seen = []
for x in d["diagnostics"]:
    f = x["location"]["file"]
    if not seen or seen[-1] != f:
        assert f not in seen, ("file in two groups", f)
        seen.append(f)
for f in seen:
    keys = [(x["location"]["line"], x["location"]["column"], x["rule"]) for x in d["diagnostics"] if x["location"]["file"] == f]
    assert keys == sorted(keys), (f, keys)
assert d["stats"]["files"] == 6 and len(d["diagnostics"]) == 10, d["stats"]'
for j in 2 4 2; do
	# shellcheck disable=SC2086
	run "$OWNCK" --format=json -j "$j" $FILES
	expect_same "$TMP/ref.json" "$OUT" "JSON output, -j 1 vs. -j $j"
done

# Files given in the other order: still each file's findings together and
# sorted, and identical across -j.
REV="$DATA/warn_only.c $DATA/three_rules.c $DATA/move_use.c $DATA/mixed.c $DATA/maybe_moved.c $DATA/clean.c"
# shellcheck disable=SC2086
run "$OWNCK" -j 1 $REV
expect_sorted
save rev
# shellcheck disable=SC2086
run "$OWNCK" -j 3 $REV
expect_same "$TMP/rev" "$OUT" "reversed file order, -j 1 vs. -j 3"

# Many copies of the files (more files than jobs): stable too.
i=0
while [ $i -lt 4 ]; do
	for f in $FILES; do
		cp "$f" "$TMP/c$i-$(basename "$f")"
	done
	i=$((i + 1))
done
run "$OWNCK" -j 1 "$TMP"/c*.c
expect_sorted
save many
expect_ndiags out 40
for j in 2 4 8; do
	run "$OWNCK" -j "$j" "$TMP"/c*.c
	expect_same "$TMP/many" "$OUT" "24 files, -j 1 vs. -j $j"
done

# The suite's own leak and borrow tests: many files, many findings, in the
# three formats; a reference at -j 1, then -j 4 and -j 2 (and, for text, -j 1
# again). Each run takes seconds under the sanitizers, hence so few.
SUITE=$(ls testsuite/leaks/*.c testsuite/borrows/*.c)
for fmt in text json sarif; do
	# shellcheck disable=SC2086
	run "$OWNCK" --format=$fmt -j 1 $SUITE
	[ "$status" -eq 1 ] || { fail "suite files, --format=$fmt: status $status"; show_last; }
	cp "$OUT" "$TMP/suite.$fmt"
	cp "$ERR" "$TMP/suite.$fmt.err"
	again=""
	[ $fmt = text ] && again=1
	for j in 4 2 $again; do
		# shellcheck disable=SC2086
		run "$OWNCK" --format=$fmt -j "$j" $SUITE
		expect_same "$TMP/suite.$fmt" "$OUT" "suite files, --format=$fmt, -j 1 vs. -j $j"
		expect_same "$TMP/suite.$fmt.err" "$ERR" "suite files, --format=$fmt, stderr, -j 1 vs. -j $j"
	done
done
cp "$TMP/suite.text" "$OUT"
expect_sorted
[ "$(ndiags out)" -ge 100 ] || fail "suite files: only $(ndiags out) diagnostics, expected 100 or more"
cp "$TMP/suite.json" "$OUT"
TMP=$TMP json_check "suite files in JSON: the text output's diagnostics, in its order" '
assert d["stats"]["files"] >= 150 and len(d["diagnostics"]) >= 100, d["stats"]
text = open(os.environ["TMP"] + "/suite.text", encoding="utf-8").read()
heads = re.findall(r"^([^ ].*):([0-9]+):([0-9]+): (?:error|warning): .* \[([a-z0-9-]+)\]$", text, re.M)
got = [(x["location"]["file"], str(x["location"]["line"]), str(x["location"]["column"]), x["rule"]) for x in d["diagnostics"]]
assert got == heads, (len(got), len(heads))'

finish
