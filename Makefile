# ownck - ownership and borrow checking for C.
#
#   make            build build/ownck
#   make test       build with -Werror and with ASan+UBSan, run the whole test suite
#   make demo       run build/ownck on examples/
#   make fuzz       libFuzzer on the whole pipeline for FUZZ_TIME seconds (testsuite/fuzz/)
#   make install    PREFIX=/usr/local: bin/ownck, bin/ownck-pre-commit, include/ownck.h,
#                   share/ownck/ (models/, docs/rules/, the JSON schema), share/man/man1/ownck.1
#   make clean
#
# Every target first runs scripts/deps.sh, which installs libclang, cJSON and
# llvm-config with apt-get when they are missing (and says so).  The variables
# that ask llvm-config are deferred (=), so they are evaluated only after that.

PREFIX     ?= /usr/local
CC         ?= cc
LLVM_CONFIG = $(shell for c in llvm-config llvm-config-14 llvm-config-15 llvm-config-16; do \
                command -v $$c >/dev/null 2>&1 && { echo $$c; break; }; done)
LLVM_LIBDIR = $(shell $(LLVM_CONFIG) --libdir)
LLVM_INCDIR = $(shell $(LLVM_CONFIG) --includedir)
# The directory holding clang's own <stddef.h> and friends: lib/clang/<version>
# up to LLVM 15, lib/clang/<major> from 16 on.
RESOURCE_DIR = $(shell v=$$($(LLVM_CONFIG) --version); d=$(LLVM_LIBDIR)/clang; \
                 if [ -d $$d/$$v ]; then echo $$d/$$v; else echo $$d/$${v%%.*}; fi)

WARN      = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
BASEFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) -Ianalyzer -Irules -I$(LLVM_INCDIR) \
            -DOWNCK_SRCDIR='"$(CURDIR)"' -DOWNCK_DATADIR='"$(PREFIX)/share/ownck"' \
            -DOWNCK_RESOURCE_DIR='"$(RESOURCE_DIR)"'
CFLAGS   ?= -O2 -g
LDLIBS    = -L$(LLVM_LIBDIR) -Wl,-rpath,$(LLVM_LIBDIR) -lclang -lcjson -lpthread

