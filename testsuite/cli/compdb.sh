#!/bin/sh
# -p BUILD-DIR: compile_commands.json as CMake and bear write them, generated
# here from real projects: every entry without FILEs, the FILEs' entries with
# them; the flags that matter (-D, -I relative to the entry's directory,
# response files) are used, the compiler name, -c/-o and flags libclang
# rejects are dropped (the last with one warning each); a file with no entry
# gets the -- ARGS, or flags inferred from its neighbours; the output is the
# same for every -j. Plus hand-written databases: "command" with shell
# quoting, "arguments", relative "directory" and "file".
. "$ROOT/testsuite/cli/lib.sh"

# A small project: util.c compiles only with -DNEED_UTIL and include/ on the
# path; app.c has a bug.
make_project() {   # make_project DIR
	mkdir -p "$1/src" "$1/include"
	cat >"$1/include/util.h" <<'C'
#include <ownck.h>
void util_take(OWNED char *msg);
C
	cat >"$1/src/util.c" <<'C'
#ifndef NEED_UTIL
#error "compile me with -DNEED_UTIL (compile_commands.json says so)"
#endif
#include <stdlib.h>
#include "util.h"
void util_take(char *msg) { free(msg); }
C
	cat >"$1/src/app.c" <<'C'
#include <stdlib.h>
#include "util.h"
#ifndef APP_FLAG
#error "compile me with -DAPP_FLAG"
#endif
int main(void)
{
    OWNED char *m = malloc(4);
    if (!m)
        return 1;
    util_take(m);
    m[0] = 'x';                 /* BUG use-after-move */
    return 0;
}
C
}
BUG=5   # placeholder, computed below

# --- CMake -----------------------------------------------------------------
C=$TMP/cmake
make_project "$C"
BUG=$(line_of "$C/src/app.c" 'BUG use-after-move')
cat >"$C/CMakeLists.txt" <<'T'
cmake_minimum_required(VERSION 3.13)
project(demo C)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
add_library(util STATIC src/util.c)
target_include_directories(util PUBLIC include)
target_compile_definitions(util PRIVATE NEED_UTIL=1)
add_executable(app src/app.c)
target_link_libraries(app util)
target_compile_definitions(app PRIVATE APP_FLAG)
# GCC-only: libclang rejects it, so ownck must drop it
target_compile_options(app PRIVATE -fconserve-stack)
T
run cmake -S "$C" -B "$C/build" -DCMAKE_C_COMPILER=gcc
[ -f "$C/build/compile_commands.json" ] || { fail "cmake wrote no compile_commands.json"; show_last; }

# Without -p the files do not even compile: that is what -p is for.
run_in "$C" "$OWNCK" src/util.c
expect_status 2

# Every entry: one program, so util.c's body says util_take releases what
# it is given, and app.c's use after the move is a use after free (alone,
# below, app.c knows only the declaration: a use after move).
run_in "$C" "$OWNCK" -p build
expect_status 1
expect_diag out src/app.c "$BUG" error use-after-free
expect_contains out "note: 'm' released here by 'util_take'"
expect_ndiags out 1
expect_count err "dropped '-fconserve-stack'" 1
expect_contains err 'libclang rejects it'
expect_not_contains err 'error'
GCC_SHAPE_BASE=$C expect_gcc_shape out
run_in "$C" "$OWNCK" -p build --format=json
json_check "cmake, all entries" '
assert d["stats"]["files"] == 2 and d["errors"] == [], d["stats"]
assert [(x["rule"], x["location"]["file"]) for x in d["diagnostics"]] == [("use-after-free", "src/app.c")], d["diagnostics"]'
# -p=DIR, and the path of the file itself, work too; so does another cwd.
run "$OWNCK" -p="$C/build/compile_commands.json" --format=json
json_check "-p=FILE from elsewhere" 'assert d["stats"]["files"] == 2 and len(d["diagnostics"]) == 1, d'

# With FILEs: only their entries.
run_in "$C" "$OWNCK" -p build --format=json src/util.c
json_check "cmake, one file" 'assert d["stats"]["files"] == 1 and d["diagnostics"] == [] and d["errors"] == [], d'
run_in "$C/src" "$OWNCK" -p ../build app.c
expect_status 1
expect_diag out app.c "$BUG" error use-after-move

# The same output for every -j.
run_in "$C" "$OWNCK" -p build -j 1 --format=sarif
save j1
run_in "$C" "$OWNCK" -p build -j 4 --format=sarif
expect_same "$TMP/j1" "$OUT" "-p with -j 1 and -j 4"

# A file without an entry: -- ARGS when given, else flags inferred from the
# nearest entry (so a new file in src/ gets src/'s flags).
cp "$C/src/app.c" "$C/src/new.c"
run_in "$C" "$OWNCK" -p build src/new.c -- -DAPP_FLAG -Iinclude
expect_status 1
expect_diag out src/new.c "$BUG" error use-after-move
run_in "$C" "$OWNCK" -p build src/new.c
expect_status 1
expect_diag out src/new.c "$BUG" error use-after-move

# --- bear + make, with a response file and relative paths ---------------------
B=$TMP/bear
make_project "$B"
printf -- '-DNEED_UTIL=1 -DAPP_FLAG\n' >"$B/flags.rsp"
cat >"$B/Makefile" <<'T'
all: src/util.o src/app.o
src/%.o: src/%.c
	gcc @flags.rsp -Iinclude -I$(OWNCK_INCLUDE) -fno-allow-store-data-races -c $< -o $@
