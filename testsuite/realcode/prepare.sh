# Sourced by testsuite/realcode/run.sh and testsuite/bench/run.sh: fetches the
# Debian source packages and prepares each project's files and compiler flags
# (testsuite/realcode/README.md, steps 1-3), in one place for both.
#
# The sourcing script sets REALCODE (this directory), CACHE, PY and PROJECTS,
# then calls realcode_check_projects and, when it is ready to fetch,
# realcode_fetch_prepare. Afterwards CACHE is absolute, CACHE/build/PROJECT
# holds .ownck-files and .ownck-flags, setup_failed lists the projects that
# could not be prepared, and PHASES the time of each step.
# shellcheck shell=sh
# shellcheck disable=SC2317  # the prepare_* functions are called through $fn

ALL_PROJECTS="zlib lua5.4 sqlite3 sqlite3-shell redis zstd libuv"
pkg_of() {   # pkg_of PROJECT: its Debian source package
	case $1 in sqlite3-shell) echo sqlite3;; zstd) echo libzstd;; libuv) echo libuv1;; *) echo "$1";; esac
}

say() { echo "realcode: $*" >&2; }
die() { echo "realcode: error: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
PHASES=""
phase_done() {   # phase_done NAME START
	t=$(since "$2")
	PHASES="$PHASES$1 ${t}s
"
	say "$1 done in ${t}s"
}

# fetch_source PKG: apt-get source the newest version into $CACHE/src/PKG; when
# a mirror no longer has it (a security update's files answer 404 on a pinned
# or lagging mirror), the older versions apt knows of, newest first.
fetch_source() {
	( cd "$CACHE/src/$1" && apt-get source -q --download-only "$1" ) >>"$LOG" 2>&1 && return 0
	for v in $(apt-cache showsrc "$1" 2>/dev/null | sed -n 's/^Version: //p' | sort -urV); do
		say "$1: the newest version could not be fetched; trying $v"
		rm -f "$CACHE/src/$1"/*
		( cd "$CACHE/src/$1" && apt-get source -q --download-only "$1=$v" ) >>"$LOG" 2>&1 && return 0
	done
	return 1
}

realcode_check_projects() {   # dies on a name that is not in ALL_PROJECTS
	for p in $PROJECTS; do
		case " $ALL_PROJECTS " in *" $p "*) ;; *) die "unknown project '$p' (known: $ALL_PROJECTS)";; esac
	done
}

as_root() {   # as_root COMMAND...: with sudo unless root (SUDO is set by realcode_fetch_prepare)
	[ "$SUDO" = no-sudo ] && die "need root or sudo to run: $*"
	$SUDO "$@"
}

srcdir() {   # srcdir PKG: the unpacked source tree (the directory holding debian/)
	for d in "$CACHE/src/$1"/*/; do
		[ -d "$d/debian" ] && { echo "${d%/}"; return 0; }
	done
	return 1
}

# --- 3. per project: the files to analyze and the flags that make them parse ---
#
# Each project is prepared in $CACHE/build/PROJECT (a copy of the source tree, or
# an out-of-tree build directory), which ends up holding:
#   .ownck-files   the .c files to analyze, one per line, relative to that directory
#   .ownck-flags   the compiler arguments, one per line
#   .ownck-recipe  the recipe version; a different one makes the next run prepare again
RECIPE=2

words_matching() {   # words_matching PATTERN WORDS...: prints the matching words, one per line
	pat=$1; shift
	for w in "$@"; do
		# shellcheck disable=SC2254  # $pat is a pattern
		case "$w" in $pat) echo "$w";; esac
	done
}

prepare_zlib() {   # top-level *.c, configured as debian/rules does (amd64: -DUNALIGNED_OK)
	S=$1 B=$2
	cp -a "$S" "$B" || return 1
	cd "$B" || return 1
	extra="-D_REENTRANT"
	case "$(uname -m)" in x86_64|i?86) extra="$extra -DUNALIGNED_OK";; esac
	# configure writes zconf.h (Z_HAVE_UNISTD_H, Z_HAVE_STDARG_H) and the Makefile.
	uname=GNU CFLAGS="-O2 $extra" ./configure --shared >prepare.log 2>&1 || { cat prepare.log; return 1; }
	# shellcheck disable=SC2046
	{ words_matching '-[DIU]*' $(sed -n 's/^CFLAGS=//p' Makefile); } >.ownck-flags
	[ -s .ownck-flags ] || { echo "no CFLAGS in zlib's Makefile"; return 1; }
	ls -- *.c | LC_ALL=C sort >.ownck-files
}

