#!/bin/sh
# Bytes that are not UTF-8, in file names (0xff 0xfe) and in the code the
# outputs quote: the text output prints the name's bytes as they are (as GCC
# does); the JSON and SARIF documents stay valid UTF-8 JSON (a byte that
# starts no UTF-8 sequence becomes U+FFFD; SARIF's URIs percent-encode it),
# never a crash.
. "$ROOT/testsuite/cli/lib.sh"

F=$DATA/move_use.c
L=$(line_of "$F" 'BUG use-after-move')
BAD=$(printf 'bad\377\376')          # "bad" and the bytes 0xff 0xfe
mkdir "$TMP/dir$BAD"
N=$TMP/dir$BAD/$BAD.c
cp "$F" "$N"

# Text: the diagnostic, at the name's own bytes.
expect_status 1 timeout 60 "$OWNCK" "$N"
expect_diag out "$N" "$L" error use-after-move
expect_contains out "$N:$((L - 1)):5: note: 'buf' moved here"
expect_last_line out '1 error generated.'

# JSON: the shape, strict UTF-8 (json_check decodes it so), the name with
# U+FFFD for each byte.
expect_status 1 timeout 60 "$OWNCK" --format=json "$N"
json_check_shape "non-UTF-8 file name"
json_check "non-UTF-8 file name in JSON" '
f = d["diagnostics"][0]["location"]["file"]
assert f.endswith("/dirbad\ufffd\ufffd/bad\ufffd\ufffd.c"), f
assert all(n["location"]["file"] == f for n in d["diagnostics"][0]["notes"]), d["diagnostics"]'

# SARIF: valid too, the URI percent-encoded, absolute and relative.
expect_status 1 timeout 60 "$OWNCK" --format=sarif "$N"
json_check "non-UTF-8 file name in SARIF" '
uri = d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
assert uri.startswith("file://") and uri.endswith("/dirbad%FF%FE/bad%FF%FE.c"), uri'
cd "$TMP/dir$BAD" || exit 1
expect_status 1 timeout 60 "$OWNCK" --format=sarif "$BAD.c"
json_check "relative non-UTF-8 file name in SARIF" '
loc = d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
assert loc == {"uri": "bad%FF%FE.c", "uriBaseId": "%SRCROOT%"}, loc
assert d["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/dirbad%FF%FE/"), d["runs"][0]["originalUriBaseIds"]'
cd "$ROOT" || exit 1

# A missing file and one that does not compile, named so: the errors too.
expect_status 2 timeout 60 "$OWNCK" --format=json "$TMP/dir$BAD/missing$BAD.c"
json_check_shape "missing non-UTF-8 file"
json_check "missing non-UTF-8 file in JSON" '
assert len(d["errors"]) == 1 and d["errors"][0]["file"].endswith("/missingbad\ufffd\ufffd.c"), d["errors"]'
printf '#include "%s.h"\n' "$BAD" >"$TMP/dir$BAD/inc$BAD.c"
for fmt in json sarif; do
	expect_status 2 timeout 60 "$OWNCK" --format=$fmt "$TMP/dir$BAD/inc$BAD.c"
	json_check "clang's message quoting a non-UTF-8 name, --format=$fmt" 'pass'
done
# clang 14 quotes the name's bytes as they are; 15 and later write each byte
# that is not UTF-8 as <XX>
if ! grep -q -F -e "$BAD.h' file not found" -e "bad<FF><FE>.h' file not found" "$ERR"; then
	fail "expected err to contain: $BAD.h' file not found (clang 15 and later: bad<FF><FE>.h)"
	_got err
fi

# Non-UTF-8 bytes in the code on a diagnostic's line (SARIF quotes the line)
# and in a string literal a message quotes.
printf '#include <stdlib.h>\nvoid f(void) { char *p = malloc(1); free(p); free(p); /* \377 */ }\nvoid g(void) { free("\377\376"); }\n' >"$TMP/bytes.c"
expect_status 1 timeout 60 "$OWNCK" "$TMP/bytes.c"
expect_diag out "$TMP/bytes.c" 2 warning double-free
expect_diag out "$TMP/bytes.c" 3 error free-non-heap
for fmt in json sarif; do
	expect_status 1 timeout 60 "$OWNCK" --format=$fmt "$TMP/bytes.c"
	json_check "non-UTF-8 bytes in the code, --format=$fmt" 'pass'
done

finish
