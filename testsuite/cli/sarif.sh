#!/bin/sh
# --format=sarif: SARIF 2.1.0 that validates against the official OASIS schema
# (testsuite/cli/data/sarif-schema-2.1.0.json, checked with Debian's
# python3-jsonschema), with the rules table, results that agree with the JSON
# output, URIs relative to %SRCROOT%, the notes as relatedLocations and as a
# codeFlow in story order, columns in code points, and partialFingerprints
# that survive inserted lines and tell equal-looking findings apart.
. "$ROOT/testsuite/cli/lib.sh"

SCHEMA=$DATA/sarif-schema-2.1.0.json
PY=/usr/bin/python3
F=$DATA/sarif.c
export TMP   # for the checks that read files of their own

# validate FILE WHAT: FILE is valid SARIF 2.1.0.
validate() {
	if ! $PY "$DATA/validate.py" "$SCHEMA" "$1" >"$TMP/.valid" 2>&1; then
		fail "$2: not valid SARIF 2.1.0"
		sed 's/^/    /' "$TMP/.valid"
	fi
}

expect_status 1 "$OWNCK" --format=sarif "$F"
expect_empty err
save f.sarif
validate "$TMP/f.sarif" "sarif.c"
expect_last_line out '}'   # one JSON document, no text summary after it

# The validator is a real one: a broken document fails it.
$PY -c '
import json, sys
d = json.load(open(sys.argv[1]))
d["runs"][0]["results"][0]["level"] = "fatal"
del d["runs"][0]["tool"]["driver"]["name"]
json.dump(d, open(sys.argv[2], "w"))' "$TMP/f.sarif" "$TMP/broken.sarif"
if $PY "$DATA/validate.py" "$SCHEMA" "$TMP/broken.sarif" >"$TMP/.v2" 2>&1; then
	fail "the validator accepted a document with an invalid level and no driver name"
fi
grep -q 'fatal' "$TMP/.v2" || fail "the validator did not name the bad level: $(cat "$TMP/.v2")"

# The rules table: every rule of --list-rules, in order, with what GitHub shows.
run "$OWNCK" --list-rules
awk '{print $1}' "$OUT" >"$TMP/rules.txt"
run "$OWNCK" --format=sarif "$F"
json_check "rules table" '
rules_txt = open(os.path.join(os.environ["TMP"], "rules.txt")).read().split()
run = d["runs"][0]
assert d["version"] == "2.1.0", d["version"]
drv = run["tool"]["driver"]
assert drv["name"] == "ownck" and drv["version"] and drv["informationUri"].startswith("https://"), drv
ids = [r["id"] for r in drv["rules"]]
assert ids == rules_txt, (ids, rules_txt)
for r in drv["rules"]:
    assert r["shortDescription"]["text"] and r["fullDescription"]["text"], r["id"]
    assert r["helpUri"].startswith("https://") and r["helpUri"].endswith("/docs/rules/" + r["id"] + ".md"), r["helpUri"]
    assert r["defaultConfiguration"]["level"] in ("error", "warning"), r
    assert isinstance(r["properties"]["tags"], list), r
uaf = drv["rules"][ids.index("use-after-free")]
assert "external/cwe/cwe-416" in uaf["properties"]["tags"] and "CWE-416" in uaf["properties"]["tags"], uaf["properties"]
assert uaf["help"]["markdown"].startswith("# use-after-free"), uaf.get("help")
assert "released" in uaf["fullDescription"]["text"], uaf["fullDescription"]
assert run["columnKind"] == "unicodeCodePoints", run.get("columnKind")
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + os.getcwd() + "/", run["originalUriBaseIds"]
assert run["invocations"][0]["executionSuccessful"] is True, run["invocations"]'