prepare_lua() {   # src/*.c (the library, lua.c and luac.c) as `make linux` builds them
	S=$1 B=$2
	cp -a "$S" "$B" || return 1
	cd "$B" || return 1
	# Debian's luaconf.h includes a header that debian/rules generates.
	ma=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
	[ -n "$ma" ] || { echo "cannot tell the multiarch triplet"; return 1; }
	printf '#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n#define DEB_HOST_MULTIARCH "%s"\n#endif\n' \
		"$ma" >src/lua5.4-deb-multiarch.h
	# CC= gcc -std=gnu99, CFLAGS= ... -DLUA_COMPAT_5_3, linux-noreadline: SYSCFLAGS="-DLUA_USE_LINUX"
	{
		echo "-std=gnu99"
		# shellcheck disable=SC2046
		words_matching '-D*' $(sed -n 's/^CFLAGS=//p' src/Makefile)
		# shellcheck disable=SC2046
		words_matching '-D*' $(sed -n '/^linux-noreadline:/,/^$/p' src/Makefile | tr '"' ' ')
	} >.ownck-flags
	grep -qx -- -DLUA_USE_LINUX .ownck-flags && grep -qx -- -DLUA_COMPAT_5_3 .ownck-flags || {
		echo "lua's src/Makefile no longer says -DLUA_COMPAT_5_3 / -DLUA_USE_LINUX:"; cat .ownck-flags; return 1; }
	ls -- src/*.c | LC_ALL=C sort >.ownck-files
}

prepare_sqlite3() {   # the amalgamation sqlite3.c, with Debian's feature defines
	S=$1 B=$2 target=${3:-sqlite3.c}
	mkdir -p "$B" && cd "$B" || return 1
	# configure writes sqlite_cfg.h (used with -D_HAVE_SQLITE_CONFIG_H) and the Makefile;
	# the --enable options are debian/rules' ones (--disable-tcl: no tcl8.6-dev needed,
	# tclsh alone builds the amalgamation).
	"$S/configure" --enable-threadsafe --enable-load-extension --enable-json \
		--enable-fts4 --enable-fts5 --disable-tcl >prepare.log 2>&1 || { tail -30 prepare.log; return 1; }
	if [ -f "$S/$target" ] && [ -f "$S/sqlite3.h" ]; then
		cp "$S/$target" "$S/sqlite3.h" . || return 1
	else
		make sqlite3.h "$target" >>prepare.log 2>&1 || { tail -30 prepare.log; return 1; }
	fi
	[ -s "$target" ] || { echo "no $target"; return 1; }
	{
		echo "-I$B"
		# What the Makefile compiles sqlite3.c with: CFLAGS, TCC, OPT_FEATURE_FLAGS ...
		# shellcheck disable=SC2046
		words_matching '-D*' $(sed -n 's/^\(CFLAGS\|TCC\|TCC +\|OPT_FEATURE_FLAGS\) *= *//p' Makefile)
		# ... and the -DSQLITE_* that debian/rules adds to CFLAGS.
		grep -o -- '-DSQLITE_[A-Za-z0-9_]*\(=[0-9]*\)\?' "$S/debian/rules"
		# The shell is compiled with SHELL_OPT too.
		# shellcheck disable=SC2046
		[ "$target" = shell.c ] && words_matching '-D*' $(sed -n 's/^SHELL_OPT *+\{0,1\}= *//p' Makefile)
	} | awk '!seen[$0]++' >.ownck-flags
	grep -qx -- -D_HAVE_SQLITE_CONFIG_H .ownck-flags || { echo "unexpected Makefile flags:"; cat .ownck-flags; return 1; }
	echo "$target" >.ownck-files
}

prepare_sqlite3_shell() {   # the sqlite3 command-line shell, shell.c (generated like sqlite3.c)
	prepare_sqlite3 "$1" "$2" shell.c
}

