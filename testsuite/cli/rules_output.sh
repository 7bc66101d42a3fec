#!/bin/sh
# What each implemented rule reports, in text and JSON: the rule id, the
# severity, rust_code and cwe (use-after-move E0382/null, use-after-free
# E0382/416, double-free E0382/415, annotation-misuse E0261/null), the primary
# location and the notes' locations; and the text and JSON agree.
. "$ROOT/testsuite/cli/lib.sh"

# --- three_rules.c: one finding per rule, on OWNED values -------------------
F=$DATA/three_rules.c
export UAM UAF DF MOVE FREE1 FREE2
UAM=$(line_of "$F" 'BUG use-after-move')
UAF=$(line_of "$F" 'BUG use-after-free')
DF=$(line_of "$F" 'BUG double-free')
MOVE=$(line_of "$F" 'MOVE */')
FREE1=$(line_of "$F" 'FREE1')
FREE2=$(line_of "$F" 'FREE2')

expect_status 1 "$OWNCK" --format=json "$F"
json_check_shape three_rules.c
json_check "three_rules.c: rules, codes and locations" '
E = {k: int(os.environ[k]) for k in ("UAM", "UAF", "DF", "MOVE", "FREE1", "FREE2")}
got = [(x["rule"], x["location"]["line"]) for x in d["diagnostics"]]
assert got == [("use-after-move", E["UAM"]), ("use-after-free", E["UAF"]), ("double-free", E["DF"])], got
by = {x["rule"]: x for x in d["diagnostics"]}
want = {"use-after-move": ("E0382", None), "use-after-free": ("E0382", 416), "double-free": ("E0382", 415)}
for rule, (code, cwe) in want.items():
    x = by[rule]
    assert x["severity"] == "error", x
    assert x["rust_code"] == code, (rule, x["rust_code"])
    assert x["cwe"] == cwe, (rule, x["cwe"])
    assert "buf" in x["message"], x["message"]
    assert x["location"]["file"] == "testsuite/cli/data/three_rules.c", x["location"]
# The use is the operand "buf" (column 5, three bytes: end_column 8).
for rule in ("use-after-move", "use-after-free"):
    l = by[rule]["location"]
    assert (l["column"], l["end_line"], l["end_column"]) == (5, l["line"], 8), (rule, l)
# The double free is at the second free (its callee name, column 5).
assert by["double-free"]["location"]["column"] == 5, by["double-free"]["location"]
# Notes: where the value was moved / freed.
def note_lines(rule):
    return [n["location"]["line"] for n in by[rule]["notes"]]
assert E["MOVE"] in note_lines("use-after-move"), note_lines("use-after-move")
assert E["FREE1"] in note_lines("use-after-free"), note_lines("use-after-free")
assert E["FREE2"] in note_lines("double-free"), note_lines("double-free")
for x in d["diagnostics"]:
    for n in x["notes"]:
        assert n["location"]["file"] == "testsuite/cli/data/three_rules.c", n
        assert n["location"]["column"] == 5, n'

# The text output says the same: same rules, severities and positions.
run "$OWNCK" "$F"
cp "$OUT" "$TMP/text"
run "$OWNCK" --format=json "$F"
TEXT=$TMP/text json_check "three_rules.c: text and JSON agree" '
heads = []
notes = []
for line in open(os.environ["TEXT"], encoding="utf-8"):
    m = re.match(r"^(\S[^:]*):(\d+):(\d+): (error|warning): (.*) \[([a-z0-9-]+)\]$", line)
    if m:
        heads.append((m[1], int(m[2]), int(m[3]), m[4], m[5], m[6]))
    m = re.match(r"^(\S[^:]*):(\d+):(\d+): note: (.*)$", line)
    if m:
        notes.append((m[1], int(m[2]), int(m[3]), m[4]))
js = [(x["location"]["file"], x["location"]["line"], x["location"]["column"], x["severity"], x["message"], x["rule"]) for x in d["diagnostics"]]
assert heads == js, (heads, js)
jn = [(n["location"]["file"], n["location"]["line"], n["location"]["column"], n["message"]) for x in d["diagnostics"] for n in x["notes"]]
assert notes == jn, (notes, jn)'

# --- warn_only.c: the same rules on unannotated values are warnings ---------
F=$DATA/warn_only.c
export WDF WUAF
WDF=$(line_of "$F" 'BUG double-free')
WUAF=$(line_of "$F" 'BUG use-after-free')
expect_status 0 "$OWNCK" --format=json "$F"
json_check_shape warn_only.c
json_check "warn_only.c: warnings with their CWEs" '
got = [(x["rule"], x["location"]["line"], x["severity"], x["rust_code"], x["cwe"]) for x in d["diagnostics"]]
assert got == [("double-free", int(os.environ["WDF"]), "warning", "E0382", 415),
               ("use-after-free", int(os.environ["WUAF"]), "warning", "E0382", 416)], got'

# --- misuse.c: annotation-misuse at the declarations ------------------------
F=$DATA/misuse.c
M1=$(line_of "$F" 'not a pointer')
M2=$(line_of "$F" 'OWNED and BORROW')
expect_status 1 "$OWNCK" "$F"
expect_diag out "$F" "$M1" error annotation-misuse "$(col_of "$F" "$M1" 'count)')"
expect_diag out "$F" "$M2" error annotation-misuse
expect_ndiags out 2
expect_gcc_shape out
export M1 M2
expect_status 1 "$OWNCK" --format=json "$F"
json_check_shape misuse.c
json_check "misuse.c: annotation-misuse, E0261, no CWE" '
got = [(x["rule"], x["location"]["line"], x["severity"], x["rust_code"], x["cwe"]) for x in d["diagnostics"]]
assert got == [("annotation-misuse", int(os.environ["M1"]), "error", "E0261", None),
               ("annotation-misuse", int(os.environ["M2"]), "error", "E0261", None)], got'

# A file using every annotation correctly has no annotation-misuse.
expect_status 0 "$OWNCK" "$DATA/annotated_all.c"
expect_ndiags out 0

# Both arguments of memcpy(A, A, n) in a macro's body have the position of
# the macro's argument: the note names the first borrow, and no loop (the
# borrow-conflict of a loop says "in the previous iteration of the loop":
# borrows/bad_mut_mut_loop_back_edge.c).
F="$TMP/self_copy.c"
cat >"$F" <<'C'
#include <string.h>
#define COPY(A, C) { memcpy(A, A, C); }
void self_copy(char *t, size_t n)
{
    COPY(t, n);
}
C
expect_status 1 "$OWNCK" "$F"
expect_match out "note: mutable borrow of 't' occurs here, by restrict parameter 'dest' of 'memcpy'"
expect_not_contains out 'iteration'

finish
