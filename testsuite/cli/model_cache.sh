#!/bin/sh
# The model cache (analyzer/modelcache.h): the first run parses
# models/libc.h and writes its signatures; the next reads them (--stats says
# which) and finds the same bugs; OWNCK_CHECK_MODEL_CACHE=1 compares every
# cached signature with the parsed one, and catches a cache that lies. A
# damaged entry, a stale one (a file the parse read has changed), one made
# by another binary or with other arguments is a miss: parsed, and written
# anew, and --stats says why. A cache ownck cannot write is no error;
# OWNCK_MODEL_CACHE= (empty) turns it off.
. "$ROOT/testsuite/cli/lib.sh"

C=$TMP/models.cache
F=$DATA/mixed.c
OWNCK_MODEL_CACHE=$C
export OWNCK_MODEL_CACHE

expect_status 1 "$OWNCK" --stats "$F"
expect_match err 'models: [0-9]+ signatures, parsed in .*\(model cache: none yet\)$'
[ -s "$C" ] || fail "the first run wrote no model cache at $C"
save parsed
expect_contains out "free"

expect_status 1 "$OWNCK" --stats "$F"
expect_match err 'models: [0-9]+ signatures, read from the model cache in'
expect_same "$TMP/parsed" "$OUT" "findings with the cached model"
for fmt in json sarif; do
	OWNCK_MODEL_CACHE= "$OWNCK" --format=$fmt "$F" >"$TMP/parsed.$fmt" 2>/dev/null
	expect_status 1 "$OWNCK" --format=$fmt "$F"
	expect_same "$TMP/parsed.$fmt" "$OUT" "$fmt with the cached model"
done

# every cached signature is the parsed one
OWNCK_CHECK_MODEL_CACHE=1
export OWNCK_CHECK_MODEL_CACHE
expect_status 1 "$OWNCK" --stats "$F"
expect_contains err "read from the model cache"
expect_not_contains err "OWNCK_CHECK_MODEL_CACHE"

# ... and the check sees a lie: free() no longer releasing its argument
cp "$C" "$TMP/good.cache"
sed 's/\("name":"free","ret":{[^}]*},"params":\[{"name":"ptr","annot":{"mode":\)1/\10/' \
	"$TMP/good.cache" >"$C"
cmp -s "$C" "$TMP/good.cache" && fail "the test could not edit free's signature in the cache"
"$OWNCK" "$F" >/dev/null 2>"$TMP/lie.err"
lie=$?
[ "$lie" -ne 1 ] && [ "$lie" -ne 0 ] || fail "OWNCK_CHECK_MODEL_CACHE=1 took a cache whose free() differs (status $lie)"
grep -q "free differs" "$TMP/lie.err" || fail "the check did not name free: $(cat "$TMP/lie.err")"
unset OWNCK_CHECK_MODEL_CACHE

# misses: each is parsed, gives the same findings, and leaves a good entry
miss() {   # miss WHAT WHY: the cache as it is now must be a miss, and --stats says WHY
	expect_status 1 "$OWNCK" --stats "$F"
	expect_match err 'signatures, parsed in'
	expect_contains err "$2)"
	expect_same "$TMP/parsed" "$OUT" "findings after $1"
	expect_status 1 "$OWNCK" --stats "$F"
	expect_match err 'read from the model cache'
}
printf 'not json at all \001\377' >"$C"
miss "a damaged cache" "damaged"
: >"$C"
miss "an empty cache" "damaged"
sed -E 's#(models/libc\.h",)[0-9]+#\10#' "$TMP/good.cache" >"$C"
miss "a stale cache (libc.h's recorded size changed)" "models/libc.h changed"
sed -E 's#("exe":\["[^"]*",)[0-9]+#\10#' "$TMP/good.cache" >"$C"
miss "another binary's cache" "made by another ownck binary"
sed -E 's#("exe":\[)"[^"]*"#\1"/bin/sh"#' "$TMP/good.cache" >"$C"
miss "a cache made by a binary elsewhere" "made by another ownck binary"
sed -E 's#"salt":"#&x#' "$TMP/good.cache" >"$C"
miss "a cache made with other arguments" "made with other arguments or another libclang"
sed -E 's#"signatures":\[#&{"name":7},#' "$TMP/good.cache" >"$C"
miss "a cache with a broken signature" "damaged"

# a header the model includes was changed after the cache was written
mkdir "$TMP/inc"
cp annotations/ownck.h "$TMP/inc/ownck.h"
sed "s#$ROOT/annotations/ownck.h#$TMP/inc/ownck.h#" "$TMP/good.cache" >"$C"
expect_status 1 "$OWNCK" --stats "$F"   # recorded size and time are ownck.h's, the copy's time is not
expect_contains err "(model cache: $TMP/inc/ownck.h changed)"

# no place to write it: the run is the same, and says nothing of it
OWNCK_MODEL_CACHE=$TMP/no/such/dir/models.cache
expect_status 1 "$OWNCK" --stats "$F"
expect_same "$TMP/parsed" "$OUT" "findings without a writable cache"
expect_match err 'signatures, parsed in'
expect_not_contains err "error"
expect_not_contains err "warning"

# turned off
OWNCK_MODEL_CACHE=
rm -f "$C"
expect_status 1 "$OWNCK" --stats "$F"
expect_match err 'signatures, parsed in [0-9.]+s$'
[ -e "$C" ] && fail "OWNCK_MODEL_CACHE= (empty) still wrote $C"
finish
