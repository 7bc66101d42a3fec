#!/bin/sh
# docs/ownck-json.schema.json describes --format=json: real output of many
# inputs (findings, notes, clean files, files that do not compile, ownck's
# own suppression diagnostics) validates against it with python3-jsonschema,
# the schema's key order is the output's, and documents that break the
# format do not validate.
. "$ROOT/testsuite/cli/lib.sh"

SCHEMA=docs/ownck-json.schema.json
PY=/usr/bin/python3

# validate WHAT: the last stdout is valid against the schema, keys in the
# schema's order.
validate() {
	if ! $PY "$DATA/validate.py" "$SCHEMA" "$OUT" >"$TMP/.valid" 2>&1; then
		fail "$1: output does not validate against $SCHEMA"
		sed 's/^/    /' "$TMP/.valid"
	fi
	$PY - "$SCHEMA" "$OUT" >"$TMP/.order" 2>&1 <<'PY' || { fail "$1: key order differs from the schema's"; sed 's/^/    /' "$TMP/.order"; }
import json, sys
s = json.load(open(sys.argv[1]))
d = json.load(open(sys.argv[2]))
def order(schema, v, where):
    if "$ref" in schema:
        schema = s["definitions"][schema["$ref"].split("/")[-1]]
    if isinstance(v, dict):
        want = [k for k in schema["properties"] if k in v]
        assert list(v) == want, (where, list(v), want)
        for k in v:
            order(schema["properties"][k], v[k], where + "/" + k)
    elif isinstance(v, list) and "items" in schema:
        for i, x in enumerate(v):
            order(schema["items"], x, where + "/" + str(i))
order(s, d, "")
PY
}

expect_status 1 "$OWNCK" --format=json "$DATA/three_rules.c"
validate "three_rules.c"
expect_status 0 "$OWNCK" --format=json "$DATA/clean.c"
validate "clean.c"
expect_status 0 "$OWNCK" --format=json "$DATA/warn_only.c"
validate "warn_only.c"
expect_status 2 "$OWNCK" --format=json "$DATA/bad_parse.c" "$DATA/mixed.c"
validate "a file that does not compile"
json_check "errors present" 'assert d["errors"] and d["errors"][0]["clang"], d["errors"]'
expect_status 2 "$OWNCK" --format=json "$DATA/no_such_file.c"
validate "a missing file"

# Every C file of the CLI tests and the examples at once.
run "$OWNCK" --format=json $(ls "$DATA"/*.c | grep -v -e bad_parse -e verify_) examples/*.c
validate "all the test inputs"
json_check "many findings" 'assert len(d["diagnostics"]) >= 20, len(d["diagnostics"])'

# ownck's own diagnostics: suppressions naming unknown rules, unused ones.
mkdir "$TMP/s"
cat >"$TMP/s/s.c" <<'C'
#include <stdlib.h>
void f(void)
{
    char *p = malloc(4);   // ownck-ignore: no-such-rule
    // ownck-ignore: double-free
    p[0] = 1;
}
C
run "$OWNCK" --format=json --report-unused-suppressions "$TMP/s/s.c"
validate "suppression diagnostics"
json_check "suppression diagnostics present" '
assert sorted(x["rule"] for x in d["diagnostics"]) == ["leak", "unknown-suppression", "unused-suppression"], d["diagnostics"]'

# Documents that break the format do not validate.
run "$OWNCK" --format=json "$DATA/three_rules.c"
save good.json
for mutation in \
	'd["diagnostics"][0]["extra"] = 1' \
	'd["diagnostics"][0]["severity"] = "fatal"' \
	'del d["diagnostics"][0]["notes"]' \
	'd["diagnostics"][0]["location"]["line"] = 0' \
	'd["diagnostics"][0]["fixits"] = [{}]' \
	'd["version"] = 2' \
	'd["stats"]["files"] = "1"'; do
	$PY -c "
import json, sys
d = json.load(open(sys.argv[1]))
$mutation
json.dump(d, open(sys.argv[2], 'w'))" "$TMP/good.json" "$TMP/bad.json"
	if $PY "$DATA/validate.py" "$SCHEMA" "$TMP/bad.json" >/dev/null 2>&1; then
		fail "the schema accepts a document changed by: $mutation"
	fi
done

# docs/json.md points at the schema.
grep -q 'ownck-json.schema.json' docs/json.md || fail "docs/json.md does not mention ownck-json.schema.json"

finish