prepare_redis() {   # src/*.c of redis-server, redis-cli and redis-benchmark, as src/Makefile builds them on Linux
	S=$1 B=$2
	cp -a "$S" "$B" || return 1
	cd "$B" || return 1
	# release.c includes release.h, which the Makefile generates (git is not needed:
	# without a repository the script writes the SHA1 00000000).
	( cd src && GIT_DIR=/nonexistent sh mkreleasehdr.sh ) >prepare.log 2>&1
	[ -s src/release.h ] || { cat prepare.log; echo "src/mkreleasehdr.sh did not write src/release.h"; return 1; }
	# The files: the sources of the Makefile's object lists (server, cli, benchmark).
	# The event-loop backends ae_*.c are left out: ae.c #includes one of them.
	for v in REDIS_SERVER_OBJ REDIS_CLI_OBJ REDIS_BENCHMARK_OBJ; do
		# shellcheck disable=SC2046
		words_matching '*.o' $(sed -n "s/^$v=//p" src/Makefile)
	done | sed 's|^\(.*\)\.o$|src/\1.c|' | LC_ALL=C sort -u >.ownck-files
	while read -r f; do
		[ -f "$f" ] || { echo "src/Makefile compiles $f, which is not there"; return 1; }
	done <.ownck-files
	for f in src/*.c; do
		grep -qx -- "$f" .ownck-files && continue
		case $f in src/ae_*.c) ;; *) echo "src/Makefile's object lists leave out $f (only the ae_*.c backends were expected)"; return 1;; esac
	done
	# The flags, as FINAL_CFLAGS says them, relative to src/ (where make compiles):
	# STD's -DREDIS_STATIC='' and -std=c11 (the compiler has C11 atomics), and
	# the deps' include paths, rewritten relative to this directory (src/../deps/X
	# is deps/X). Left out, because each needs a build-dependency's headers and no
	# build-dependencies are installed: debian/rules' USE_SYSTEM_JEMALLOC=yes
	# USE_JEMALLOC=yes (-DUSE_JEMALLOC; without it zmalloc.h uses libc's malloc),
	# USE_SYSTEMD=yes (-DHAVE_LIBSYSTEMD, <systemd/sd-daemon.h>) and BUILD_TLS=yes
	# (-DUSE_OPENSSL, <openssl/ssl.h>); and its -I/usr/include/liblzf (src/lzf.h is used).
	{
		# shellcheck disable=SC2046
		words_matching '-D*' $(sed -n 's/^STD=//p' src/Makefile) | tr -d "'\""
		sed -n 's/^[[:space:]]*STD+= *\(-std=c11\)$/\1/p' src/Makefile
		# shellcheck disable=SC2046
		words_matching '-I../deps/*' $(sed -n 's/^FINAL_CFLAGS+=//p' src/Makefile) | sed 's|^-I\.\./|-I|'
	} >.ownck-flags
	for f in -DREDIS_STATIC= -std=c11 -Ideps/hiredis -Ideps/linenoise -Ideps/lua/src -Ideps/hdr_histogram; do
		grep -qx -- "$f" .ownck-flags || {
			echo "redis's src/Makefile no longer says $f (STD= / STD+=-std=c11 / FINAL_CFLAGS+= -I../deps/...):"; cat .ownck-flags; return 1; }
	done
}

# make_compiles DIR MAKE-ARGS...: what `make -n` in DIR would compile (of the
# package's own Makefile): per .c compile line, the file and its -D words
# (each once, in order), on one line.
make_compiles() {
	d=$1; shift
	( cd "$d" && make -n V=1 "$@" ) 2>>"$B/prepare.log" | awk '
		/ -c / && $NF ~ /\.c$/ {
			s = ""; split("", seen)
			for (i = 1; i < NF; i++) if ($i ~ /^-D/ && !seen[$i]++) s = s " " $i
			print $NF s
		}'
}

prepare_zstd() {   # the library and the zstd program, as lib/Makefile and programs/Makefile build them
	S=$1 B=$2
	cp -a "$S" "$B" || return 1
	cd "$B" || return 1
	: >prepare.log
	# What make would compile, read from `make -n` (no -I: the sources include
	# each other by relative paths). lib: the shared library Debian ships (lib/
	# `make libzstd`: CPPFLAGS_DYNLIB's -DZSTD_MULTITHREAD), with the deprecated
	# zbuff*.c too (ZSTD_LIB_DEPRECATED=1; the default build leaves them out).
	# programs: `make zstd` without zlib, liblzma and liblz4 (HAVE_*=0: their
	# -DZSTD_GZ*/-DZSTD_LZMA*/-DZSTD_LZ4* need build-dependencies' headers), which
	# compiles the library's files and programs/*.c with one set of flags.
	lib=$(make_compiles lib ZSTD_LIB_DEPRECATED=1 libzstd)
	prog=$(make_compiles programs HAVE_ZLIB=0 HAVE_LZMA=0 HAVE_LZ4=0 zstd)
	if [ -z "$lib" ] || [ -z "$prog" ]; then
		cat prepare.log; echo "make -n in lib/ or programs/ printed no compile lines"; return 1
	fi
	# The files: the library's (lib/legacy/zstd_v0*.c, the decoders of pre-1.0
	# formats that ZSTD_LEGACY_SUPPORT=5 adds, are left out; the assembly
	# decompress/huf_decompress_amd64.S is not C), then the program's.
	{
		echo "$lib" | cut -d' ' -f1 | sed 's|^\./*|lib/|' | grep -v '^lib/legacy/'
		echo "$prog" | cut -d' ' -f1 | grep -v '^\.\./lib/' | sed 's|^|programs/|'
	} | LC_ALL=C sort -u >.ownck-files
	# They must be the files this harness means to analyze, no more, no fewer.
	ls -- lib/common/*.c lib/compress/*.c lib/decompress/*.c lib/dictBuilder/*.c \
		lib/deprecated/*.c programs/*.c | LC_ALL=C sort >expected-files
	cmp -s .ownck-files expected-files || {
		echo "make -n compiles other files than lib/{common,compress,decompress,dictBuilder,deprecated}/*.c and programs/*.c:"
		diff .ownck-files expected-files; return 1; }
	# One ownck run has one set of flags: every compile line must have the same -D's.
	sets=$(printf '%s\n%s\n' "$lib" "$prog" | cut -s -d' ' -f2- | LC_ALL=C sort -u)
	[ "$(printf '%s\n' "$sets" | wc -l)" -eq 1 ] || {
		echo "lib/ and programs/ compile with different -D's:"; printf '%s\n' "$sets"; return 1; }
	# shellcheck disable=SC2086  # one word per flag
	printf '%s\n' $sets >.ownck-flags
	for f in -DXXH_NAMESPACE=ZSTD_ -DDEBUGLEVEL=0 -DZSTD_LEGACY_SUPPORT=5 -DZSTD_MULTITHREAD; do
		grep -qx -- "$f" .ownck-flags || {
			echo "zstd's Makefiles no longer say $f (lib/libzstd.mk's CPPFLAGS, lib/Makefile's CPPFLAGS_DYNLIB):"; cat .ownck-flags; return 1; }
	done
}

prepare_libuv() {   # src/*.c and the Linux src/unix/*.c, as CMakeLists.txt builds the shared library on Linux
	S=$1 B=$2
	cp -a "$S" "$B" || return 1
	cd "$B" || return 1
	# debian/rules runs dh without autoreconf, so debhelper builds with CMake
	# (there is no configure script). CMakeLists.txt is read up to the targets:
	# the top-level if()/else()/endif() are evaluated for CMAKE_SYSTEM_NAME
	# Linux (WIN32, APPLE and options such as ASAN or QEMU are false), and the
	# uv_sources and uv_defines of the blocks taken are printed as "S file" and
	# "D define".
	awk '
		function truth(c,   n, t, i, neg, r, v, s) {
			n = split(c, t, / OR /); r = 0
			for (i = 1; i <= n; i++) {
				v = t[i]; gsub(/[()]/, "", v); neg = sub(/^NOT /, "", v)
				if (v ~ /^CMAKE_SYSTEM_NAME (STREQUAL|MATCHES) "[^"]*"$/) {
					s = v; sub(/^[^"]*"/, "", s); sub(/"$/, "", s)
					v = (v ~ / STREQUAL /) ? (s == "Linux") : ("Linux" ~ s)
				} else v = 0
				if (neg) v = !v
				r = r || v
			}
			return r
		}
		BEGIN { on = 1; d = 0 }
		/^[[:space:]]*add_library[[:space:]]*\(uv / { exit }
		/^[[:space:]]*if[[:space:]]*\(/ {
			c = $0; sub(/^[[:space:]]*if[[:space:]]*\(/, "", c); sub(/\)[[:space:]]*(#.*)?$/, "", c)
			d++; par[d] = on; on = on && truth(c); taken[d] = on; next
		}
		/^[[:space:]]*elseif[[:space:]]*\(/ { print "E elseif() is not understood: " $0; exit }
		/^[[:space:]]*else[[:space:]]*\(/ { on = par[d] && !taken[d]; next }
		/^[[:space:]]*endif[[:space:]]*\(/ { on = par[d]; d--; next }
		on && /^[[:space:]]*(set|list)[[:space:]]*\((APPEND )?uv_(sources|defines)/ {
			coll = ($0 ~ /uv_sources/) ? "S" : "D"
			sub(/^[^(]*\((APPEND )?uv_[a-z]*/, "")
		}
		coll != "" {
			l = $0; sub(/#.*/, "", l); end = sub(/\).*/, "", l)
			n = split(l, w, /[[:space:]]+/)
			for (i = 1; i <= n; i++) if (w[i] != "") print coll, w[i]
			if (end) coll = ""
		}' CMakeLists.txt >cmake-linux.txt
	grep '^E ' cmake-linux.txt && return 1
	sed -n 's/^S //p' cmake-linux.txt | LC_ALL=C sort -u >.ownck-files
	while read -r f; do
		case $f in *.c) ;; *) echo "CMakeLists.txt's uv_sources has $f, not a .c file"; return 1;; esac
		[ -f "$f" ] || { echo "CMakeLists.txt compiles $f, which is not there"; return 1; }
	done <.ownck-files
	# The Linux files Makefile.am lists (its `if LINUX` block) must be there too.
	for f in $(sed -n '/^if LINUX/,/^endif/p' Makefile.am | grep -o 'src/unix/[A-Za-z0-9_-]*\.c'); do
		grep -qx -- "$f" .ownck-files || { echo "CMakeLists.txt, read for Linux, leaves out $f (Makefile.am's if LINUX has it)"; return 1; }
	done
	# The flags: CMAKE_C_STANDARD with CMAKE_C_EXTENSIONS ON (-std=gnu90), the
	# shared library's BUILDING_UV_SHARED=1, its include directories include/ and
	# src/ (src/unix/*.c include their own headers by relative paths), then
	# uv_defines (_FILE_OFFSET_BITS=64 _LARGEFILE_SOURCE for Unix, _GNU_SOURCE
	# _POSIX_C_SOURCE=200112 for Linux).
	std=$(sed -n 's/^set(CMAKE_C_STANDARD \([0-9][0-9]*\))$/\1/p' CMakeLists.txt)
	grep -qx 'set(CMAKE_C_EXTENSIONS ON)' CMakeLists.txt && gnu=gnu || gnu=c
	{
		[ -n "$std" ] && echo "-std=$gnu$std"
		grep -q '^[[:space:]]*BUILDING_UV_SHARED=1$' CMakeLists.txt && echo "-DBUILDING_UV_SHARED=1"
		# shellcheck disable=SC2016  # CMake's ${...}, not the shell's
		grep -q 'BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>' CMakeLists.txt && echo "-Iinclude"
		# shellcheck disable=SC2016
		grep -q 'BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>' CMakeLists.txt && echo "-Isrc"
		sed -n 's/^D /-D/p' cmake-linux.txt
	} | awk '!seen[$0]++' >.ownck-flags
	for f in -std=gnu90 -DBUILDING_UV_SHARED=1 -Iinclude -Isrc -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE -D_GNU_SOURCE -D_POSIX_C_SOURCE=200112; do
		grep -qx -- "$f" .ownck-flags || {
			echo "libuv's CMakeLists.txt, read for Linux, no longer says $f:"; cat .ownck-flags; return 1; }
	done
}

