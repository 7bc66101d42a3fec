/*
 * gitdiff.c - changed lines from `git diff -U0` (gitdiff.h).
 */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/wait.h>
#include "gitdiff.h"
#include "paths.h"

extern char **environ;

typedef struct Range { int first, last; } Range;
typedef struct FileLines { char *path; Vec ranges; bool all; } FileLines;   /* path relative to the top */

struct ChangedLines {
	char *top;      /* the work tree's top directory (real path) */
	Vec files;      /* FileLines */
};

/* Runs git with args; its standard output (malloc'd, NUL-terminated) or NULL
 * with *err set to what it printed on standard error. */
static char *git(const char *const *args, char **err) {
	int out[2], errp[2];
	if (pipe(out) || pipe(errp)) {
		*err = xstrdup(strerror(errno));
		return NULL;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_adddup2(&fa, errp[1], 2);
	posix_spawn_file_actions_addclose(&fa, out[0]);
	posix_spawn_file_actions_addclose(&fa, errp[0]);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", 0, 0);
	pid_t pid;
	int rc = posix_spawnp(&pid, "git", &fa, NULL, (char *const *)args, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(out[1]);
	close(errp[1]);
	if (rc) {
		close(out[0]);
		close(errp[0]);
		*err = xmalloc(96);
		snprintf(*err, 96, "cannot run git: %s", strerror(rc));
		return NULL;
	}
	/* read both pipes as they fill, so that neither can block git */
	size_t cap = 65536, n = 0, ecap = 4096, en = 0;
	char *buf = xmalloc(cap + 1), *ebuf = xmalloc(ecap + 1);
	int open_fds = 2;
	fd_set set;
	while (open_fds) {
		FD_ZERO(&set);
		if (out[0] >= 0) FD_SET(out[0], &set);
		if (errp[0] >= 0) FD_SET(errp[0], &set);
		int maxfd = out[0] > errp[0] ? out[0] : errp[0];
		if (select(maxfd + 1, &set, NULL, NULL, NULL) < 0) {
			if (errno == EINTR) continue;
			break;
		}
		if (out[0] >= 0 && FD_ISSET(out[0], &set)) {
			if (n == cap) buf = xrealloc(buf, (cap *= 2) + 1);
			ssize_t k = read(out[0], buf + n, cap - n);
			if (k > 0) n += (size_t)k;
			else if (k == 0 || errno != EINTR) { close(out[0]); out[0] = -1; open_fds--; }
		}
		if (errp[0] >= 0 && FD_ISSET(errp[0], &set)) {
			if (en == ecap) ebuf = xrealloc(ebuf, (ecap *= 2) + 1);
			ssize_t k = read(errp[0], ebuf + en, ecap - en);
			if (k > 0) en += (size_t)k;
			else if (k == 0 || errno != EINTR) { close(errp[0]); errp[0] = -1; open_fds--; }
		}
	}
	if (out[0] >= 0) close(out[0]);
	if (errp[0] >= 0) close(errp[0]);
	buf[n] = 0;
	ebuf[en] = 0;
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		while (en && (ebuf[en - 1] == '\n' || ebuf[en - 1] == ' ')) ebuf[--en] = 0;
		*err = en ? ebuf : xstrdup("git failed");
		if (en) ebuf = NULL;
		free(ebuf);
		free(buf);
		return NULL;
	}
	free(ebuf);
	return buf;
}

static FileLines *file_entry(ChangedLines *c, const char *path, size_t len) {
	for (int i = 0; i < c->files.len; i++) {
		FileLines *f = &VEC_AT(&c->files, FileLines, i);
		if (strlen(f->path) == len && !strncmp(f->path, path, len)) return f;
	}
	FileLines *f = vec_push(&c->files);
	f->path = xmalloc(len + 1);
	memcpy(f->path, path, len);
	f->path[len] = 0;
	vec_init(&f->ranges, sizeof(Range));
	return f;
}

/* The path of a "+++ b/PATH" line: git's C-style quoting undone. */
static char *unquote(const char *p, size_t len) {
	if (len < 2 || p[0] != '"') return NULL;
	char *r = xmalloc(len), *o = r;
	for (size_t i = 1; i < len && p[i] != '"'; i++) {
		if (p[i] != '\\' || i + 1 >= len) { *o++ = p[i]; continue; }
		char e = p[++i];
		if (e >= '0' && e <= '7' && i + 2 < len) {
			*o++ = (char)(((e - '0') << 6) | ((p[i + 1] - '0') << 3) | (p[i + 2] - '0'));
			i += 2;
		} else {
			*o++ = e == 'n' ? '\n' : e == 't' ? '\t' : e;
		}
	}
	*o = 0;
	return r;
}

static void parse_diff(ChangedLines *c, const char *text) {
	FileLines *cur = NULL;
	for (const char *l = text; *l;) {
		const char *e = strchr(l, '\n');
		size_t len = e ? (size_t)(e - l) : strlen(l);
		if (len > 4 && !strncmp(l, "+++ ", 4)) {
			const char *p = l + 4;
			size_t plen = len - 4;
			char *q = unquote(p, plen);
			if (q) {
				cur = strncmp(q, "b/", 2) ? NULL : file_entry(c, q + 2, strlen(q + 2));
				free(q);
			} else if (plen > 2 && !strncmp(p, "b/", 2)) {
				while (plen > 2 && p[plen - 1] == '\t') plen--;
				cur = file_entry(c, p + 2, plen - 2);
			} else {
				cur = NULL;   /* /dev/null: the file was deleted */
			}
		} else if (cur && len > 3 && !strncmp(l, "@@ ", 3)) {
			const char *plus = memchr(l, '+', len);
			if (plus) {
				char *end;
				long first = strtol(plus + 1, &end, 10), count = 1;
				if (*end == ',') count = strtol(end + 1, &end, 10);
				if (count > 0) {
					Range *r = vec_push(&cur->ranges);
					r->first = (int)first;
					r->last = (int)(first + count - 1);
				}
			}
		}
		l = e ? e + 1 : l + len;
	}
}

ChangedLines *gitdiff_load(const char *ref, bool staged, char **err) {
	*err = NULL;
	const char *top_args[] = {"git", "rev-parse", "--show-toplevel", NULL};
	char *top = git(top_args, err);
	if (!top) return NULL;
	top[strcspn(top, "\n")] = 0;
	ChangedLines *c = xcalloc(1, sizeof(ChangedLines));
	c->top = path_real(top);
	if (!c->top) c->top = xstrdup(top);
	free(top);
	vec_init(&c->files, sizeof(FileLines));
	if (!staged && (!ref || !*ref || ref[0] == '-')) {
		*err = xstrdup("--diff needs a git revision (--diff=REF)");
		gitdiff_free(c);
		return NULL;
	}
	/* run at the top, so that every path is relative to it */
	const char *diff_args[] = {"git", "-C", c->top, "-c", "core.quotePath=false", "diff", "--no-color",
	                           "--no-ext-diff", "--no-textconv", "-U0", staged ? "--cached" : ref, "--", NULL};
	char *text = git(diff_args, err);
	if (!text) {
		gitdiff_free(c);
		return NULL;
	}
	parse_diff(c, text);
	free(text);
	if (!staged) {   /* files git does not track yet are new from the first line to the last */
		const char *ls_args[] = {"git", "-C", c->top, "ls-files", "--others", "--exclude-standard", "-z", NULL};
		char *ls = git(ls_args, err);
		if (!ls) {
			gitdiff_free(c);
			return NULL;
		}
		/* -z: NUL-separated, relative to the top */
		for (char *p = ls; *p; p += strlen(p) + 1) file_entry(c, p, strlen(p))->all = true;
		free(ls);
	}
	return c;
}

void gitdiff_free(ChangedLines *c) {
	if (!c) return;
	for (int i = 0; i < c->files.len; i++) {
		free(VEC_AT(&c->files, FileLines, i).path);
		vec_free(&VEC_AT(&c->files, FileLines, i).ranges);
	}
	vec_free(&c->files);
	free(c->top);
	free(c);
}

bool gitdiff_changed(ChangedLines *c, const char *file, int line) {
	char *real = path_real(file);
	if (!real) return false;
	const char *rel = path_under(real, c->top);
	bool hit = false;
	for (int i = 0; rel && i < c->files.len && !hit; i++) {
		FileLines *f = &VEC_AT(&c->files, FileLines, i);
		if (strcmp(f->path, rel)) continue;
		if (f->all) hit = true;
		for (int k = 0; k < f->ranges.len && !hit; k++) {
			Range *r = &VEC_AT(&f->ranges, Range, k);
			hit = line >= r->first && line <= r->last;
		}
	}
	free(real);
	return hit;
}