SRCS    = $(wildcard analyzer/*.c) $(wildcard rules/*.c)
HEADERS = $(wildcard analyzer/*.h) $(wildcard rules/*.h) rules/rules.def

.PHONY: all deps test demo install clean check-build asan-build fuzz test-llvm
all: build/ownck

# Building needs only libclang and cJSON; the test suite also drives real
# tools (git, pre-commit, neovim, bear).  Target-specific, so `make test`
# passes "all" down to the deps run it triggers.
OWNCK_DEPS = build
test: OWNCK_DEPS = all
fuzz build/fuzz/ownck-fuzz: OWNCK_DEPS = all
deps:
	@OWNCK_DEPS=$(OWNCK_DEPS) LLVM_CONFIG=$(LLVM_CONFIG) sh scripts/deps.sh

# Three builds from the same sources: the user's, the tests' (-Werror), and a
# sanitizer build the test suite runs a second time.
build/ownck: $(SRCS) $(HEADERS) | deps
	@mkdir -p build
	$(CC) $(BASEFLAGS) $(CFLAGS) -o $@ $(SRCS) $(LDLIBS)

build/check/ownck: $(SRCS) $(HEADERS) | deps
	@mkdir -p build/check
	$(CC) $(BASEFLAGS) -Werror -O2 -g -o $@ $(SRCS) $(LDLIBS)

build/asan/ownck: $(SRCS) $(HEADERS) | deps
	@mkdir -p build/asan
	$(CC) $(BASEFLAGS) -Werror -O1 -g -fno-omit-frame-pointer \
	    -fsanitize=address,undefined -fno-sanitize-recover=undefined -o $@ $(SRCS) $(LDLIBS)

# The fuzz target: every source but main.c, with testsuite/fuzz/fuzz_ownck.c's
# LLVMFuzzerTestOneInput instead. libFuzzer comes with clang, so this one is
# built by the clang of the LLVM that libclang comes from (its runtime is
# Debian's libclang-rt-N-dev, or libclang-common-15-dev for LLVM 15).
FUZZ_CC   = $(shell $(LLVM_CONFIG) --bindir)/clang
FUZZ_SRCS = $(filter-out analyzer/main.c,$(SRCS)) testsuite/fuzz/fuzz_ownck.c testsuite/fuzz/mutate.c
build/fuzz/ownck-fuzz: $(FUZZ_SRCS) $(HEADERS) | deps
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(BASEFLAGS) -Werror -O1 -g -fno-omit-frame-pointer \
	    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -o $@ $(FUZZ_SRCS) $(LDLIBS)

# make fuzz [FUZZ_TIME=seconds]: one process (no -jobs: the machine is shared), seeded
# with every C file of the tests and examples. A crash, a sanitizer report or
# an input that runs longer than FUZZ_TIMEOUT seconds (a hang) stops it and is
# saved in build/fuzz/ as crash-*, leak-* or timeout-*; replay one with
# `build/fuzz/ownck-fuzz FILE`. Leaks are checked, with libclang's own
# one-time allocations left out by testsuite/lsan.supp as in `make test`.
FUZZ_TIME    ?= 300
FUZZ_TIMEOUT ?= 10
FUZZ_MAXLEN  ?= 32768
FUZZ_FLAGS    = -max_total_time=$(FUZZ_TIME) -timeout=$(FUZZ_TIMEOUT) -max_len=$(FUZZ_MAXLEN) \
                -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=build/fuzz/
fuzz: build/fuzz/ownck-fuzz
	@rm -rf build/fuzz/seeds && mkdir -p build/fuzz/seeds build/fuzz/corpus
	@for f in $$(find testsuite examples -name '*.c' -not -path testsuite/fuzz/fuzz_ownck.c); do \
	    cp "$$f" "build/fuzz/seeds/$$(echo "$$f" | tr / _)"; done
	OWNCK_FUZZ_KEEP=build/fuzz LSAN_OPTIONS=suppressions=$(CURDIR)/testsuite/lsan.supp:print_suppressions=0 \
	    build/fuzz/ownck-fuzz $(FUZZ_FLAGS) build/fuzz/corpus build/fuzz/seeds testsuite/fuzz/regressions

# testsuite/cli/fuzz_smoke.sh runs the fuzz target for a minute.
test: build/check/ownck build/asan/ownck build/fuzz/ownck-fuzz
	@sh testsuite/run.sh build/check/ownck build/asan/ownck

# The same tests' plain pass built against LLVM 15 and 16 (scripts/other_llvm.sh;
# CI runs it after make test): make test-llvm [LLVM_VERSIONS="15 16"].
LLVM_VERSIONS ?= 15 16
test-llvm:
	@sh scripts/other_llvm.sh $(LLVM_VERSIONS)

demo: build/ownck
	@echo "== ownck examples/*.c  (the bugs in these files are deliberate)"
	@./build/ownck examples/*.c; status=$$?; \
	 echo "== ownck exited with status $$status (0: clean, 1: findings, 2: could not analyze)"; \
	 [ $$status -le 1 ]

install: build/ownck
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/ownck/models \
	    $(DESTDIR)$(PREFIX)/share/ownck/docs/rules $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 build/ownck $(DESTDIR)$(PREFIX)/bin/ownck
	install -m 755 scripts/ownck-pre-commit $(DESTDIR)$(PREFIX)/bin/ownck-pre-commit
	install -m 644 annotations/ownck.h $(DESTDIR)$(PREFIX)/include/ownck.h
	install -m 644 annotations/models/*.h $(DESTDIR)$(PREFIX)/share/ownck/models/
	install -m 644 docs/rules/*.md $(DESTDIR)$(PREFIX)/share/ownck/docs/rules/
	install -m 644 docs/ownck-json.schema.json $(DESTDIR)$(PREFIX)/share/ownck/
	install -m 644 docs/ownck.1 $(DESTDIR)$(PREFIX)/share/man/man1/ownck.1
	@# the model cache (analyzer/modelcache.h), written by a first run while the directory is writable
	@printf '' >build/install-empty.c && $(DESTDIR)$(PREFIX)/bin/ownck --quiet build/install-empty.c || true

clean:
	rm -rf build

# --- make bench (testsuite/bench/, docs/performance.md) -----------------------
# Not part of `make test`: it measures ownck against the floor (parse and
# visit every cursor with the same libclang, options and arguments as ownck)
# on zlib, Lua and sqlite3 (fetched by testsuite/realcode/), and on generated
# functions of growing size. The floor gets ownck.h's directory and the
# resource directory from the same variables as build/ownck.
.PHONY: bench
build/bench/floor: testsuite/bench/floor.c | deps
	@mkdir -p build/bench
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) -I$(LLVM_INCDIR) \
	    -DFLOOR_INCLUDE_DIR='"$(CURDIR)/annotations"' -DFLOOR_RESOURCE_DIR='"$(RESOURCE_DIR)"' \
	    $(CFLAGS) -o $@ testsuite/bench/floor.c -L$(LLVM_LIBDIR) -Wl,-rpath,$(LLVM_LIBDIR) -lclang

bench: build/ownck build/bench/floor
	@sh testsuite/bench/run.sh
# --- end of make bench --------------------------------------------------------
