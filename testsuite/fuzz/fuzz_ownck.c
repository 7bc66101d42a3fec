/*
 * fuzz_ownck.c - libFuzzer target: the input bytes are a C file, and they go
 * through everything ownck does with a file on the command line: parse, lower,
 * every analysis, suppressions and the policy, and every output (text, JSON,
 * SARIF, clang's errors, the IR, the call graph, every function's
 * --explain-states as text and as HTML).
 *
 * Nothing touches the disk: the bytes reach libclang as an unsaved file
 * (driver_analyze_text, as the language server's buffers do) and the source
 * cache gets them with source_put; the outputs go to a memory stream. The
 * path names a directory that does not exist, so what an input's
 * #include "..." finds never depends on where the fuzzer runs.
 *
 * Beyond "no crash, no hang", one property is checked: the JSON and SARIF
 * documents parse back (cJSON) and are valid UTF-8, as their readers need.
 *
 * Built and run by `make fuzz` (Makefile); testsuite/cli/fuzz_smoke.sh runs it
 * briefly and replays testsuite/fuzz/regressions/.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "driver.h"
#include "emit.h"
#include "callgraph.h"
#include "explain.h"
#include "policy.h"

#ifndef OWNCK_SRCDIR
#define OWNCK_SRCDIR "."
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

#define INPUT_PATH "/ownck-fuzz/input.c"

/* Set up once, as main.c does before its workers start. */
static FrontendConfig cfg;
static Model *model;
static Frontend *fe;
static bool enabled[R_ALL];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Done on the first input, not in LLVMFuzzerInitialize: the first CXIndex
 * installs libclang's crash recovery signal handlers, and libFuzzer leaves a
 * signal alone when it already has a handler. Installed after libFuzzer's,
 * libclang's hand a crash outside a parse (ours) back to libFuzzer, which
 * then saves the input; installed before, such a crash would kill the
 * process with nothing saved. */
static void setup(void) {
	/* libclang parses on the calling thread: the big stack below (main.c) */
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	static const char *models[] = {OWNCK_SRCDIR "/annotations/models/libc.h"};
	cfg = (FrontendConfig){OWNCK_SRCDIR "/annotations", OWNCK_RESOURCE_DIR, models, 1, 256LL << 20, false, NULL};   /* a small budget: an input that takes long is a hang to the fuzzer; no model cache */
	Vec errs;
	vec_init(&errs, sizeof(char *));
	model = model_load(&cfg, &errs);
	if (errs.len) {
		fprintf(stderr, "fuzz_ownck: %s\n", VEC_AT(&errs, char *, 0));
		exit(1);
	}
	vec_free(&errs);
	fe = frontend_new(&cfg, model);
	for (int i = 0; i < R_ALL; i++) enabled[i] = true;
}

/* The strict UTF-8 of RFC 3629: no overlongs, surrogates or code points past
 * U+10FFFF. */
static bool valid_utf8(const unsigned char *s, size_t n) {
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		int len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
		if (!len || i + (size_t)len > n) return false;
		for (int k = 1; k < len; k++)
			if ((s[i + k] & 0xc0) != 0x80) return false;
		if (len == 3 && ((c == 0xe0 && s[i + 1] < 0xa0) || (c == 0xed && s[i + 1] >= 0xa0))) return false;
		if (len == 4 && ((c == 0xf0 && s[i + 1] < 0x90) || (c == 0xf4 && s[i + 1] >= 0x90))) return false;
		i += (size_t)len;
	}
	return true;
}

/* A document a JSON reader must accept; abort() makes libFuzzer keep the input. */
static void check_json(const char *what, const char *text, size_t len) {
	if (!valid_utf8((const unsigned char *)text, len)) {
		fprintf(stderr, "fuzz_ownck: the %s output is not valid UTF-8\n", what);
		abort();
	}
	cJSON *doc = cJSON_ParseWithLength(text, len);
	if (!doc) {
		fprintf(stderr, "fuzz_ownck: the %s output does not parse\n", what);
		abort();
	}
	cJSON_Delete(doc);
}

/* libclang's crash recovery turned a crash in clang into an error, which
 * ownck reports: not a failure of ownck, but worth knowing. The input is
 * kept in $OWNCK_FUZZ_KEEP (make fuzz: build/fuzz), as libclang-crash-HASH. */
static void keep_libclang_crash(const uint8_t *data, size_t size) {
	uint64_t h = fnv1a(FNV_OFFSET, data, size);
	fprintf(stderr, "fuzz_ownck: libclang crashed (recovered) on input %016llx\n", (unsigned long long)h);
	const char *dir = getenv("OWNCK_FUZZ_KEEP");
	if (!dir) return;
	char path[4096];
	snprintf(path, sizeof path, "%s/libclang-crash-%016llx", dir, (unsigned long long)h);
	FILE *f = fopen(path, "wb");
	if (!f) return;
	fwrite(data, 1, size, f);
	fclose(f);
}

