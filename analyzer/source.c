/*
 * source.c - source files read once, their lines, normalized hashes and
 * column conversions (source.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "source.h"

int *source_line_starts(const char *text, size_t size, int *n) {
	int cap = 64;
	int *lines = xmalloc(sizeof(int) * (size_t)cap);
	*n = 0;
	lines[(*n)++] = 0;
	/* memchr is vectorized: a file without CR (nearly all) is one scan for \n */
	bool cr = size && memchr(text, '\r', size) != NULL;
	for (size_t i = 0; i < size; i++) {
		if (!cr) {
			const char *nl = memchr(text + i, '\n', size - i);
			if (!nl) break;
			i = (size_t)(nl - text);
		} else if (text[i] != '\n' && text[i] != '\r') {
			continue;
		} else if (text[i] == '\r' && i + 1 < size && text[i + 1] == '\n') {
			i++;
		}
		if (*n == cap) lines = xrealloc(lines, sizeof(int) * (size_t)(cap *= 2));
		lines[(*n)++] = (int)i + 1;
	}
	return lines;
}

static void index_lines(Source *s) {
	free(s->lines);
	s->lines = source_line_starts(s->text, s->size, &s->nlines);
}

static Source *find(SourceCache *c, const char *path) {
	for (int i = 0; i < c->n; i++)
		if (!strcmp(c->v[i]->path, path)) return c->v[i];
	return NULL;
}

static Source *add(SourceCache *c, const char *path) {
	c->v = xrealloc(c->v, sizeof(Source *) * (size_t)(c->n + 1));
	Source *s = xcalloc(1, sizeof(Source));
	s->path = xstrdup(path);
	c->v[c->n++] = s;
	return s;
}

Source *source_get(SourceCache *c, const char *path) {
	Source *s = find(c, path);
	if (s) return s;
	s = add(c, path);
	FILE *f = fopen(path, "rb");
	if (!f) return s;
	/* sized by the file when it says (a big file was read in doubling steps,
	 * copied each time); a pipe or a growing file still reads to its end */
	struct stat st;
	size_t cap = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
	size_t n = 0, got;
	char *buf = xmalloc(cap + 1);
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) buf = xrealloc(buf, (cap *= 2) + 1);
	}
	fclose(f);
	buf[n] = 0;
	s->text = buf;
	s->size = n;
	index_lines(s);
	return s;
}

void source_put(SourceCache *c, const char *path, const char *text, size_t len) {
	Source *s = find(c, path);
	if (!s) s = add(c, path);
	free(s->text);
	s->text = xmalloc(len + 1);
	memcpy(s->text, text, len);
	s->text[len] = 0;
	s->size = len;
	index_lines(s);
}

void source_cache_free(SourceCache *c) {
	for (int i = 0; i < c->n; i++) {
		free(c->v[i]->path);
		free(c->v[i]->text);
		free(c->v[i]->lines);
		free(c->v[i]);
	}
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

bool source_line(const Source *s, int n, const char **start, size_t *len) {
	if (!s->text || n < 1 || n > s->nlines) return false;
	const char *p = s->text + s->lines[n - 1];
	size_t k = 0;
	while (p + k < s->text + s->size && p[k] != '\n' && p[k] != '\r') k++;
	*start = p;
	*len = k;
	return true;
}

/* How many units the character starting at byte p[i] counts for, and its
 * length in bytes. */
static int char_at(const unsigned char *p, size_t len, size_t i, bool utf16, int *units) {
	unsigned char b = p[i];
	int n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
	for (int k = 1; k < n; k++)
		if (i + (size_t)k >= len || (p[i + k] & 0xC0) != 0x80) { n = 1; break; }
	*units = utf16 && n == 4 ? 2 : 1;
	return n;
}

int source_char_col(const Source *s, int n, int col, bool utf16) {
	const char *line;
	size_t len;
	if (col < 1) return 1;
	if (!source_line(s, n, &line, &len)) return col;
	const unsigned char *p = (const unsigned char *)line;
	size_t want = (size_t)col - 1, i = 0;
	int chars = 0, units;
	while (i < want && i < len) {
		i += (size_t)char_at(p, len, i, utf16, &units);
		chars += units;
	}
	if (want > len) chars += (int)(want - len);
	return chars + 1;
}

int source_byte_col(const Source *s, int n, int chars, bool utf16) {
	const char *line;
	size_t len;
	if (chars < 0) chars = 0;
	if (!source_line(s, n, &line, &len)) return chars + 1;
	const unsigned char *p = (const unsigned char *)line;
	size_t i = 0;
	int done = 0, units;
	while (done < chars && i < len) {
		i += (size_t)char_at(p, len, i, utf16, &units);
		done += units;
	}
	if (done < chars) i += (size_t)(chars - done);
	return (int)i + 1;
}

uint64_t fnv1a(uint64_t h, const void *data, size_t n) {
	const unsigned char *p = data;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

uint64_t source_hash_code(const Source *s, int line, int end_line, uint64_t h) {
	if (end_line < line) end_line = line;
	bool in_comment = false;   /* a block comment going on from an earlier line */
	for (int n = line; n <= end_line; n++) {
		const char *p;
		size_t len;
		if (!source_line(s, n, &p, &len)) break;
		for (size_t i = 0; i < len; i++) {
			char ch = p[i];
			if (in_comment) {
				if (ch == '*' && i + 1 < len && p[i + 1] == '/') { in_comment = false; i++; }
				continue;
			}
			if (ch == '/' && i + 1 < len && p[i + 1] == '/') break;
			if (ch == '/' && i + 1 < len && p[i + 1] == '*') { in_comment = true; i++; continue; }
			if (ch == '"' || ch == '\'') {   /* literals are kept whole, spaces and all */
				size_t j = i + 1;
				while (j < len && p[j] != ch) j += p[j] == '\\' ? 2 : 1;
				if (j > len) j = len;
				h = fnv1a(h, p + i, (j < len ? j + 1 : len) - i);
				i = j;
				continue;
			}
			if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') continue;
			h = fnv1a(h, &ch, 1);
		}
	}
	return h;
}
