/*
 * relay.c - copy bytes from one descriptor to another through a queue of
 * owned chunks: a small C cousin of the Rust TCP relay ownck grew from.
 *
 * The reader side allocates a chunk, fills it and moves it into the queue
 * with queue_push(); the writer side takes chunks back with queue_pop(),
 * sends and frees them. Both sides need only a shared borrow of the
 * connection, as the Rust relay needs only &TcpStream to read and write.
 * Three bugs are deliberate, one comment each says so: see README.md.
 */
#define _POSIX_C_SOURCE 200809L

#include <ownck.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { CHUNK_CAP = 4096, QUEUE_CAP = 8 };

struct chunk {
	size_t len;                 /* bytes used in data */
	char data[CHUNK_CAP];
};

/* One slot of the ring: Option<Box<Chunk>> in Rust, NULL when empty. */
struct slot {
	OWNED struct chunk *chunk;
};

struct queue {
	struct slot slots[QUEUE_CAP];
	size_t head;                /* index of the oldest chunk */
	size_t count;               /* chunks queued */
};

struct conn {
	int in_fd;                  /* bytes come from here ... */
	int out_fd;                 /* ... and go there */
	OWNED char *name;           /* for the closing log line */
	size_t bytes_in, bytes_out;
};

/* Take ownership: queue_push() keeps c (the caller checks queue_full() first),
 * conn_close() releases c and all it owns. */
void queue_push(struct queue *q, OWNED struct chunk *c);
void conn_close(OWNED struct conn *c);

static OWNED struct chunk *chunk_new(void)
{
	OWNED struct chunk *ch = malloc(sizeof *ch);
	if (!ch)
		return NULL;            /* a NULL owner owes nothing */
	ch->len = 0;
	return ch;                  /* moves ch to the caller */
}

/* Reads what is available: the byte count, 0 at end of input, -1 on error. */
static ssize_t fill_chunk(BORROW const struct conn *c, BORROW_MUT struct chunk *ch)
{
	ssize_t n = read(c->in_fd, ch->data, sizeof ch->data);
	ch->len = n > 0 ? (size_t)n : 0;
	return n;
}

/* Writes all of ch: 0 on success, -1 on error. */
static int send_chunk(BORROW const struct conn *c, BORROW const struct chunk *ch)
{
	for (size_t off = 0; off < ch->len;) {
		ssize_t n = write(c->out_fd, ch->data + off, ch->len - off);
		if (n <= 0)
			return -1;
		off += (size_t)n;
	}
	return 0;
}

static bool queue_full(BORROW const struct queue *q)
{
	return q->count == QUEUE_CAP;
}

void queue_push(struct queue *q, OWNED struct chunk *c)
{
	if (q->count == QUEUE_CAP)
		abort();                /* a programming error; the path ends here */
	q->slots[(q->head + q->count) % QUEUE_CAP].chunk = c;   /* moves c into the slot */
	q->count++;
}

/* Gives the oldest chunk back to the caller, or NULL when the queue is empty. */
static OWNED struct chunk *queue_pop(BORROW_MUT struct queue *q)
{
	if (q->count == 0)
		return NULL;
	OWNED struct chunk *c = q->slots[q->head].chunk;   /* take the chunk out ... */
	q->slots[q->head].chunk = NULL;                     /* ... and leave NULL behind */
	q->head = (q->head + 1) % QUEUE_CAP;
	q->count--;
	return c;
}

static OWNED struct conn *conn_new(int in_fd, int out_fd, BORROW const char *name)
{
	OWNED struct conn *c = calloc(1, sizeof *c);   /* counters start at 0 */
	if (!c)
		return NULL;
	OWNED char *copy = strdup(name);
	if (!copy) {
		free(c);                /* release what this path already owns */
		return NULL;
	}
	c->in_fd = in_fd;
	c->out_fd = out_fd;
	c->name = copy;             /* moves copy into the OWNED field */
	return c;
}

void conn_close(OWNED struct conn *c)
{
	close(c->in_fd);
	close(c->out_fd);
	free(c->name);
	fprintf(stderr, "%s: %zu bytes\n", c->name, c->bytes_out); /* BUG: use after free */
	free(c);
}

static int relay(BORROW_MUT struct conn *c)
{
	struct queue q = {0};       /* every slot NULL: the queue owns nothing yet */
	int status = 0;
	bool eof = false;

	while (status == 0 && !eof) {
		/* Reader side: fill the queue with fresh chunks. */
		while (!queue_full(&q)) {
			OWNED struct chunk *ch = chunk_new();
			if (!ch) {
				status = -1;
				break;
			}
			ssize_t n = fill_chunk(c, ch);
			if (n <= 0) {
				if (n < 0) {
					perror("read");
					free(ch);
					status = -1;
				}
				free(ch);       /* BUG: double free when read() failed */
				eof = true;
				break;
			}
			queue_push(&q, ch);
			c->bytes_in += ch->len;     /* BUG: use after move: the queue owns ch now */
		}
		/* Writer side: drain the queue; after an error, only release. */
		for (;;) {
			OWNED struct chunk *out = queue_pop(&q);
			if (!out)
				break;
			if (status == 0 && send_chunk(c, out) < 0) {
				perror("write");
				status = -1;
			}
			c->bytes_out += out->len;
			free(out);
		}
	}
	return status;              /* the writer left the queue empty */
}

int main(void)
{
	OWNED struct conn *c = conn_new(STDIN_FILENO, STDOUT_FILENO, "stdin->stdout");
	if (!c)
		return 1;
	int status = relay(c);      /* lends c exclusively for the call */
	conn_close(c);              /* moves c into conn_close, which releases it */
	return status == 0 ? 0 : 1;
}