T
run_in "$B" bear --output compile_commands.json -- make -s OWNCK_INCLUDE="$ROOT/annotations"
expect_status 0
[ -f "$B/compile_commands.json" ] || { fail "bear wrote no compile_commands.json"; show_last; }
run_in "$B" "$OWNCK" -p . --format=json
json_check "bear + make" '
assert d["stats"]["files"] == 2 and d["errors"] == [], (d["stats"], d["errors"])
assert [(x["rule"], x["location"]["file"], x["location"]["line"]) for x in d["diagnostics"]] == [("use-after-free", "src/app.c", '"$BUG"')], d["diagnostics"]'
expect_contains err "dropped '-fno-allow-store-data-races'"
run_in "$B" "$OWNCK" -p . src/util.c
expect_status 0

# --- hand-written: "command" with quoting, relative "directory" and "file" ---
H=$TMP/hand
make_project "$H"
mkdir -p "$H/build/sub" "$H/src dir"
cp "$H/src/app.c" "$H/src dir/my app.c"
printf -- '-DAPP_FLAG\n' >"$H/build/sub/app.rsp"
cat >"$H/build/compile_commands.json" <<'J'
[
 {"directory": "sub", "command": "/usr/bin/cc -DNEED_UTIL=\"1\" -I../../include -c -o util.o ../../src/util.c", "file": "../../src/util.c"},
 {"directory": "sub", "command": "cc -I ../../include @app.rsp -c '../../src dir/my app.c' -o app.o", "file": "../../src dir/my app.c"},
 {"directory": "..", "arguments": ["clang", "-DAPP_FLAG", "-Iinclude", "-MD", "-MF", "app.d", "-Werror", "-c", "src/app.c"], "file": "src/app.c"}
]
J
run_in "$H" "$OWNCK" -p build --format=json
json_check "hand-written database" '
assert d["errors"] == [], d["errors"]
assert d["stats"]["files"] == 3, d["stats"]
got = sorted((x["location"]["file"], x["location"]["line"]) for x in d["diagnostics"])
assert got == [("src dir/my app.c", '"$BUG"'), ("src/app.c", '"$BUG"')], got'

# One file built twice with other flags (xz's xzdec.c, as xzdec and as
# lzmadec with -DLZMADEC): each entry is analyzed, with or without FILEs; a
# command recorded twice is one entry; a finding both builds make is one.
V=$TMP/variants
mkdir -p "$V"
cat >"$V/tool.c" <<'C'
#include <stdlib.h>
void both(void) {
    char *q = malloc(4);
    (void)q;
}
void f(void) {
    char *p = malloc(4);
#ifdef VARIANT_B
    return;
#endif
    free(p);
}
C
cat >"$V/compile_commands.json" <<J
[
 {"directory": "$V", "arguments": ["cc", "-c", "tool.c", "-o", "a.o"], "file": "tool.c"},
 {"directory": "$V", "arguments": ["cc", "-DVARIANT_B", "-c", "tool.c", "-o", "b.o"], "file": "tool.c"},
 {"directory": "$V", "arguments": ["cc", "-c", "tool.c", "-o", "a.o"], "file": "tool.c"}
]
J
for files in "" "tool.c"; do
	run_in "$V" "$OWNCK" -p . --no-cache --format=json $files
	json_check "a file built twice ($files)" '
assert d["stats"]["files"] == 2, d["stats"]
got = sorted((x["location"]["line"], x["rule"]) for x in d["diagnostics"])
assert got == [(5, "leak"), (9, "leak")], got'
done

# A function of a file built twice is one definition, not two rival ones:
# calls elsewhere still see what it does (mosquitto's memory_mosq.c, built
# for the library and the broker: its realloc wrapper's summary was lost).
cat >"$V/wrap.c" <<'C'
#include <string.h>
char *dup_name(const char *s) { return strdup(s); }
C
cat >"$V/user.c" <<'C'
char *dup_name(const char *s);
void use(void) {
    char *p = dup_name("x");
    (void)p;
}
C
cat >"$V/compile_commands.json" <<J
[
 {"directory": "$V", "arguments": ["cc", "-DLIB", "-c", "wrap.c"], "file": "wrap.c"},
 {"directory": "$V", "arguments": ["cc", "-DBROKER", "-c", "wrap.c"], "file": "wrap.c"},
 {"directory": "$V", "arguments": ["cc", "-c", "user.c"], "file": "user.c"}
]
J
run_in "$V" "$OWNCK" -p . --no-cache --format=json
json_check "a function of a file built twice" '
assert d["stats"]["files"] == 3, d["stats"]
got = [(x["location"]["file"], x["location"]["line"], x["rule"]) for x in d["diagnostics"]]
assert got == [("user.c", 5, "leak")], got'

# Errors: no database, an invalid one.
run "$OWNCK" -p "$TMP/nowhere"
expect_status 2
expect_contains err 'no compile_commands.json'
mkdir "$TMP/broken"
printf '{"not": "a list"' >"$TMP/broken/compile_commands.json"
run "$OWNCK" -p "$TMP/broken"
expect_status 2
expect_contains err 'compile_commands.json'

finish