# Results agree with --format=json: same findings, order, messages, notes.
run "$OWNCK" --format=json "$F"
save f.json
cp "$TMP/f.sarif" "$OUT"
json_check "results vs. JSON" '
j = json.load(open(os.path.join(os.environ["TMP"], "f.json")))
run = d["runs"][0]
res = run["results"]
rules = run["tool"]["driver"]["rules"]
assert len(res) == len(j["diagnostics"]) == 4, (len(res), len(j["diagnostics"]))
for r, x in zip(res, j["diagnostics"]):
    assert r["ruleId"] == x["rule"] and rules[r["ruleIndex"]]["id"] == r["ruleId"], (r["ruleId"], r["ruleIndex"])
    assert r["level"] == x["severity"], (r["level"], x["severity"])
    assert r["message"]["text"] == x["message"], r["message"]
    assert len(r["locations"]) == 1, r["locations"]
    pl = r["locations"][0]["physicalLocation"]
    assert pl["artifactLocation"] == {"uri": "testsuite/cli/data/sarif.c", "uriBaseId": "%SRCROOT%"}, pl["artifactLocation"]
    reg, loc = pl["region"], x["location"]
    assert (reg["startLine"], reg["endLine"]) == (loc["line"], loc["end_line"]), (reg, loc)
    rel = r.get("relatedLocations", [])
    assert [l["message"]["text"] for l in rel] == [n["message"] for n in x["notes"]], (rel, x["notes"])
    assert [l["physicalLocation"]["region"]["startLine"] for l in rel] == [n["location"]["line"] for n in x["notes"]]
    assert [l["id"] for l in rel] == list(range(1, len(rel) + 1)), rel
    # the story: the notes (allocation, move, release...), then the bad use
    steps = r["codeFlows"][0]["threadFlows"][0]["locations"]
    got = [(s["location"]["physicalLocation"]["region"]["startLine"], s["location"]["message"]["text"]) for s in steps]
    want = [(n["location"]["line"], n["message"]) for n in x["notes"]] + [(loc["line"], x["message"])]
    assert got == want, (got, want)
    assert [s["executionOrder"] for s in steps] == list(range(1, len(steps) + 1)), steps
    assert r["locations"][0]["logicalLocations"][0]["kind"] == "function", r["locations"][0]'

# Columns: byte columns from the text output become code points in SARIF.
L=$(line_of "$F" 'BUG use-after-move')
BYTECOL=$(col_of "$F" "$L" 'q[0]')
json_check "columns in code points" "
r = [r for r in d['runs'][0]['results'] if r['ruleId'] == 'use-after-move'][0]
reg = r['locations'][0]['physicalLocation']['region']
assert reg['startLine'] == $L and reg['startColumn'] == $BYTECOL - 1, (reg, $BYTECOL)
assert reg['endColumn'] == reg['startColumn'] + 1, reg
assert reg['snippet']['text'].startswith('    take(q);'), reg"

# Fingerprints: the two leaks on equal-looking lines differ by occurrence.
json_check "fingerprints" '
fps = [r["partialFingerprints"]["ownckContentHash/v1"] for r in d["runs"][0]["results"]]
assert len(set(fps)) == len(fps), fps
assert all(re.fullmatch(r"[0-9a-f]{16}:[0-9]+", f) for f in fps), fps
leaks = [r["partialFingerprints"]["ownckContentHash/v1"] for r in d["runs"][0]["results"] if r["ruleId"] == "leak"]
assert len(leaks) == 2 and leaks[0].split(":")[0] == leaks[1].split(":")[0], leaks
assert [l.split(":")[1] for l in leaks] == ["1", "2"], leaks'

# ... and stay the same when lines are inserted above and comments and
# spacing change, while the line numbers move.
mkdir "$TMP/w"
cp "$F" "$TMP/w/a.c"
run_in "$TMP/w" "$OWNCK" --format=sarif a.c
save before.sarif
{ printf '/* new header comment */\n#include <stdio.h>\n\nstatic int unrelated(void) { return 1; }\n\n'; cat "$F"; } |
	sed 's|buf\[0\] = 1;                 /\* BUG use-after-free \*/|buf[0]   =   1;   // changed comment|' >"$TMP/w/a.c"
