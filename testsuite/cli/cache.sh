#!/bin/sh
# --cache-dir: a re-run gives byte-identical output to a cold run, and
# analyzes again only the files that changed and those whose calls now see
# other summaries (--stats counts the units taken from the cache). A touch
# without a change still hits; a broken entry is a miss, never a wrong
# answer; -p puts the cache under the build directory; the dumps and
# --no-cache use none.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/proj
C=$TMP/cache
cp -r "$DATA/xtu" "$P"
files="$P/alloc.c $P/release.c $P/use.c"
cold() {   # cold FORMAT: the output without a cache, into $TMP/cold.FORMAT
	"$OWNCK" -j 1 --format=$1 $files >"$TMP/cold.$1" 2>/dev/null
}

for fmt in text json sarif; do cold $fmt; done
expect_status 0 "$OWNCK" -j 1 --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "first run with the cache"
expect_contains err "3 files (0 from the cache)"
[ "$(find "$C" -name '*.json' | wc -l)" -eq 3 ] || fail "expected 3 entries in the cache"
expect_status 0 "$OWNCK" -j 2 --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "second run"
expect_contains err "3 files (3 from the cache)"
for fmt in json sarif; do
	expect_status 0 "$OWNCK" -j 1 --format=$fmt --cache-dir="$C" $files
	expect_same "$TMP/cold.$fmt" "$OUT" "$fmt from the cache"
done

# a touch changes nothing
touch "$P/use.c" "$P/buf.h"
expect_status 0 "$OWNCK" --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "after a touch"
expect_contains err "3 files (3 from the cache)"

# a comment in alloc.c: alloc.c again, its summaries are the same, the others stay
printf '/* edited */\n' >>"$P/alloc.c"
expect_status 0 "$OWNCK" --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "after a comment"
expect_contains err "3 files (2 from the cache)"

# buf_free stops releasing its parameter: release.c changes, and use.c, unchanged,
# is checked again since its calls see another summary; the same as a cold run
sed -i 's/^    free(b);$/    (void)b;/' "$P/release.c"
for fmt in text json; do cold $fmt; done
expect_status 0 "$OWNCK" --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "after release.c changed"
expect_contains err "3 files (1 from the cache)"
expect_not_contains out "released here by 'buf_free'"
expect_status 0 "$OWNCK" --format=json --cache-dir="$C" $files
expect_same "$TMP/cold.json" "$OUT" "JSON after release.c changed"

# a header change reaches every file that includes it
printf '/* edited */\n' >>"$P/buf.h"
expect_status 0 "$OWNCK" --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "after buf.h changed"
expect_contains err "3 files (0 from the cache)"

# broken entries are misses
for e in $(find "$C" -name '*.json'); do printf 'not json' >"$e"; done
expect_status 0 "$OWNCK" --stats --cache-dir="$C" $files
expect_same "$TMP/cold.text" "$OUT" "with broken entries"
expect_contains err "3 files (0 from the cache)"

# whole-program rules are made on every run, from cached units too
S=$DATA/xtu_stack
expect_status 1 "$OWNCK" --enable=recursion,stack-depth --stack-limit=4096 "$S/a.c" "$S/b.c" "$S/c.c"
save stack.cold
expect_status 1 "$OWNCK" --cache-dir="$TMP/c2" --enable=recursion,stack-depth --stack-limit=4096 "$S/a.c" "$S/b.c" "$S/c.c"
expect_status 1 "$OWNCK" --stats --cache-dir="$TMP/c2" --enable=recursion,stack-depth --stack-limit=4096 \
	"$S/a.c" "$S/b.c" "$S/c.c"
expect_same "$TMP/stack.cold" "$OUT" "whole-program rules from the cache"
expect_contains err "3 files (3 from the cache)"
# another limit is not another entry: the chains are recomputed
expect_status 1 "$OWNCK" --cache-dir="$TMP/c2" --enable=recursion,stack-depth --stack-limit=6000 "$S/a.c" "$S/b.c" "$S/c.c"
expect_ndiags out 1

# -p: BUILD-DIR/ownck-cache by default; --no-cache: none
mkdir -p "$TMP/build"
for f in alloc release use; do
	printf '{"directory": "%s", "file": "%s.c", "arguments": ["cc", "-c", "%s.c"]}\n' "$P" "$f" "$f"
done | awk 'BEGIN { print "[" } NR > 1 { print "," } { print } END { print "]" }' >"$TMP/build/compile_commands.json"
expect_status 0 "$OWNCK" -p "$TMP/build" --no-cache
[ -d "$TMP/build/ownck-cache" ] && fail "--no-cache made a cache"
expect_status 0 "$OWNCK" -p "$TMP/build"
[ -d "$TMP/build/ownck-cache" ] || fail "no cache under the build directory"
save p.cold
expect_status 0 "$OWNCK" -p "$TMP/build" --stats
expect_contains err "3 files (3 from the cache)"
expect_same "$TMP/p.cold" "$OUT" "-p from the cache"
# dumps need the IR: no cache
expect_status 0 "$OWNCK" --stats --cache-dir="$C" --dump-callgraph="$TMP/g.dot" $files
expect_contains err "3 files (0 from the cache)"
# a cache directory that cannot be made: a warning, and the same findings
expect_status 0 "$OWNCK" --cache-dir=/proc/no/such/dir $files
expect_match err "warning: cannot create the cache directory '/proc/no/such/dir'"
: >"$TMP/a-file"
expect_status 0 "$OWNCK" --cache-dir="$TMP/a-file" $files
expect_match err "warning: cannot create the cache directory '.*/a-file': Not a directory"
expect_same "$TMP/cold.text" "$OUT" "with a file for a cache directory"
# entries edited by hand: a severity, a rule, a location that do not exist are misses
mkdir -p "$TMP/c3"
"$OWNCK" --cache-dir="$TMP/c3" $files >/dev/null 2>&1
for e in $(find "$TMP/c3" -name '*.json'); do
	sed -i -e 's/"sev":[0-9]*/"sev":7/' -e 's/"rule":"leak"/"rule":"no-such-rule"/' "$e"
done
expect_status 0 "$OWNCK" --stats --cache-dir="$TMP/c3" $files
expect_same "$TMP/cold.text" "$OUT" "with entries edited by hand"
expect_status 2 "$OWNCK" --cache-dir= $files
finish
