/*
 * libc.h - ownck's model of the C library, written in the annotation language.
 *
 * ownck reads this header (and any --model FILE.h) the same way it reads user
 * annotations, with one difference: an OWNED parameter here means the function
 * *releases* it (a deallocator). A declaration in the user's own code overrides
 * the model's declaration of the same function.
 *
 * Functions listed here are "known": passing an unannotated pointer to one of
 * their unannotated parameters is a borrow for the call, not an escape.
 */
#ifndef OWNCK_MODEL_LIBC_H
#define OWNCK_MODEL_LIBC_H

#include <ownck.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <setjmp.h>
#include <unistd.h>
#include <sys/types.h>

/* ---- allocation and release (stdlib.h, string.h) ---- */
OWNED void *malloc(size_t size);
OWNED void *calloc(size_t nmemb, size_t size);
/* Built-in semantics on top of this: realloc releases ptr only when it
 * returns non-NULL; on failure the caller still owns ptr. */
OWNED void *realloc(OWNED void *ptr, size_t size);
OWNED void *reallocarray(OWNED void *ptr, size_t nmemb, size_t size);
OWNED void *aligned_alloc(size_t alignment, size_t size);
int posix_memalign(OUT_OWNED void **memptr, size_t alignment, size_t size);
void free(OWNED void *ptr);
OWNED char *strdup(BORROW const char *s);
OWNED char *strndup(BORROW const char *s, size_t n);
int asprintf(OUT_OWNED char **strp, BORROW const char *fmt, ...);
int vasprintf(OUT_OWNED char **strp, BORROW const char *fmt, va_list ap);
/* getline may release *lineptr and store a bigger buffer: a mutable borrow
 * of an owning slot (annotations.md 7.34). */
ssize_t getline(BORROW_MUT char **lineptr, BORROW_MUT size_t *n, BORROW_MUT FILE *stream);
ssize_t getdelim(BORROW_MUT char **lineptr, BORROW_MUT size_t *n, int delim, BORROW_MUT FILE *stream);

/* ---- streams and directories ---- */
OWNED FILE *fopen(BORROW const char *path, BORROW const char *mode);
OWNED FILE *fdopen(int fd, BORROW const char *mode);
OWNED FILE *tmpfile(void);
OWNED FILE *popen(BORROW const char *command, BORROW const char *type);
OWNED FILE *open_memstream(BORROW_MUT char **ptr, BORROW_MUT size_t *size);
int fclose(OWNED FILE *stream);
int pclose(OWNED FILE *stream);
OWNED DIR *opendir(BORROW const char *name);
OWNED DIR *fdopendir(int fd);
int closedir(OWNED DIR *dirp);
struct dirent *readdir(BORROW_MUT DIR *dirp);
void rewinddir(BORROW_MUT DIR *dirp);

/* ---- never return ---- */
_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void quick_exit(int status);
_Noreturn void abort(void);
_Noreturn void longjmp(jmp_buf env, int val);
_Noreturn void siglongjmp(sigjmp_buf env, int val);
_Noreturn void _exit(int status);

/* ---- string.h: borrows for the duration of the call ---- */
void *memcpy(BORROW_MUT void *restrict dest, BORROW const void *restrict src, size_t n);
void *memmove(BORROW_MUT void *dest, BORROW const void *src, size_t n);
void *memset(BORROW_MUT void *s, int c, size_t n);
int memcmp(BORROW const void *s1, BORROW const void *s2, size_t n);
BORROW LIFETIME(s) void *memchr(BORROW LIFETIME(s) const void *s, int c, size_t n);
size_t strlen(BORROW const char *s);
size_t strnlen(BORROW const char *s, size_t maxlen);
int strcmp(BORROW const char *s1, BORROW const char *s2);
int strncmp(BORROW const char *s1, BORROW const char *s2, size_t n);
int strcoll(BORROW const char *s1, BORROW const char *s2);
char *strcpy(BORROW_MUT char *restrict dest, BORROW const char *restrict src);
char *strncpy(BORROW_MUT char *restrict dest, BORROW const char *restrict src, size_t n);
char *strcat(BORROW_MUT char *restrict dest, BORROW const char *restrict src);
char *strncat(BORROW_MUT char *restrict dest, BORROW const char *restrict src, size_t n);
BORROW LIFETIME(s) char *strchr(BORROW LIFETIME(s) const char *s, int c);
BORROW LIFETIME(s) char *strrchr(BORROW LIFETIME(s) const char *s, int c);
BORROW LIFETIME(h) char *strstr(BORROW LIFETIME(h) const char *haystack, BORROW const char *needle);
BORROW LIFETIME(s) char *strpbrk(BORROW LIFETIME(s) const char *s, BORROW const char *accept);
size_t strspn(BORROW const char *s, BORROW const char *accept);
size_t strcspn(BORROW const char *s, BORROW const char *reject);

