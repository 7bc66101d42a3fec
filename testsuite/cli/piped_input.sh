#!/bin/sh
# Code that is not in a regular file: standard input (`-`), a pipe
# (/dev/stdin, bash's <(...)), a device; and a regular file whose name is not
# a C source's. Each is read once and analyzed as C, with the same findings,
# snippets and suppressions as the file itself; what never ends is refused.
. "$ROOT/testsuite/cli/lib.sh"

F=$DATA/move_use.c
use=$(line_of "$F" 'BUG use-after-move')

# `-`: standard input, named <stdin> as clang names it, snippet included.
expect_status 1 sh -c '"$0" - <"$1"' "$OWNCK" "$F"
expect_diag out '<stdin>' "$use" error use-after-move
expect_contains out "$(sed -n "${use}p" "$F")"
expect_empty err

# A pipe named by a path, as bash's <(...) and /dev/stdin are: the pipe's path.
expect_status 1 sh -c 'cat "$1" | "$0" /dev/stdin' "$OWNCK" "$F"
expect_diag out /dev/stdin "$use" error use-after-move
expect_contains out "$(sed -n "${use}p" "$F")"
expect_empty err

# A named pipe that something writes into.
mkfifo "$TMP/fifo.c"
expect_status 1 sh -c 'cat "$1" >"$2" & "$0" "$2"; s=$?; wait; exit $s' "$OWNCK" "$F" "$TMP/fifo.c"
expect_diag out "$TMP/fifo.c" "$use" error use-after-move

# With a regular file, on two workers: both analyzed, in the command line's order.
expect_status 1 sh -c '"$0" -j 2 - "$2" <"$1"' "$OWNCK" "$F" "$DATA/clean.c"
expect_diag out '<stdin>' "$use" error use-after-move
expect_ndiags out 1

# JSON and SARIF name it too (SARIF's URI percent-encoded).
expect_status 1 sh -c '"$0" --format=json - <"$1"' "$OWNCK" "$F"
json_check "stdin in JSON" '
assert [x["location"]["file"] for x in d["diagnostics"]] == ["<stdin>"], d["diagnostics"]
assert d["errors"] == [], d["errors"]'
expect_status 1 sh -c '"$0" --format=sarif - <"$1"' "$OWNCK" "$F"
expect_contains out '"uri":	"%3Cstdin%3E"'

# A suppression comment in piped code is read from the text that was analyzed.
sed "$use s|\$| // ownck-ignore: use-after-move|" "$F" >"$TMP/suppressed.c"
expect_status 0 sh -c '"$0" - <"$1"' "$OWNCK" "$TMP/suppressed.c"
expect_ndiags out 0
expect_empty err

# Includes are found beside the current directory's files, as clang does for
# standard input.
mkdir "$TMP/inc"
printf '#include <stdlib.h>\nstatic inline char *make(void) { return malloc(4); }\n' >"$TMP/inc/make.h"
printf '#include "make.h"\nvoid f(void) {\n\tchar *p = make();\n\tp[0] = 0;\n}\n' >"$TMP/inc/use.c"
run_in "$TMP/inc" sh -c '"$0" - <use.c' "$OWNCK"
[ "$status" -eq 0 ] || fail "included from standard input: status $status, expected 0"
expect_diag out '<stdin>' 5 warning leak

# Empty input: nothing to say.
expect_status 0 sh -c '"$0" - </dev/null' "$OWNCK"
expect_ndiags out 0
expect_empty err
expect_status 0 "$OWNCK" /dev/null
expect_empty err

# A regular file not named as C source is still C (clang alone would take it
# for a linker's input and parse nothing).
cp "$F" "$TMP/code.txt"
cp "$F" "$TMP/noextension"
expect_status 1 "$OWNCK" "$TMP/code.txt" "$TMP/noextension"
expect_diag out "$TMP/code.txt" "$use" error use-after-move
expect_diag out "$TMP/noextension" "$use" error use-after-move
# ... unless the flags name the language.
expect_status 2 "$OWNCK" "$TMP/code.txt" -- -x assembler-with-cpp
expect_ndiags out 0

# A device that never ends: refused with a message, no hang, other files analyzed.
expect_status 2 "$OWNCK" /dev/zero "$F"
expect_contains err "'/dev/zero' holds more than"
expect_diag out "$F" "$use" error use-after-move

finish
