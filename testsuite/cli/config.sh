#!/bin/sh
# .ownck.json: found by walking up from each file (the nearest one wins), or
# given with --config; "disable"/"enable" rules, "severity" per rule,
# "models" (extra model headers, relative to the file), "exclude" (paths not
# analyzed nor reported); the command line's --enable/--disable win over it;
# unknown keys, unknown rules, wrong types and bad JSON are errors (status 2)
# that name the file and the key.
. "$ROOT/testsuite/cli/lib.sh"

P=$TMP/proj
mkdir -p "$P/src/deep" "$P/third_party" "$P/models" "$P/sub"
cat >"$P/models/mylib.h" <<'C'
#include <ownck.h>
#include <stddef.h>
#ifdef __OWNCK__
#define RELEASED_BY(f) __attribute__((annotate("ownck::released_by:" #f)))
#else
#define RELEASED_BY(f)
#endif
OWNED RELEASED_BY(mylib_free) void *mylib_alloc(size_t n);
void mylib_free(OWNED void *p);
C
cat >"$P/src/a.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

void *mylib_alloc(size_t n);
void mylib_free(void *p);

void uses_model(void)
{
    char *p = mylib_alloc(4);
    if (!p)
        return;
    mylib_free(p);
    p[0] = 1;                   /* MODEL: a use after free only with the model */
}

void freed(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    buf[0] = 1;                 /* UAF: an error, made a warning by the configuration */
}

void leaky(int n)
{
    char *p = malloc(16);
    if (n > 3)
        return;                 /* LEAK: disabled by the configuration */
    free(p);
}
C
cp "$P/src/a.c" "$P/src/deep/b.c"
cp "$P/src/a.c" "$P/third_party/t.c"
cp "$P/src/a.c" "$P/src/gen-parser.c"
cp "$P/src/a.c" "$P/sub/s.c"
cat >"$P/.ownck.json" <<'J'
{
  "disable": ["leak"],
  "severity": {"use-after-free": "warning"},
  "models": ["models/mylib.h"],
  "exclude": ["third_party/", "src/gen-*.c"]
}
J
cat >"$P/sub/.ownck.json" <<'J'
{"exclude": []}
J
A=src/a.c
MODEL=$(line_of "$P/$A" 'MODEL:')
UAF=$(line_of "$P/$A" 'UAF:')
LEAK=$(line_of "$P/$A" 'LEAK:')

# Without any configuration (run from elsewhere with --config of an empty
# object): the model is not there, the leak is reported, the UAF is an error.
printf '{}\n' >"$TMP/empty.json"
run_in "$P" "$OWNCK" --config "$TMP/empty.json" $A
expect_status 1
expect_no_diag_at out $A "$MODEL"
expect_diag out $A "$UAF" error use-after-free
expect_diag out $A "$LEAK" warning leak

# Found by walking up from the file: the model applies, leak is off, the
# use-after-free is a warning (so the status is 0).
run_in "$P" "$OWNCK" $A
expect_status 0
expect_diag out $A "$MODEL" warning use-after-free
expect_diag out $A "$UAF" warning use-after-free
expect_no_diag_at out $A "$LEAK"
expect_ndiags out 2
# the same from any current directory and deeper in the tree
run "$OWNCK" "$P/src/deep/b.c"
expect_status 0
expect_count out '\[use-after-free\]$' 2
expect_not_contains out '[leak]'

# The command line wins over the file.
run_in "$P" "$OWNCK" --enable=leak $A
expect_diag out $A "$LEAK" warning leak
run_in "$P" "$OWNCK" --disable=use-after-free $A
expect_ndiags out 0

# Excluded paths are neither analyzed nor reported, whether given or found.
run_in "$P" "$OWNCK" --format=json $A third_party/t.c src/gen-parser.c
expect_status 0
json_check "excluded files" '
assert d["stats"]["files"] == 1, d["stats"]
assert {x["location"]["file"] for x in d["diagnostics"]} == {"src/a.c"}, d["diagnostics"]'

# The nearest file wins, without merging: sub/.ownck.json says nothing about
# rules, so everything is on with default severities there.
run_in "$P" "$OWNCK" sub/s.c
expect_status 1
expect_diag out sub/s.c "$UAF" error use-after-free
expect_diag out sub/s.c "$LEAK" warning leak
expect_no_diag_at out sub/s.c "$MODEL"

# --config FILE: that file for every file, found ones ignored.
cat >"$TMP/strict.json" <<'J'
{"severity": {"leak": "error"}}
J
run_in "$P" "$OWNCK" --config "$TMP/strict.json" $A third_party/t.c
expect_status 1
expect_diag out $A "$LEAK" error leak
expect_diag out third_party/t.c "$LEAK" error leak
expect_diag out $A "$UAF" error use-after-free

# bad_config NAME JSON EXPECTED...: status 2, stderr names the file and says
# each EXPECTED, nothing is reported.
bad_config() {
	_name=$1; shift
	printf '%s\n' "$1" >"$P/.ownck.json"; shift
	run_in "$P" "$OWNCK" $A
	expect_status 2
	expect_contains err "$P/.ownck.json"
	for _e in "$@"; do expect_contains err "$_e"; done
	expect_ndiags out 0
}
bad_config "unknown key" '{"disable": [], "exclude_paths": ["x"]}' "unknown key 'exclude_paths'"
bad_config "unknown rule" '{"disable": ["leek"]}' "unknown rule 'leek' in 'disable'"
bad_config "unknown rule in severity" '{"severity": {"nope": "error"}}' "unknown rule 'nope' in 'severity'"
bad_config "bad severity" '{"severity": {"leak": "fatal"}}' "the severity of 'leak' must be"
bad_config "wrong type" '{"exclude": "third_party"}' "'exclude' must be an array"
bad_config "not an object" '[1, 2]' "must be a JSON object"
bad_config "bad JSON" '{"disable": ["leak",
]}' "not valid JSON (at line 2"
# with --config too, and a --config that does not exist
printf '{"colour": true}\n' >"$TMP/bad.json"
run "$OWNCK" --config "$TMP/bad.json" "$P/$A"
expect_status 2
expect_contains err "unknown key 'colour'"
run "$OWNCK" --config "$TMP/none.json" "$P/$A"
expect_status 2
expect_contains err "none.json"

finish
