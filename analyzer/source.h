/*
 * source.h - the text of source files, read once each, for everything that
 * looks at code after the analysis: snippets (emit_text), suppression
 * comments, content hashes (SARIF fingerprints, baselines), and column
 * conversions (SARIF counts characters, LSP counts UTF-16 units).
 *
 * A SourceCache owns every Source and its text; source_cache_free releases
 * them all. A file that cannot be read is a Source with text NULL. The
 * language server puts an editor's unsaved buffer in with source_put, which
 * then wins over the file on disk. Not thread-safe: one cache per thread.
 */
#ifndef SOURCE_H
#define SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "arena.h"

typedef struct Source {
	OWNED char *path;       /* as asked for (a display path) */
	OWNED char *text;       /* NULL when the file could not be read */
	size_t size;
	OWNED int *lines;       /* byte offset of the start of each line */
	int nlines;
} Source;

typedef struct SourceCache {
	OWNED Source **v;
	int n;
} SourceCache;

/* The file's text, read on first use. Never NULL; the Source lives as long as
 * the cache. */
BORROW_MUT LIFETIME(c) Source *source_get(BORROW_MUT LIFETIME(c) SourceCache *c, BORROW const char *path);
/* Sets (or replaces) the text of path: an editor's buffer. */
void source_put(BORROW_MUT SourceCache *c, BORROW const char *path, BORROW const char *text, size_t len);
void source_cache_free(BORROW_MUT SourceCache *c);

/* The byte offset of the start of each line of text, as clang counts lines
 * (they end at \n, \r\n and a \r alone): its line numbers are the ones we
 * show. The first line starts at 0; *n gets the count. */
OWNED int *source_line_starts(BORROW const char *text, size_t size, BORROW_MUT int *n);

/* Line n (1-based) without its line ending; false when there is no such line. */
bool source_line(BORROW const Source *s, int n, const char **start, size_t *len);

/* Byte column col (1-based) of line n as a count of characters (utf16 false:
 * Unicode code points; true: UTF-16 code units), 1-based. Columns past the
 * end of the line keep their distance to it. */
int source_char_col(BORROW const Source *s, int n, int col, bool utf16);
/* The inverse: a 0-based character offset in line n to a 1-based byte column. */
int source_byte_col(BORROW const Source *s, int n, int chars, bool utf16);

/* Appends the code of lines [line, end_line] to h, normalized so that what
 * does not change the code does not change the hash: comments and all white
 * space are left out. */
uint64_t source_hash_code(BORROW const Source *s, int line, int end_line, uint64_t h);

/* 64-bit FNV-1a, for combining with the above. */
#define FNV_OFFSET 1469598103934665603ULL
uint64_t fnv1a(uint64_t h, BORROW const void *data, size_t n);

#endif
