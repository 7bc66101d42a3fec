/*
 * paths.h - file name arithmetic shared by the configuration, compile
 * database, baseline, diff and language-server code. Every returned string is
 * malloc'd and owned by the caller.
 */
#ifndef PATHS_H
#define PATHS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "arena.h"

/* realpath(p), or NULL when p does not exist. */
OWNED char *path_real(BORROW const char *p);
/* The directory part of p ("." when there is none). */
OWNED char *path_dirname(BORROW const char *p);
/* dir/p, or p itself when it is absolute; "a/./b" and "a/b/../c" are not simplified. */
OWNED char *path_join(BORROW const char *dir, BORROW const char *p);
/* dir/p with "." and ".." taken out, lexically: p relative to dir made absolute. */
OWNED char *path_absolute(BORROW const char *dir, BORROW const char *p);
/* When the absolute path p is dir or under it, the rest after "dir/" ("" for
 * dir itself); else NULL. */
BORROW LIFETIME(p) const char *path_under(BORROW LIFETIME(p) const char *p, BORROW const char *dir);
/* file (existing) relative to the directory dir (a real path) when under it,
 * else file's real path, else file as given. */
OWNED char *path_relative_to(BORROW const char *file, BORROW const char *dir);
bool path_is_file(BORROW const char *p);
/* The whole file as a NUL-terminated string, or NULL when it cannot be read. */
OWNED char *path_read_text(BORROW const char *p);
/* What f holds from here, NUL-terminated, into *len; reading stops once past
 * max bytes (*len > max then). NULL on a read error. */
OWNED char *stream_read(BORROW_MUT FILE *f, size_t max, BORROW_MUT size_t *len);

#endif
