#!/bin/sh
# Installs what ownck needs to build and test, and nothing else: libclang
# (with llvm-config to find it), cJSON, and the compilers' sanitizer runtimes;
# for the integration tests (testsuite/cli/), the real programs ownck must work
# with: git, Debian's python3-jsonschema (the SARIF and JSON schema checks run
# /usr/bin/python3), pre-commit, neovim (a real LSP client), cmake and bear
# (compile_commands.json as users get it); for the fuzz target (make fuzz,
# testsuite/fuzz/), the clang of the same LLVM as libclang with its libFuzzer
# runtime; for testsuite/cli/csmith.sh, csmith and its headers; graphviz, to render
# --dump-cfg in testsuite/cli/dump_cfg.sh. OWNCK_DEPS=build in the
# environment limits it to what building ownck needs (for CI jobs and
# packagers that only build and install).
# Called by the Makefile before anything is built; a no-op when all is present.
set -e

missing=""
need() {   # need PACKAGE TEST-COMMAND...
	pkg=$1; shift
	if ! "$@" >/dev/null 2>&1; then missing="$missing $pkg"; fi
}

have_header() { [ -f "$1" ]; }
have_fuzzer() { ls "$1"/clang/*/lib/*/libclang_rt.fuzzer*.a; }
llvm_cfg() {
	for c in llvm-config llvm-config-14 llvm-config-15 llvm-config-16; do
		command -v "$c" >/dev/null 2>&1 && { echo "$c"; return 0; }
	done
	return 1
}

need llvm llvm_cfg
if cfg=$(llvm_cfg); then
	need libclang-dev have_header "$($cfg --includedir)/clang-c/Index.h"
else
	missing="$missing libclang-dev"
fi
need libcjson-dev have_header /usr/include/cjson/cJSON.h
need make command -v make
need gcc command -v gcc
need python3 command -v python3
if [ "${OWNCK_DEPS:-all}" != build ]; then
	need git command -v git
	need python3-jsonschema /usr/bin/python3 -c 'import jsonschema'
	need pre-commit test -x /usr/bin/pre-commit
	need neovim test -x /usr/bin/nvim
	need cmake command -v cmake
	need bear command -v bear
	need graphviz command -v dot   # renders --dump-cfg's DOT in the tests
	# libclang-rt-N-dev holds libFuzzer, but for LLVM 15 libclang-common-15-dev does
	if cfg=$(llvm_cfg); then
		v=$($cfg --version)
		v=${v%%.*}
		rt=libclang-rt-$v-dev
		[ "$v" = 15 ] && rt=libclang-common-15-dev
		need "clang-$v" test -x "$($cfg --bindir)/clang"
		need "$rt" have_fuzzer "$($cfg --libdir)"
	else
		missing="$missing clang libclang-rt-dev"
	fi
	need csmith command -v csmith
	need libcsmith-dev have_header /usr/include/csmith/csmith.h
fi

if [ -z "$missing" ]; then
	exit 0
fi

echo "ownck: installing missing packages:$missing (apt-get)" >&2
if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "ownck: need root or sudo to install:$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
$SUDO apt-get update -qq >"$log" 2>&1 || echo "ownck: apt-get update failed; trying the install anyway" >&2
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >>"$log" 2>&1; then
	cat "$log" >&2
	echo "ownck: could not install:$missing" >&2
	exit 1
fi
echo "ownck: installed:$missing" >&2
