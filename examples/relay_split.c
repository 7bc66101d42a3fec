/*
 * relay_split.c - one stream, a reader and a writer: the borrow question of
 * the Rust TCP relay ownck grew from, asked in C.
 *
 * An echo server copies what it reads from a connection back into the same
 * connection. In Rust, io::copy(&mut stream, &mut stream) is rejected (E0499:
 * two &mut of one stream at once); io::copy(&mut &stream, &mut &stream) is
 * accepted, because reading and writing a socket need only &TcpStream; and so
 * is copying between the two halves of a split stream. This file has the
 * three versions, with the same verdicts:
 *
 *   echo_mut     copy_stream(s, s)         two BORROW_MUT of *s       rejected
 *   echo_shared  copy_shared(s, s)         two BORROW of *s           accepted
 *   echo_split   copy(&s->rd, &s->wr)      BORROW_MUT of two fields   accepted
 *
 * The rejected call is the one deliberate bug, marked BUG: see README.md.
 * Run it as ./relay_split [mut|shared|split] < in > out: the stream's read
 * half is standard input, its write half standard output.
 */
#define _POSIX_C_SOURCE 200809L

#include <ownck.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { BUF_CAP = 4096 };

/* The read half of a connection: its descriptor, a buffer for what was read,
 * and a byte counter. */
struct read_half {
	int fd;
	size_t total;
	char buf[BUF_CAP];
};

/* The write half: its descriptor and a byte counter. */
struct write_half {
	int fd;
	size_t total;
};

/* A connection, in two halves (for a socket, one descriptor twice; here
 * standard input and standard output). */
struct stream {
	struct read_half rd;
	struct write_half wr;
};

/* Writes all of buf[0..n) to fd: 0, or -1 on error. */
static int write_all(int fd, BORROW const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, buf, n);
		if (w < 0)
			return -1;
		buf += w;
		n -= (size_t)w;
	}
	return 0;
}

/* (a) fn copy_stream(reader: &mut Stream, writer: &mut Stream): reads into the
 * reader's buffer and counts on both sides, so it asks for both exclusively. */
static int copy_stream(BORROW_MUT struct stream *reader, BORROW_MUT struct stream *writer)
{
	for (;;) {
		ssize_t n = read(reader->rd.fd, reader->rd.buf, sizeof reader->rd.buf);
		if (n <= 0)
			return (int)n;
		if (write_all(writer->wr.fd, reader->rd.buf, (size_t)n) != 0)
			return -1;
		reader->rd.total += (size_t)n;
		writer->wr.total += (size_t)n;
	}
}

/* (b) fn copy_shared(reader: &Stream, writer: &Stream): the descriptors are
 * all it needs, and the kernel keeps the state, as with &TcpStream. */
static int copy_shared(BORROW const struct stream *reader, BORROW const struct stream *writer)
{
	char buf[BUF_CAP];
	for (;;) {
		ssize_t n = read(reader->rd.fd, buf, sizeof buf);
		if (n <= 0)
			return (int)n;
		if (write_all(writer->wr.fd, buf, (size_t)n) != 0)
			return -1;
	}
}

/* (c) fn copy(reader: &mut ReadHalf, writer: &mut WriteHalf): each half
 * exclusively, as copy_stream, but only the half it needs of each stream. */
static int copy(BORROW_MUT struct read_half *reader, BORROW_MUT struct write_half *writer)
{
	for (;;) {
		ssize_t n = read(reader->fd, reader->buf, sizeof reader->buf);
		if (n <= 0)
			return (int)n;
		if (write_all(writer->fd, reader->buf, (size_t)n) != 0)
			return -1;
		reader->total += (size_t)n;
		writer->total += (size_t)n;
	}
}

/* io::copy(&mut stream, &mut stream): rejected. */
static int echo_mut(BORROW_MUT struct stream *s)
{
	return copy_stream(s, s);   /* BUG: two exclusive borrows of *s in one call */
}

/* io::copy(&mut &stream, &mut &stream): accepted, any number of readers. */
static int echo_shared(BORROW const struct stream *s)
{
	return copy_shared(s, s);
}

/* let (rd, wr) = stream.split(); io::copy(&mut rd, &mut wr): accepted,
 * the two borrows are of different fields. */
static int echo_split(BORROW_MUT struct stream *s)
{
	return copy(&s->rd, &s->wr);
}

int main(int argc, char **argv)
{
	struct stream s = { .rd = { .fd = STDIN_FILENO }, .wr = { .fd = STDOUT_FILENO } };

	const char *how = argc > 1 ? argv[1] : "split";
	int status;
	if (strcmp(how, "mut") == 0)
		status = echo_mut(&s);
	else if (strcmp(how, "shared") == 0)
		status = echo_shared(&s);  /* counts nothing: it may not write to s */
	else
		status = echo_split(&s);

	if (status != 0) {
		perror("relay_split");
		return 1;
	}
	if (strcmp(how, "shared") != 0)
		fprintf(stderr, "%zu bytes in, %zu bytes out\n", s.rd.total, s.wr.total);
	return 0;
}
