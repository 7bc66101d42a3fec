/*
 * main.c - ownck's command line: options, where its data lives, which mode
 * runs, and the exit status (0 clean, 1 findings, 2 could not do the job).
 *
 * This is the only file with process-wide state: the options and the model,
 * set up before any worker starts and read-only afterwards.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "driver.h"
#include "emit.h"
#include "verify.h"
#include "callgraph.h"

#ifndef OWNCK_VERSION
#define OWNCK_VERSION "0.1.0"
#endif
#ifndef OWNCK_SRCDIR
#define OWNCK_SRCDIR "."
#endif
#ifndef OWNCK_DATADIR
#define OWNCK_DATADIR "/usr/local/share/ownck"
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

static const char usage[] =
	"usage: ownck [options] FILE... [-- COMPILER-ARGS...]\n"
	"       ownck --verify FILE...       check a test file's expectation comments\n"
	"       ownck --dump-ir FILE...      print the control-flow IR of each function\n"
	"       ownck --list-rules | --explain RULE | --version | --help\n"
	"\n"
	"Checks C code against Rust's ownership rules (annotations from <ownck.h>).\n"
	"\n"
	"options:\n"
	"  --format=text|json      output format (default text)\n"
	"  -o FILE                 write the findings to FILE (atomically)\n"
	"  -j N                    analyze N files in parallel (default: number of cores)\n"
	"  --enable=RULE,...       turn rules on; --disable=RULE,... turns them off\n"
	"  --werror                warnings make the exit status 1 too\n"
	"  --color=auto|always|never\n"
	"  --quiet                 no summary line\n"
	"  --model FILE.h          an extra model header (annotated prototypes)\n"
	"  --dump-callgraph=F.dot  write the call graph, with inferred summaries, as Graphviz DOT\n"
	"  --stats                 files, functions and time per phase, on stderr\n"
	"  -I DIR, -D NAME[=V], -std=...   passed to the parser, like the args after --\n"
	"\n"
	"exit status: 0 no error findings, 1 findings, 2 ownck could not do its job\n";

static bool file_exists(const char *p) {
	struct stat st;
	return stat(p, &st) == 0;
}

static char *join(const char *a, const char *b) {
	char *r = xmalloc(strlen(a) + strlen(b) + 2);
	sprintf(r, "%s/%s", a, b);
	return r;
}

/* The installed layout (PREFIX/bin/ownck, PREFIX/include/ownck.h,
 * PREFIX/share/ownck) or the source tree the binary was built in. */
static void find_data(char **include_dir, char **share_dir) {
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) *slash = 0;
		char *inc = join(exe, "../include"), *share = join(exe, "../share/ownck");
		char *h = join(inc, "ownck.h"), *models = join(share, "models/libc.h");
		bool installed = file_exists(h) && file_exists(models);
		free(h);
		free(models);
		if (installed) { *include_dir = inc; *share_dir = share; return; }
		free(inc);
		free(share);
	}
	*include_dir = join(OWNCK_SRCDIR, "annotations");
	*share_dir = xstrdup(OWNCK_SRCDIR);
	if (!file_exists(*include_dir)) {
		free(*include_dir);
		free(*share_dir);
		*include_dir = join(OWNCK_DATADIR, "../../include");
		*share_dir = xstrdup(OWNCK_DATADIR);
	}
}

static int bad_usage(const char *fmt, const char *arg) {
	fprintf(stderr, "ownck: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nownck: try 'ownck --help'\n");
	return 2;
}

static bool set_rules(Options *o, const char *list, bool on) {
	char *copy = xstrdup(list), *save = NULL;
	bool ok = true;
	for (char *r = strtok_r(copy, ",", &save); r; r = strtok_r(NULL, ",", &save)) {
		int id = rule_lookup(r);
		if (id < 0) {
			fprintf(stderr, "ownck: error: unknown rule '%s' (see ownck --list-rules)\n", r);
			ok = false;
			continue;
		}
		o->enabled[id] = on;
	}
	free(copy);
	return ok;
}

