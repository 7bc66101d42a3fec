/*
 * modelcache.h - the signatures read from a model header, kept on disk
 * (build/models.cache next to ownck, or share/ownck/models.cache when
 * installed), so that a run does not parse the C library's headers again:
 * models/libc.h includes fifteen of them, and parsing it took longer than
 * libclang's own start-up and a small file together.
 *
 * An entry is good while everything that made it is unchanged: ownck's
 * binary (size and time), the salt the front end gives (libclang's version,
 * the parse arguments), and every file the parse read (size and time; a
 * system header upgraded, ownck.h or the model edited). Anything else -- no
 * file, a stale or damaged one -- is a miss: the header is parsed and the
 * entry written anew, atomically, when the directory lets ownck write.
 *
 * The caller owns the signatures read (in its arena); the cache owns nothing.
 */
#ifndef MODELCACHE_H
#define MODELCACHE_H

#include "ir.h"

/* Puts the signatures cached for model_path into `into` (name ->
 * Signature*, allocated in a) when the entry at cache_path is good for it
 * and this salt; false, nothing put, and why[n] says why (for --stats),
 * otherwise. */
bool modelcache_read(BORROW const char *cache_path, BORROW const char *model_path, BORROW const char *salt,
                     BORROW_MUT Arena *a, BORROW_MUT Map *into, char *why, size_t n);

/* Records sigs (name -> Signature*) as what model_path gives with this
 * salt, having read the files `inputs` (const char *). Silent on failure:
 * the next run misses and parses. */
void modelcache_write(BORROW const char *cache_path, BORROW const char *model_path, BORROW const char *salt,
                      BORROW const Vec *inputs, BORROW const Map *sigs);

/* Field by field, strings by content: a cached signature is the parsed one. */
bool modelcache_same_signature(BORROW const Signature *a, BORROW const Signature *b);

#endif
