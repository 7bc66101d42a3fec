/*
 * floor.c - the least any libclang-based checker has to do, to measure ownck
 * against.
 *
 *   floor FILE... [-- COMPILER-ARGS...]
 *
 * For each file, one after another on one thread: parse it exactly as ownck's
 * frontend does (same CXIndex flags, same parse options, the same arguments
 * ownck adds in front of the user's: -D__OWNCK__, -I for ownck.h's directory,
 * -resource-dir), refuse it when clang reports an error, visit every cursor of
 * the translation unit, and dispose of it. Whatever ownck spends beyond this
 * is its own work: lowering, the analyses, the rules, the output. The one
 * thing it does that this does not is parsing the library models once per
 * run (a few milliseconds). The one thing ownck does that makes its parse
 * cheaper than this one is -w (it reads no warnings, so clang skips the
 * analyses behind them): that is ownck's saving, as an option that cost time
 * would be its cost, so the floor parses with clang's warnings on; make
 * bench also runs it with -w, and gives the ratios against both.
 *
 * The values of FLOOR_INCLUDE_DIR and FLOOR_RESOURCE_DIR come from the same
 * Makefile variables that give ownck its OWNCK_SRCDIR and OWNCK_RESOURCE_DIR,
 * and the parse options below must follow analyzer/frontend.c's
 * frontend_run_text; testsuite/bench/run.sh checks that frontend.c still
 * says the same, since a floor that drifts makes the ratios meaningless.
 *
 * Prints one line per file (cursors visited, so the walk cannot be
 * optimized away) and a summary on stderr. Exit status 0, or 2 when a file
 * could not be parsed or had errors (as ownck's 2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <clang-c/Index.h>

#ifndef FLOOR_INCLUDE_DIR
#error "build with -DFLOOR_INCLUDE_DIR=<ownck's annotations directory> (see the Makefile)"
#endif
#ifndef FLOOR_RESOURCE_DIR
#define FLOOR_RESOURCE_DIR ""
#endif

/* ownck's parse options (analyzer/frontend.c, frontend_run_text). */
#define FLOOR_PARSE_OPTIONS (CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing)

static double now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static enum CXChildVisitResult count_cursor(CXCursor c, CXCursor parent, CXClientData data) {
	(void)c;
	(void)parent;
	(*(unsigned long *)data)++;
	return CXChildVisit_Recurse;
}

/* The diagnostics of severity error or worse: ownck analyzes no unit that has one. */
static unsigned clang_errors(CXTranslationUnit tu, const char *path) {
	unsigned n = clang_getNumDiagnostics(tu), errors = 0;
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			if (errors++ < 3) {
				CXString s = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
				fprintf(stderr, "floor: %s: %s\n", path, clang_getCString(s));
				clang_disposeString(s);
			}
		}
		clang_disposeDiagnostic(d);
	}
	return errors;
}

int main(int argc, char **argv) {
	/* ownck's main sets this so clang parses on the calling thread; without it
	 * libclang starts a thread per parse, which ownck does not pay for. */
	setenv("LIBCLANG_NOTHREADS", "1", 1);

	int nfiles = 0;
	int dashdash = argc;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) { dashdash = i; break; }
		nfiles++;
	}
	if (!nfiles) {
		fprintf(stderr, "usage: floor FILE... [-- COMPILER-ARGS...]\n");
		return 2;
	}

	/* ownck's arguments first (analyzer/frontend.c, build_args), then the user's. */
	int nuser = dashdash < argc ? argc - dashdash - 1 : 0;
	const char **args = malloc(sizeof(char *) * (size_t)(nuser + 12));
	if (!args) return 2;
	int nargs = 0;
	args[nargs++] = "-D__OWNCK__";
	args[nargs++] = "-I";
	args[nargs++] = FLOOR_INCLUDE_DIR;
	if (*FLOOR_RESOURCE_DIR) {
		args[nargs++] = "-resource-dir";
		args[nargs++] = FLOOR_RESOURCE_DIR;
	}
	/* what clang 15 and 16 make errors, ownck keeps warnings (a file it
	 * analyzes, the floor parses); no effect with libclang 14 */
	args[nargs++] = "-Wno-error=int-conversion";
	args[nargs++] = "-Wno-error=incompatible-function-pointer-types";
	args[nargs++] = "-Wno-error=implicit-function-declaration";
	args[nargs++] = "-Wno-error=implicit-int";
	for (int i = 0; i < nuser; i++) args[nargs++] = argv[dashdash + 1 + i];

	/* One index for the whole run, as each of ownck's workers has one. */
	CXIndex index = clang_createIndex(0, 0);
	double t_parse = 0, t_visit = 0;
	unsigned long total = 0;
	int status = 0;
	for (int i = 1; i <= nfiles; i++) {
		const char *path = argv[i];
		double t0 = now();
		CXTranslationUnit tu = NULL;
		enum CXErrorCode rc = clang_parseTranslationUnit2(index, path, args, nargs, NULL, 0,
		                                                  FLOOR_PARSE_OPTIONS, &tu);
		t_parse += now() - t0;
		if (rc != CXError_Success || !tu) {
			fprintf(stderr, "floor: %s: clang could not parse the file (libclang error %d)\n", path, (int)rc);
			status = 2;
			continue;
		}
		if (clang_errors(tu, path)) {
			status = 2;
			clang_disposeTranslationUnit(tu);
			continue;
		}
		t0 = now();
		unsigned long cursors = 0;
		clang_visitChildren(clang_getTranslationUnitCursor(tu), count_cursor, &cursors);
		t_visit += now() - t0;
		total += cursors;
		printf("%s: %lu cursors\n", path, cursors);
		clang_disposeTranslationUnit(tu);
	}
	clang_disposeIndex(index);
	free(args);
	fprintf(stderr, "floor: %d files, %lu cursors, parse %.3fs, visit %.3fs\n", nfiles, total, t_parse, t_visit);
	return status;
}