static void list_rules(void) {
	for (int i = 0; i < R_COUNT; i++) {
		const RuleInfo *r = &rule_table[i];
		char cwe[16] = "-";
		if (r->cwe) snprintf(cwe, sizeof cwe, "CWE-%d", r->cwe);
		printf("%-22s %-6s %-8s %-8s %s\n", r->id, r->rust ? r->rust : "-", cwe, severity_name(r->severity),
		       r->summary);
	}
}

static int explain(const char *share, const char *rule) {
	if (rule_lookup(rule) < 0) return bad_usage("unknown rule '%s' (see ownck --list-rules)", rule);
	char name[128];
	snprintf(name, sizeof name, "docs/rules/%s.md", rule);
	char *path = join(share, name);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f) {
		const RuleInfo *r = &rule_table[rule_lookup(rule)];
		printf("%s: %s\n", r->id, r->summary);
		return 0;
	}
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
	fclose(f);
	return 0;
}

typedef struct Cli {
	Options o;
	Vec files, cc, models;
	const char *explain;
	bool list, version, help;
	int color_mode;   /* 0 auto, 1 always, 2 never */
} Cli;

static const char *value_of(int argc, char **argv, int *i, const char *name) {
	size_t n = strlen(name);
	if (!strncmp(argv[*i], name, n) && argv[*i][n] == '=') return argv[*i] + n + 1;
	if (!strcmp(argv[*i], name) && *i + 1 < argc) return argv[++*i];
	return NULL;
}

static int parse_args(int argc, char **argv, Cli *c) {
	Options *o = &c->o;
	for (int i = 0; i < R_COUNT; i++) o->enabled[i] = true;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	o->jobs = cores > 0 ? (int)cores : 1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++) *(const char **)vec_push(&c->cc) = argv[i];
			break;
		}
		if (a[0] != '-' || !strcmp(a, "-")) { *(const char **)vec_push(&c->files) = a; continue; }
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) c->help = true;
		else if (!strcmp(a, "--version")) c->version = true;
		else if (!strcmp(a, "--list-rules")) c->list = true;
		else if (!strcmp(a, "--verify")) o->verify = true;
		else if (!strcmp(a, "--dump-ir")) o->dump_ir = true;
		else if (!strcmp(a, "--werror")) o->werror = true;
		else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) o->quiet = true;
		else if (!strcmp(a, "--stats")) o->stats = true;
		else if ((v = value_of(argc, argv, &i, "--explain"))) c->explain = v;
		else if ((v = value_of(argc, argv, &i, "--format"))) {
			if (!strcmp(v, "text")) o->format = FMT_TEXT;
			else if (!strcmp(v, "json")) o->format = FMT_JSON;
			else return bad_usage("unknown format '%s' (text or json)", v);
		} else if ((v = value_of(argc, argv, &i, "--color")) || (v = value_of(argc, argv, &i, "--colour"))) {
			if (!strcmp(v, "auto")) c->color_mode = 0;
			else if (!strcmp(v, "always")) c->color_mode = 1;
			else if (!strcmp(v, "never")) c->color_mode = 2;
			else return bad_usage("unknown color mode '%s' (auto, always or never)", v);
		} else if ((v = value_of(argc, argv, &i, "--enable"))) {
			if (!set_rules(o, v, true)) return 2;
		} else if ((v = value_of(argc, argv, &i, "--disable"))) {
			if (!set_rules(o, v, false)) return 2;
		} else if ((v = value_of(argc, argv, &i, "--dump-callgraph"))) {
			o->dump_callgraph = v;
		} else if ((v = value_of(argc, argv, &i, "--model"))) {
			*(const char **)vec_push(&c->models) = v;
		} else if (!strcmp(a, "-o") && i + 1 < argc) {
			o->output = argv[++i];
		} else if (!strncmp(a, "-j", 2)) {
			const char *n = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
			char *end;
			long j = strtol(n, &end, 10);
			if (!*n || *end || j < 1 || j > 1024) return bad_usage("-j needs a number from 1 to 1024, not '%s'", n);
			o->jobs = (int)j;
		} else if (!strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2) ||
		           !strncmp(a, "-std=", 5) || !strcmp(a, "-include") || !strcmp(a, "-isystem")) {
			*(const char **)vec_push(&c->cc) = a;
			if ((!strcmp(a, "-I") || !strcmp(a, "-D") || !strcmp(a, "-U") || !strcmp(a, "-include") ||
			     !strcmp(a, "-isystem")) && i + 1 < argc)
				*(const char **)vec_push(&c->cc) = argv[++i];
		} else {
			return bad_usage("unknown option '%s'", a);
		}
	}
	o->files = c->files.data;
	o->nfiles = c->files.len;
	o->cc_args = c->cc.data;
	o->ncc_args = c->cc.len;
	return 0;
}

