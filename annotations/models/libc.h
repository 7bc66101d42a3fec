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
 *
 * RELEASED_BY(f), a model-only annotation, names a function that must release
 * what an allocator hands out (on the allocator, or on its OUT_OWNED parameter).
 * Several may be written, one per acceptable releaser. Releasing the result
 * with any other deallocator is `mismatched-release` (fopen'd, then free'd).
 *
 * RETURNS_ARG, model-only too, marks the parameter whose argument the function
 * returns (memcpy's dest): the result is that pointer, so `return memcpy(p,
 * s, n);` hands p on, and `x->text = memcpy(p, s, n);` stores it.
 *
 * Prototypes follow glibc's headers, so that this file parses without a
 * conflicting-types warning:
 *   clang -fsyntax-only -D__OWNCK__ -Iannotations -x c annotations/models/libc.h
 */
#ifndef OWNCK_MODEL_LIBC_H
#define OWNCK_MODEL_LIBC_H

#include <ownck.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <dirent.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <glob.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <wchar.h>
#include <netdb.h>
#include <regex.h>
#include <setjmp.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/types.h>

#ifndef RELEASED_BY
#ifdef __OWNCK__
#define RELEASED_BY(f) __attribute__((annotate("ownck::released_by:" #f)))
#else
#define RELEASED_BY(f)
#endif
#endif
#ifndef RETURNS_ARG
#ifdef __OWNCK__
#define RETURNS_ARG __attribute__((annotate("ownck::returned")))
#else
#define RETURNS_ARG
#endif
#endif

/* ---- allocation and release (stdlib.h, string.h) ---- */
OWNED RELEASED_BY(free) void *malloc(size_t size);
OWNED RELEASED_BY(free) void *calloc(size_t nmemb, size_t size);
/* Built-in semantics on top of this: realloc releases ptr only when it
 * returns non-NULL; on failure the caller still owns ptr. */
OWNED RELEASED_BY(free) void *realloc(OWNED void *ptr, size_t size);
OWNED RELEASED_BY(free) void *reallocarray(OWNED void *ptr, size_t nmemb, size_t size);
OWNED RELEASED_BY(free) void *aligned_alloc(size_t alignment, size_t size);
int posix_memalign(OUT_OWNED RELEASED_BY(free) void **memptr, size_t alignment, size_t size);
void free(OWNED void *ptr);
OWNED RELEASED_BY(free) char *strdup(BORROW const char *s);
OWNED RELEASED_BY(free) char *strndup(BORROW const char *s, size_t n);
OWNED RELEASED_BY(free) wchar_t *wcsdup(BORROW const wchar_t *s);
int asprintf(OUT_OWNED RELEASED_BY(free) char **restrict strp, BORROW const char *restrict fmt, ...);
int vasprintf(OUT_OWNED RELEASED_BY(free) char **restrict strp, BORROW const char *restrict fmt, va_list ap);
/* getline may release *lineptr and store a bigger buffer: a mutable borrow
 * of an owning slot (annotations.md 7.34). What it stores there is free's. */
ssize_t getline(BORROW_MUT RELEASED_BY(free) char **restrict lineptr, BORROW_MUT size_t *restrict n,
                BORROW_MUT FILE *restrict stream);
ssize_t getdelim(BORROW_MUT RELEASED_BY(free) char **restrict lineptr, BORROW_MUT size_t *restrict n,
                 int delim, BORROW_MUT FILE *restrict stream);

/* ---- streams and directories ---- */
OWNED RELEASED_BY(fclose) FILE *fopen(BORROW const char *restrict path, BORROW const char *restrict mode);
OWNED RELEASED_BY(fclose) FILE *fdopen(int fd, BORROW const char *mode);
OWNED RELEASED_BY(fclose) FILE *tmpfile(void);
OWNED RELEASED_BY(pclose) FILE *popen(BORROW const char *command, BORROW const char *type);
/* The stream is fclose's; the buffer it leaves in *ptr is free's. */
OWNED RELEASED_BY(fclose) FILE *open_memstream(BORROW_MUT RELEASED_BY(free) char **ptr, BORROW_MUT size_t *size);
int fclose(OWNED FILE *stream);
int pclose(OWNED FILE *stream);
OWNED RELEASED_BY(closedir) DIR *opendir(BORROW const char *name);
OWNED RELEASED_BY(closedir) DIR *fdopendir(int fd);
int closedir(OWNED DIR *dirp);
struct dirent *readdir(BORROW_MUT DIR *dirp);
void rewinddir(BORROW_MUT DIR *dirp);
/* The array stored in *namelist is free's, and so is each entry in it (those
 * are not followed: ownck tracks the array). */
int scandir(BORROW const char *restrict dirp, OUT_OWNED RELEASED_BY(free) struct dirent ***restrict namelist,
            int (*filter)(const struct dirent *), int (*compar)(const struct dirent **, const struct dirent **));
OWNED RELEASED_BY(fclose) FILE *fmemopen(void *buf, size_t size, BORROW const char *mode);
/* glob fills the caller's glob_t and globfree releases what it put there, as
 * regcomp and regfree do: the caller owns no pointer. */
int glob(BORROW const char *restrict pattern, int flags, int (*errfunc)(const char *epath, int eerrno),
         BORROW_MUT glob_t *restrict pglob);
void globfree(BORROW_MUT glob_t *pglob);

/* ---- paths (stdlib.h, unistd.h) ---- */
/* Built-in semantics on top of these: the result is owned (malloc'd) only
 * when the buffer argument is NULL; given a buffer, they fill it and return
 * it (or NULL), and nothing new is owned. */
OWNED RELEASED_BY(free) char *realpath(BORROW const char *restrict path, RETURNS_ARG char *restrict resolved_path);
OWNED RELEASED_BY(free) char *getcwd(RETURNS_ARG char *buf, size_t size);
OWNED RELEASED_BY(free) char *get_current_dir_name(void);
OWNED RELEASED_BY(free) char *canonicalize_file_name(BORROW const char *name);
OWNED RELEASED_BY(free) char *tempnam(BORROW const char *dir, BORROW const char *pfx);

/* ---- lists the system builds (ifaddrs.h, net/if.h, execinfo.h) ---- */
int getifaddrs(OUT_OWNED RELEASED_BY(freeifaddrs) struct ifaddrs **ifap);
void freeifaddrs(OWNED struct ifaddrs *ifa);
OWNED RELEASED_BY(if_freenameindex) struct if_nameindex *if_nameindex(void);
void if_freenameindex(OWNED struct if_nameindex *ptr);
/* one block: the strings live in the array's own allocation */
OWNED RELEASED_BY(free) char **backtrace_symbols(void *const *buffer, int size);

/* ---- memory maps (sys/mman.h) ---- */
/* mmap reports failure with MAP_FAILED, not NULL; ownck treats a comparison
 * with any constant pointer like a null test. addr is only a hint. */
OWNED RELEASED_BY(munmap) void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(OWNED void *addr, size_t length);
int mprotect(void *addr, size_t len, int prot);
int msync(void *addr, size_t length, int flags);

/* ---- dynamic loading (dlfcn.h) ---- */
OWNED RELEASED_BY(dlclose) void *dlopen(BORROW const char *filename, int flags);
int dlclose(OWNED void *handle);
BORROW LIFETIME(h) void *dlsym(BORROW LIFETIME(h) void *restrict handle, BORROW const char *restrict symbol);
BORROW LIFETIME(static) char *dlerror(void);

/* ---- name resolution (netdb.h) ---- */
int getaddrinfo(BORROW const char *restrict node, BORROW const char *restrict service,
                BORROW const struct addrinfo *restrict hints,
                OUT_OWNED RELEASED_BY(freeaddrinfo) struct addrinfo **restrict res);
void freeaddrinfo(OWNED struct addrinfo *res);
BORROW LIFETIME(static) const char *gai_strerror(int errcode);

/* ---- regular expressions (regex.h) ---- */
/* regcomp allocates inside the caller's regex_t and regfree releases it
 * there: the caller owns no pointer, so these only borrow the regex_t. */
int regcomp(BORROW_MUT regex_t *restrict preg, BORROW const char *restrict regex, int cflags);
int regexec(BORROW const regex_t *restrict preg, BORROW const char *restrict string, size_t nmatch,
            BORROW_MUT regmatch_t *restrict pmatch, int eflags);
size_t regerror(int errcode, BORROW const regex_t *restrict preg, BORROW_MUT char *restrict errbuf,
                size_t errbuf_size);
void regfree(BORROW_MUT regex_t *preg);

/* ---- never return ---- */
_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void quick_exit(int status);
_Noreturn void abort(void);
_Noreturn void longjmp(jmp_buf env, int val);
_Noreturn void siglongjmp(sigjmp_buf env, int val);
_Noreturn void _exit(int status);

/* ---- string.h, strings.h: borrows for the duration of the call ---- */
void *memcpy(BORROW_MUT RETURNS_ARG void *restrict dest, BORROW const void *restrict src, size_t n);
void *memccpy(BORROW_MUT void *restrict dest, BORROW const void *restrict src, int c, size_t n);
/* memmove exists for overlapping copies: no exclusivity to assert */
void *memmove(RETURNS_ARG void *dest, const void *src, size_t n);
void *memset(BORROW_MUT RETURNS_ARG void *s, int c, size_t n);
int memcmp(BORROW const void *s1, BORROW const void *s2, size_t n);
BORROW LIFETIME(s) void *memchr(BORROW LIFETIME(s) const void *s, int c, size_t n);
size_t strlen(BORROW const char *s);
size_t strnlen(BORROW const char *s, size_t maxlen);
int strcmp(BORROW const char *s1, BORROW const char *s2);
int strncmp(BORROW const char *s1, BORROW const char *s2, size_t n);
int strcasecmp(BORROW const char *s1, BORROW const char *s2);
int strncasecmp(BORROW const char *s1, BORROW const char *s2, size_t n);
int strcoll(BORROW const char *s1, BORROW const char *s2);
char *strcpy(BORROW_MUT RETURNS_ARG char *restrict dest, BORROW const char *restrict src);
char *strncpy(BORROW_MUT RETURNS_ARG char *restrict dest, BORROW const char *restrict src, size_t n);
char *stpcpy(BORROW_MUT char *restrict dest, BORROW const char *restrict src);
char *strcat(BORROW_MUT RETURNS_ARG char *restrict dest, BORROW const char *restrict src);
char *strncat(BORROW_MUT RETURNS_ARG char *restrict dest, BORROW const char *restrict src, size_t n);
BORROW LIFETIME(s) char *strchr(BORROW LIFETIME(s) const char *s, int c);
BORROW LIFETIME(s) char *strrchr(BORROW LIFETIME(s) const char *s, int c);
BORROW LIFETIME(h) char *strstr(BORROW LIFETIME(h) const char *haystack, BORROW const char *needle);
BORROW LIFETIME(s) char *strpbrk(BORROW LIFETIME(s) const char *s, BORROW const char *accept);
size_t strspn(BORROW const char *s, BORROW const char *accept);
size_t strcspn(BORROW const char *s, BORROW const char *reject);
/* strtok_r keeps a pointer into str in *saveptr across calls: str and
 * saveptr stay unchecked. */
char *strtok_r(char *restrict str, BORROW const char *restrict delim, char **restrict saveptr);
BORROW LIFETIME(static) char *strerror(int errnum);

/* ---- conversions, sorting, searching, environment ---- */
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
BORROW LIFETIME(static) char *getenv(BORROW const char *name);

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

/* ---- sockets (sys/socket.h): buffers and addresses are borrowed ---- */
ssize_t send(int sockfd, BORROW const void *buf, size_t len, int flags);
ssize_t recv(int sockfd, BORROW_MUT void *buf, size_t len, int flags);
ssize_t sendto(int sockfd, BORROW const void *buf, size_t len, int flags,
               BORROW const struct sockaddr *dest_addr, socklen_t addrlen);
ssize_t recvfrom(int sockfd, BORROW_MUT void *restrict buf, size_t len, int flags,
                 BORROW_MUT struct sockaddr *restrict src_addr, BORROW_MUT socklen_t *restrict addrlen);
int bind(int sockfd, BORROW const struct sockaddr *addr, socklen_t addrlen);
int connect(int sockfd, BORROW const struct sockaddr *addr, socklen_t addrlen);
int accept(int sockfd, BORROW_MUT struct sockaddr *restrict addr, BORROW_MUT socklen_t *restrict addrlen);

#endif /* OWNCK_MODEL_LIBC_H */