run_in "$TMP/w" "$OWNCK" --format=sarif a.c
save after.sarif
$PY - "$TMP/before.sarif" "$TMP/after.sarif" >"$TMP/.fp" 2>&1 <<'PY' || { fail "fingerprints changed with the line numbers"; cat "$TMP/.fp"; }
import json, sys
a = json.load(open(sys.argv[1]))["runs"][0]["results"]
b = json.load(open(sys.argv[2]))["runs"][0]["results"]
fa = [(r["ruleId"], r["partialFingerprints"]["ownckContentHash/v1"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in a]
fb = [(r["ruleId"], r["partialFingerprints"]["ownckContentHash/v1"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in b]
print(fa); print(fb)
assert [x[:2] for x in fa] == [x[:2] for x in fb]
assert all(y[2] == x[2] + 5 for x, y in zip(fa, fb))
PY

# A clean file: no results, still valid.
expect_status 0 "$OWNCK" --format=sarif "$DATA/clean.c"
save clean.sarif
validate "$TMP/clean.sarif" "clean.c"
json_check "clean" 'assert d["runs"][0]["results"] == [], d["runs"][0]["results"]'

# A file that does not compile: status 2, a notification, still valid SARIF,
# and the other file's findings are there.
expect_status 2 "$OWNCK" --format=sarif "$DATA/bad_parse.c" "$F"
save bad.sarif
validate "$TMP/bad.sarif" "bad_parse.c"
json_check "not analyzed" '
run = d["runs"][0]
inv = run["invocations"][0]
assert inv["executionSuccessful"] is False, inv
n = inv["toolExecutionNotifications"]
assert n and all(x["level"] == "error" for x in n), n
assert any("bad_parse.c" in x["message"]["text"] for x in n), n
assert n[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "testsuite/cli/data/bad_parse.c", n[0]
assert len(run["results"]) == 4, len(run["results"])'

# A file outside the current directory: an absolute file:// URI, no base.
cp "$F" "$TMP/w/out side.c"
run_in "$DATA" "$OWNCK" --format=sarif "$TMP/w/out side.c"
json_check "absolute URIs" "
al = d['runs'][0]['results'][0]['locations'][0]['physicalLocation']['artifactLocation']
assert al == {'uri': 'file://' + '$TMP/w/out%20side.c'}, al"

# Stories where something happens after the primary: a borrow's later use
# (E0499) and, for a dangling borrow (E0597, primary at the borrow), the end
# of the scope and the later use.
cat >"$TMP/after.c" <<'C'
#include <ownck.h>
struct buf { int n; };
void touch(BORROW_MUT struct buf *a);
void twice(BORROW_MUT struct buf *s)
{
    BORROW_MUT struct buf *r = s;
    touch(s);
    r->n = 1;
}
int dangle(void)
{
    int *p;
    {
        int x = 1;
        p = &x;
    }
    return *p;
}
C
run "$OWNCK" --format=sarif "$TMP/after.c"
json_check "codeFlow: what happens after the primary comes after it" '
def story(rule):
    r = [r for r in d["runs"][0]["results"] if r["ruleId"] == rule][0]
    steps = r["codeFlows"][0]["threadFlows"][0]["locations"]
    return [s["location"]["physicalLocation"]["region"]["startLine"] for s in steps]
s = story("borrow-outlives-owner")
assert s == [15, 16, 17], s
s = story("mut-borrow-conflict")
assert s == [6, 7, 8], s'

# -o FILE: the same document, written atomically.
run "$OWNCK" --format=sarif -o "$TMP/o.sarif" "$F"
expect_status 1
expect_empty out
expect_same "$TMP/f.sarif" "$TMP/o.sarif" "-o FILE vs. stdout"
ls "$TMP" | grep -q '\.tmp\.' && fail "a temporary file was left behind"

# Byte-identical for every -j.
run "$OWNCK" --format=sarif -j 1 "$F" "$DATA/three_rules.c" "$DATA/mixed.c"
save j1
run "$OWNCK" --format=sarif -j 3 "$F" "$DATA/three_rules.c" "$DATA/mixed.c"
expect_same "$TMP/j1" "$OUT" "SARIF with -j 1 and -j 3"

finish
