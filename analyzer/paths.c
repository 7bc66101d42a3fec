/*
 * paths.c - file name arithmetic (paths.h).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "paths.h"

char *path_real(const char *p) {
	char buf[PATH_MAX];
	return realpath(p, buf) ? xstrdup(buf) : NULL;
}

char *path_dirname(const char *p) {
	const char *slash = strrchr(p, '/');
	if (!slash) return xstrdup(".");
	if (slash == p) return xstrdup("/");
	char *r = xmalloc((size_t)(slash - p) + 1);
	memcpy(r, p, (size_t)(slash - p));
	r[slash - p] = 0;
	return r;
}

char *path_join(const char *dir, const char *p) {
	if (p[0] == '/' || !dir || !*dir) return xstrdup(p);
	size_t n = strlen(dir);
	char *r = xmalloc(n + strlen(p) + 2);
	sprintf(r, "%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", p);
	return r;
}

char *path_absolute(const char *dir, const char *p) {
	char *j = path_join(dir, p);
	size_t n = strlen(j);
	char *r = xmalloc(n + 2);
	size_t o = 0;
	r[o++] = '/';
	for (const char *s = j; *s;) {
		while (*s == '/') s++;
		const char *e = s;
		while (*e && *e != '/') e++;
		size_t len = (size_t)(e - s);
		if (len == 0 || (len == 1 && s[0] == '.')) {
		} else if (len == 2 && s[0] == '.' && s[1] == '.') {
			if (o > 1) {
				o--;   /* the slash ending the last component */
				while (o > 1 && r[o - 1] != '/') o--;
			}
		} else {
			memcpy(r + o, s, len);
			o += len;
			r[o++] = '/';
		}
		s = e;
	}
	if (o > 1) o--;   /* no trailing slash */
	r[o] = 0;
	free(j);
	return r;
}

const char *path_under(const char *p, const char *dir) {
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/') n--;
	if (strncmp(p, dir, n)) return NULL;
	if (n == 1 && dir[0] == '/') return p[0] == '/' ? p + 1 : NULL;
	if (p[n] == 0) return p + n;
	if (p[n] == '/') return p + n + 1;
	return NULL;
}

char *path_relative_to(const char *file, const char *dir) {
	char *real = path_real(file);
	if (!real) return xstrdup(file);
	const char *rest = dir ? path_under(real, dir) : NULL;
	if (rest && *rest) {
		char *r = xstrdup(rest);
		free(real);
		return r;
	}
	return real;
}

bool path_is_file(const char *p) {
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

char *stream_read(FILE *f, size_t max, size_t *len) {
	size_t cap = 4096, n = 0, got;
	char *buf = xmalloc(cap);
	while (n <= max && (got = fread(buf + n, 1, cap - 1 - n, f)) > 0) {
		n += got;
		if (n == cap - 1) buf = xrealloc(buf, cap *= 2);
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

char *path_read_text(const char *p) {
	FILE *f = fopen(p, "rb");
	if (!f) return NULL;
	size_t n;
	char *buf = stream_read(f, SIZE_MAX - 1, &n);
	fclose(f);
	return buf;
}