/* -o FILE: written to a temporary beside it and renamed, so a crash never
 * leaves half a file. */
static FILE *open_output(const char *path, char **tmp) {
	*tmp = NULL;
	if (!path) return stdout;
	*tmp = xmalloc(strlen(path) + 32);
	sprintf(*tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(*tmp, "w");
	if (!f) {
		fprintf(stderr, "ownck: error: cannot write '%s': %s\n", path, strerror(errno));
		free(*tmp);
		*tmp = NULL;
	}
	return f;
}

static bool close_output(FILE *f, const char *path, char *tmp) {
	if (f == stdout) return fflush(stdout) == 0;
	bool ok = fclose(f) == 0 && rename(tmp, path) == 0;
	if (!ok) {
		fprintf(stderr, "ownck: error: cannot write '%s': %s\n", path, strerror(errno));
		remove(tmp);
	}
	free(tmp);
	return ok;
}

static int run_analysis(Cli *c, const FrontendConfig *cfg, const Model *m) {
	Options *o = &c->o;
	Unit **units = xcalloc((size_t)o->nfiles, sizeof(Unit *));
	driver_run(o, cfg, m, units);
	Vec all;
	vec_init(&all, sizeof(Diag));
	bool failed = false;
	for (int i = 0; i < o->nfiles; i++) {
		failed |= units[i]->failed || units[i]->errors.len > 0;
		for (int k = 0; k < units[i]->diags.len; k++)
			*(Diag *)vec_push(&all) = VEC_AT(&units[i]->diags, Diag, k);
	}
	diag_sort_dedupe(&all);
	EmitInput in = {all.data, all.len, units, o->nfiles, o->nfiles};
	bool color = c->color_mode == 1 || (c->color_mode == 0 && !o->output && isatty(1));
	emit_errors(&in, stderr, c->color_mode == 1 || (c->color_mode == 0 && isatty(2)));
	char *tmp;
	FILE *out = open_output(o->output, &tmp);
	bool written = out != NULL;
	if (out && o->dump_ir) {   /* the IR only: what is found in it is not the point */
		written = close_output(out, o->output, tmp);
	} else if (out) {
		if (o->format == FMT_JSON) written = emit_json(&in, out);
		else emit_text(&in, out, color, o->quiet);
		written = close_output(out, o->output, tmp) && written;
	}
	if (o->dump_callgraph) {
		char *ctmp;
		FILE *g = open_output(o->dump_callgraph, &ctmp);
		if (g) {
			callgraph_dump(units, o->nfiles, g);
			written = close_output(g, o->dump_callgraph, ctmp) && written;
		} else {
			written = false;
		}
	}
	if (o->dump_ir)
		for (int i = 0; i < o->nfiles; i++)
			for (int k = 0; k < units[i]->funcs.len; k++)
				ir_dump_function(units[i], VEC_AT(&units[i]->funcs, Function *, k), stdout);
	int errors = 0, warnings = 0;
	for (int i = 0; i < all.len; i++) {
		if (VEC_AT(&all, Diag, i).sev == SEV_ERROR) errors++;
		else warnings++;
	}
	if (o->stats) {
		int functions = 0, skipped = 0, ops = 0, unknown = 0;
		double parse = 0, lower = 0;
		for (int i = 0; i < o->nfiles; i++) {
			Stats *s = &units[i]->stats;
			functions += s->functions; skipped += s->skipped_functions;
			ops += s->operators; unknown += s->operators_unknown;
			parse += s->t_parse; lower += s->t_lower;
		}
		fprintf(stderr, "ownck: %d files, %d functions (%d skipped), %d operators (%d unrecovered), "
		                "parse %.3fs, lower %.3fs\n", o->nfiles, functions, skipped, ops, unknown, parse, lower);
	}
	for (int i = 0; i < o->nfiles; i++) {
		for (int k = 0; k < units[i]->funcs.len; k++) {
			const Function *f = VEC_AT(&units[i]->funcs, Function *, k);
			if (f->skipped) fprintf(stderr, "ownck: warning: function '%s' in '%s' was not analyzed: %s\n",
			                        f->name, units[i]->path, f->skipped);
		}
	}
	for (int i = 0; i < o->nfiles; i++) unit_free(units[i]);
	free(units);
	vec_free(&all);
	if (failed || !written) return 2;
	if (!o->dump_ir && (errors || (o->werror && warnings))) return 1;
	return 0;
}

int main(int argc, char **argv) {
	/* libclang must parse on our (big-stacked) threads, not on its own 8 MiB ones */
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	Cli c;
	memset(&c, 0, sizeof c);
	vec_init(&c.files, sizeof(const char *));
	vec_init(&c.cc, sizeof(const char *));
	vec_init(&c.models, sizeof(const char *));
	int status = parse_args(argc, argv, &c);
	char *include_dir = NULL, *share_dir = NULL;
	find_data(&include_dir, &share_dir);
	if (status) goto out;
	if (c.help) { fputs(usage, stdout); goto out; }
	if (c.version) {
		const char *cv = frontend_clang_version();
		printf("ownck %s (%s)\n", OWNCK_VERSION, cv);
		free((void *)cv);
		goto out;
	}
	if (c.list) { list_rules(); goto out; }
	if (c.explain) { status = explain(share_dir, c.explain); goto out; }
	if (!c.o.nfiles) { status = bad_usage("%s", "no input files"); goto out; }

	Vec model_paths;
	vec_init(&model_paths, sizeof(const char *));
	char *libc_model = join(share_dir, "models/libc.h");
	if (!file_exists(libc_model)) {
		free(libc_model);
		libc_model = join(share_dir, "annotations/models/libc.h");
	}
	*(const char **)vec_push(&model_paths) = libc_model;
	for (int i = 0; i < c.models.len; i++) *(const char **)vec_push(&model_paths) = VEC_AT(&c.models, const char *, i);
	FrontendConfig cfg = {include_dir, OWNCK_RESOURCE_DIR, model_paths.data, model_paths.len};
	Vec errs;
	vec_init(&errs, sizeof(char *));
	Model *m = model_load(&cfg, &errs);
	for (int i = 0; i < errs.len; i++) {
		fprintf(stderr, "ownck: error: %s\n", VEC_AT(&errs, char *, i));
		free(VEC_AT(&errs, char *, i));
	}
	if (errs.len) status = 2;
	else if (c.o.verify) status = verify_files(&c.o, &cfg, m);
	else status = run_analysis(&c, &cfg, m);
	vec_free(&errs);
	model_free(m);
	free(libc_model);
	vec_free(&model_paths);
out:
	free(include_dir);
	free(share_dir);
	vec_free(&c.files);
	vec_free(&c.cc);
	vec_free(&c.models);
	return status;
}
