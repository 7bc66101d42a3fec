/* pending (sixth sweep, nginx ngx_http.c:1082; 2026-12-07): false finding(s) today, none expected:
 *   sweep_I_local_list_sentinel.c:34:2: error: storing the address of local 'tail' in 'q->prev', which outlives it [return-local-ref]
 * A list head on the stack spliced in and out again: the store through tail.next->prev
 * overwrites q->prev, which ownck does not see as the same slot.
 * The helper's reduction follows. */
/* From nginx 1.22.1 src/http/ngx_http.c:1082-1083 (ngx_http_create_locations_list),
 * with ngx_queue_split / ngx_queue_add from src/core/ngx_queue.h:87-100.
 * FALSE return-local-ref "storing the address of local 'tail' in 'q->prev', which outlives it":
 * the local list head `tail` is only a temporary; split() sets q->prev = &tail, but add()
 * then writes (n)->next->prev = (h)->prev, and n->next == q, so q->prev is overwritten
 * (likewise the last element's next). After add() nothing points at tail. ownck does not
 * see that the store through tail.next->prev overwrites q->prev. */
struct queue { struct queue *prev, *next; };

#define queue_split(h, q, n) \
	(n)->prev = (h)->prev; \
	(n)->prev->next = n; \
	(n)->next = q; \
	(h)->prev = (q)->prev; \
	(h)->prev->next = h; \
	(q)->prev = n;

#define queue_add(h, n) \
	(h)->prev->next = (n)->next; \
	(n)->next->prev = (h)->prev; \
	(h)->prev = (n)->prev; \
	(h)->prev->next = h;

/* Move the elements from q to the end of list h onto the end of list dst. */
void move_tail(struct queue *h, struct queue *q, struct queue *dst)
{
	struct queue tail;

	queue_split(h, q, &tail);
	queue_add(dst, &tail);
}