/* ---- conversions, sorting, searching ---- */
int atoi(BORROW const char *nptr);
long atol(BORROW const char *nptr);
long long atoll(BORROW const char *nptr);
double atof(BORROW const char *nptr);
long strtol(BORROW const char *restrict nptr, char **restrict endptr, int base);
unsigned long strtoul(BORROW const char *restrict nptr, char **restrict endptr, int base);
long long strtoll(BORROW const char *restrict nptr, char **restrict endptr, int base);
unsigned long long strtoull(BORROW const char *restrict nptr, char **restrict endptr, int base);
double strtod(BORROW const char *restrict nptr, char **restrict endptr);
float strtof(BORROW const char *restrict nptr, char **restrict endptr);
void qsort(BORROW_MUT void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
BORROW LIFETIME(b) void *bsearch(BORROW const void *key, BORROW LIFETIME(b) const void *base, size_t nmemb,
              size_t size, int (*compar)(const void *, const void *));

/* ---- stdio: formatted and unformatted I/O borrow their buffers ---- */
int printf(BORROW const char *restrict format, ...);
int fprintf(BORROW_MUT FILE *restrict stream, BORROW const char *restrict format, ...);
int sprintf(BORROW_MUT char *restrict str, BORROW const char *restrict format, ...);
int snprintf(BORROW_MUT char *restrict str, size_t size, BORROW const char *restrict format, ...);
int vprintf(BORROW const char *restrict format, va_list ap);
int vfprintf(BORROW_MUT FILE *restrict stream, BORROW const char *restrict format, va_list ap);
int vsnprintf(BORROW_MUT char *restrict str, size_t size, BORROW const char *restrict format, va_list ap);
int dprintf(int fd, BORROW const char *restrict format, ...);
int scanf(BORROW const char *restrict format, ...);
int fscanf(BORROW_MUT FILE *restrict stream, BORROW const char *restrict format, ...);
int sscanf(BORROW const char *restrict str, BORROW const char *restrict format, ...);
int puts(BORROW const char *s);
int fputs(BORROW const char *restrict s, BORROW_MUT FILE *restrict stream);
int fputc(int c, BORROW_MUT FILE *stream);
int putc(int c, BORROW_MUT FILE *stream);
int fgetc(BORROW_MUT FILE *stream);
int getc(BORROW_MUT FILE *stream);
int ungetc(int c, BORROW_MUT FILE *stream);
char *fgets(BORROW_MUT char *restrict s, int size, BORROW_MUT FILE *restrict stream);
size_t fread(BORROW_MUT void *restrict ptr, size_t size, size_t nmemb, BORROW_MUT FILE *restrict stream);
size_t fwrite(BORROW const void *restrict ptr, size_t size, size_t nmemb, BORROW_MUT FILE *restrict stream);
int fflush(BORROW_MUT FILE *stream);
int fseek(BORROW_MUT FILE *stream, long offset, int whence);
long ftell(BORROW_MUT FILE *stream);
void rewind(BORROW_MUT FILE *stream);
int feof(BORROW_MUT FILE *stream);
int ferror(BORROW_MUT FILE *stream);
void clearerr(BORROW_MUT FILE *stream);
int fileno(BORROW_MUT FILE *stream);
void perror(BORROW const char *s);
int remove(BORROW const char *pathname);
int rename(BORROW const char *oldpath, BORROW const char *newpath);

/* ---- unistd.h ---- */
ssize_t read(int fd, BORROW_MUT void *buf, size_t count);
ssize_t write(int fd, BORROW const void *buf, size_t count);

#endif /* OWNCK_MODEL_LIBC_H */
