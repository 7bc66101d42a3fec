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
llvm_cfg() {   # the Makefile's LLVM_CONFIG (make LLVM_CONFIG=llvm-config-16), else the first found
	for c in ${LLVM_CONFIG:-} llvm-config llvm-config-14 llvm-config-15 llvm-config-16; do
		command -v "$c" >/dev/null 2>&1 && { echo "$c"; return 0; }
	done
	return 1
}

# Which LLVM: the one `make LLVM_CONFIG=llvm-config-N` names (its packages are
# installed when missing), else the one llvm-config finds, else Debian 12's
# default (llvm and libclang-dev are 14 there).
case ${LLVM_CONFIG:-} in
llvm-config-[1-9]*) llvm_v=${LLVM_CONFIG#llvm-config-}; llvm_dir=/usr/lib/llvm-$llvm_v ;;
*) llvm_v="" ;;
esac
if [ -n "$llvm_v" ]; then
	need "llvm-$llvm_v" command -v "$LLVM_CONFIG"
	need "libclang-$llvm_v-dev" have_header "$llvm_dir/include/clang-c/Index.h"
elif cfg=$(llvm_cfg); then
	llvm_dir=$($cfg --prefix)
	llvm_v=$($cfg --version)
	llvm_v=${llvm_v%%.*}
	need libclang-dev have_header "$($cfg --includedir)/clang-c/Index.h"
else
	missing="$missing llvm libclang-dev"
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
	if [ -n "$llvm_v" ]; then
		rt=libclang-rt-$llvm_v-dev
		[ "$llvm_v" = 15 ] && rt=libclang-common-15-dev
		need "clang-$llvm_v" test -x "$llvm_dir/bin/clang"
		need "$rt" have_fuzzer "$llvm_dir/lib"
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