realcode_fetch_prepare() {   # steps 1-3 for PROJECTS
	command -v "$PY" >/dev/null 2>&1 || die "python3 is needed"
	mkdir -p "$CACHE/src" "$CACHE/build" "$CACHE/results" || die "cannot create $CACHE"
	CACHE=$(cd "$CACHE" && pwd)

	if [ "$(id -u)" -eq 0 ]; then
		SUDO=""
	elif command -v sudo >/dev/null 2>&1; then
		SUDO="sudo"
	else
		SUDO="no-sudo"
	fi
	LOG="$CACHE/apt.log"

	# --- 1. apt: deb-src entries, dpkg-dev, tcl -----------------------------------

	T=$(now)
	# The source packages not fetched yet (fetched ones need no apt at all).
	need_fetch=""
	for p in $PROJECTS; do
		pkg=$(pkg_of "$p")
		case " $need_fetch " in *" $pkg "*) continue;; esac
		[ -f "$CACHE/src/$pkg/.fetched" ] || need_fetch="$need_fetch $pkg"
	done

	missing=""
	command -v dpkg-source >/dev/null 2>&1 || missing="$missing dpkg-dev"
	case " $PROJECTS " in *" sqlite3"*)
		command -v tclsh >/dev/null 2>&1 || missing="$missing tcl";;
	esac
	command -v make >/dev/null 2>&1 || missing="$missing make"
	command -v gcc >/dev/null 2>&1 || missing="$missing gcc"   # configure needs a C compiler
	for t in ${EXTRA_TOOLS:-}; do   # a caller's own tools (make bench's valgrind), each its package's name
		command -v "$t" >/dev/null 2>&1 || missing="$missing $t"
	done

	if [ -n "$need_fetch" ]; then
		# shellcheck disable=SC2086
		if ! apt-cache showsrc $need_fetch >/dev/null 2>&1 || \
		   [ -z "$(apt-cache showsrc $need_fetch 2>/dev/null | sed -n 's/^Package: //p')" ]; then
			if [ -z "$(apt-get indextargets 'Created-By: Sources' 2>/dev/null)" ]; then
				codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
				[ -n "$codename" ] || codename=bookworm
				f=/etc/apt/sources.list.d/ownck-realcode-src.sources
				say "no deb-src entries in the apt sources: adding $f ($codename)"
				"$PY" "$REALCODE/realcode.py" debsrc "$codename" >"$CACHE/debsrc.sources" || die "cannot write deb-src entries"
				as_root cp "$CACHE/debsrc.sources" "$f" || die "cannot write $f"
				as_root chmod 644 "$f"
			else
				say "deb-src entries are configured but their indexes are missing"
			fi
			say "apt-get update (log: $LOG)"
			as_root env DEBIAN_FRONTEND=noninteractive apt-get update >"$LOG" 2>&1 || {
				cat "$LOG" >&2; die "apt-get update failed"; }
			[ -n "$(apt-cache showsrc $need_fetch 2>/dev/null | sed -n 's/^Package: //p')" ] || \
				die "apt-cache showsrc$need_fetch still finds nothing"
		fi
	fi
	if [ -n "$missing" ]; then
		say "installing missing packages:$missing"
		# shellcheck disable=SC2086
		as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >>"$LOG" 2>&1 || {
			# The package lists may be stale: update once and retry.
			as_root env DEBIAN_FRONTEND=noninteractive apt-get update >>"$LOG" 2>&1
			as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >>"$LOG" 2>&1
		} || { cat "$LOG" >&2; die "could not install:$missing"; }
	fi
	phase_done "1 apt setup" "$T"

	# --- 2. fetch the source packages, once ---------------------------------------

	T=$(now)
	for p in $need_fetch; do
		say "fetching source package $p"
		rm -rf "$CACHE/src/$p"
		for q in $ALL_PROJECTS; do [ "$(pkg_of "$q")" != "$p" ] || rm -rf "$CACHE/build/$q"; done
		mkdir -p "$CACHE/src/$p"
		fetch_source "$p" || { tail -20 "$LOG" >&2; die "apt-get source --download-only $p failed"; }
		dsc=$(ls "$CACHE/src/$p"/*.dsc 2>/dev/null | head -1)
		[ -n "$dsc" ] || die "no .dsc for $p"
		( cd "$CACHE/src/$p" && dpkg-source -x "$dsc" ) >>"$LOG" 2>&1 || {
			tail -20 "$LOG" >&2; die "dpkg-source -x $dsc failed"; }
		srcdir "$p" >/dev/null || die "no unpacked source tree for $p"
		touch "$CACHE/src/$p/.fetched"
	done
	phase_done "2 fetch" "$T"

	# --- 3. prepare each project (prepare_* above) -------------------------------

	T=$(now)
	setup_failed=""
	for p in $PROJECTS; do
		B="$CACHE/build/$p"
		if [ -f "$B/.ownck-recipe" ] && [ "$(cat "$B/.ownck-recipe")" = "$RECIPE" ]; then
			continue
		fi
		S=$(srcdir "$(pkg_of "$p")") || die "no source tree for $p"
		say "preparing $p in $B"
		rm -rf "$B"
		case $p in
			zlib)    fn=prepare_zlib;;
			lua5.4)  fn=prepare_lua;;
			sqlite3) fn=prepare_sqlite3;;
			sqlite3-shell) fn=prepare_sqlite3_shell;;
			redis)   fn=prepare_redis;;
			zstd)    fn=prepare_zstd;;
			libuv)   fn=prepare_libuv;;
		esac
		if ( $fn "$S" "$B" ) >"$CACHE/prepare-$p.log" 2>&1; then
			echo "$RECIPE" >"$B/.ownck-recipe"
		else
			cat "$CACHE/prepare-$p.log" >&2
			say "preparing $p failed (log: $CACHE/prepare-$p.log)"
			setup_failed="$setup_failed $p"
		fi
	done
	phase_done "3 prepare" "$T"
}