/* ownck's own error for it, not one of clang's that quotes the input
 * (the fuzzer learns the words from the comparison above: `#include
 * "libclang crashed.h"` is a missing file). */
static bool libclang_crashed(const Unit *u) {
	static const char want[] = INPUT_PATH ": libclang crashed while parsing the file";
	for (int i = 0; i < u->errors.len; i++)
		if (!strncmp(VEC_AT(&u->errors, const char *, i), want, sizeof want - 1)) return true;
	return false;
}

typedef struct Job { const uint8_t *data; size_t size; } Job;

/* How many inputs clang accepted, so that ownck analyzed them: what a
 * mutator is worth (mutate.c). Printed every few thousand inputs. */
static unsigned long inputs, analyzed, functions;

static void count(const Unit *u) {
	inputs++;
	if (!u->failed && !u->errors.len) analyzed++;
	functions += (unsigned long)u->funcs.len;
	if (inputs % 1000 == 0)
		fprintf(stderr, "fuzz_ownck: %lu inputs, %lu analyzed (%.0f%%), %lu functions\n", inputs, analyzed,
		        100.0 * (double)analyzed / (double)inputs, functions);
}

/* One format into a memory stream; the JSON ones are checked. */
static void emit_one(const EmitInput *in, Format f) {
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out) abort();
	bool ok = true;
	if (f == FMT_JSON) ok = emit_json(in, out);
	else if (f == FMT_SARIF) ok = emit_sarif(in, out);
	else emit_text(in, out, true, false);   /* in color: the longer path */
	fclose(out);
	if (ok && f == FMT_JSON) check_json("JSON", buf, len);
	if (ok && f == FMT_SARIF) check_json("SARIF", buf, len);
	free(buf);
}

/* What run_analysis (main.c) does with one file, minus the command line. */
static void run_one(void *arg) {
	Job *j = arg;
	Unit *u = driver_analyze_text(fe, INPUT_PATH, (const char *)j->data, j->size, NULL, 0, enabled,
	                              4096);   /* a small stack limit: the stack-depth rule reports */
	if (u->failed && libclang_crashed(u)) keep_libclang_crash(j->data, j->size);
	count(u);
	Vec all;
	vec_init(&all, sizeof(Diag));
	for (int k = 0; k < u->diags.len; k++) *(Diag *)vec_push(&all) = VEC_AT(&u->diags, Diag, k);
	diag_sort_dedupe(&all);

	SourceCache sources = {0};
	source_put(&sources, INPUT_PATH, (const char *)j->data, j->size);
	Suppressions *sup = suppress_new();
	bool set[R_ALL] = {0};
	Policy pol = {enabled, set, NULL, true, {0}};
	vec_init(&pol.errors, sizeof(char *));
	if (!u->failed)
		for (int k = 0; k < u->files.len; k++) suppress_scan(sup, &sources, VEC_AT(&u->files, const char *, k));
	policy_apply(&pol, &sources, sup, &all);
	for (int k = 0; k < pol.errors.len; k++) free(VEC_AT(&pol.errors, char *, k));
	vec_free(&pol.errors);

	EmitInput in = {all.data, all.len, &u, 1, 1, &sources, OWNCK_SRCDIR};
	FILE *sink = fopen("/dev/null", "w");
	if (!sink) abort();
	emit_errors(&in, sink, true);
	emit_one(&in, FMT_TEXT);
	emit_one(&in, FMT_JSON);
	emit_one(&in, FMT_SARIF);
	for (int k = 0; k < u->funcs.len; k++) ir_dump_function(u, VEC_AT(&u->funcs, Function *, k), sink);
	Program *prog = program_new(&u, 1);
	callgraph_dump(prog, sink);
	program_free(prog);
	for (int k = 0; k < u->funcs.len; k++) {
		const Function *f = VEC_AT(&u->funcs, Function *, k);
		if (f->skipped) continue;
		explain_states(u, f, &sources, &all, EXPLAIN_TEXT, true, sink);
		explain_states(u, f, &sources, &all, EXPLAIN_HTML, false, sink);
	}
	fclose(sink);

	source_cache_free(&sources);
	suppress_free(sup);
	vec_free(&all);
	unit_free(u);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	if (!fe) setup();
	Job j = {data, size};
	/* deep input recurses deep, in clang and in the lowering: main.c's stack */
	driver_on_big_stack(run_one, &j);
	return 0;
}
