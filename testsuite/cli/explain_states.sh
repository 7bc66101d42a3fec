#!/bin/sh
# --explain-states=FILE:FUNCTION writes the function's source with, under
# each line, the state of every tracked place at its end (owned, maybe null,
# moved, released, borrowed by whom), instead of the findings; with
# --explain-states-html, as a self-contained HTML page.
. "$ROOT/testsuite/cli/lib.sh"

cat >"$TMP/st.c" <<'C'
#include <ownck.h>
#include <stdlib.h>

struct buf { OWNED char *data; int len; };
void consume(OWNED char *s);
void fill(BORROW_MUT struct buf *b);

int work(int a, int b)
{
    char *p = malloc(16);
    if (!p) return -1;
    OWNED char *q = malloc(8);
    if (!q) { free(p); return -1; }
    consume(q);
    if (a > 3)
        free(p);
    int r = a < b;
    free(p);
    return r;
}

void lend(void)
{
    struct buf x = {0};
    BORROW_MUT struct buf *r = &x;
    fill(r);
    r->len = 3;
    x.len = 4;
}
int other(void) { return 0; }
int look(BORROW const struct buf *b);
int two(void)
{
    struct buf x = {0}, y = {1};
    BORROW const struct buf *s = &x;
    BORROW_MUT struct buf *m = &y;
    int n = look(s);
    m->len = n;
    BORROW const struct buf *t = s;
    return look(t) + m->len;
}
C
# the line of each marker, and the annotation lines under it (up to the next source line)
under() {
	_n=$(line_of "$TMP/st.c" "$2")
	awk -v n="$_n" '
		$0 ~ "^ *" n " \\| " { on = 1; next }
		on && /^ *[0-9]+ \| / { exit }
		on { print }' "$1"
}

expect_status 0 "$OWNCK" --explain-states="$TMP/st.c:work"
save work.txt
expect_line out 1 "$TMP/st.c: In function 'work':"
expect_match out "^ +$(line_of "$TMP/st.c" 'int work(') \| int work\(int a, int b\)$"
expect_last_line out '   20 | }'
expect_not_contains out 'lend'
expect_not_contains out 'int other'
# malloc: owned, maybe null before the check
under "$TMP/work.txt" 'char *p = malloc(16);' >"$TMP/a"
expect_contains "$TMP/a" '│ p: owned, maybe null (malloc at 10:15)'
# the null check returns: p is null on that path, said to be the returning one
under "$TMP/work.txt" 'if (!p) return -1;' >"$TMP/a"
expect_contains "$TMP/a" '│ at return: p: null'
under "$TMP/work.txt" 'OWNED char *q = malloc(8);' >"$TMP/a"
expect_contains "$TMP/a" '│ p: owned (malloc at 10:15)'
expect_contains "$TMP/a" '│ q: owned, maybe null (malloc at 12:21)'
# owned -> moved
under "$TMP/work.txt" 'consume(q);' >"$TMP/a"
expect_contains "$TMP/a" '│ q: moved into '"'consume'"' at 14:5'
# owned -> released in one branch; at the merge, both
under "$TMP/work.txt" '        free(p);' >"$TMP/a"
expect_contains "$TMP/a" '│ p: released (free at 16:9)'
under "$TMP/work.txt" 'int r = a < b;' >"$TMP/a"
expect_contains "$TMP/a" '│ p: owned (malloc at 10:15) on some paths, released (free at 16:9) on others'
# the finding is shown under its line
expect_match "$TMP/work.txt" '│ warning: double free of .p. \[double-free\] \(18:5\)$'
expect_empty err
# a borrow: who holds it and how long it lives
expect_status 0 "$OWNCK" --explain-states "$TMP/st.c:lend" "$TMP/st.c"
save lend.txt
under "$TMP/lend.txt" 'BORROW_MUT struct buf *r = &x;' >"$TMP/a"
expect_contains "$TMP/a" "│ x: borrowed mut by 'r' (L0, since 25:32, live until 27)"
under "$TMP/lend.txt" 'fill(r);' >"$TMP/a"
expect_contains "$TMP/a" "│ x: borrowed mut by 'r'"
under "$TMP/lend.txt" 'x.len = 4;' >"$TMP/a"
expect_not_contains "$TMP/a" 'borrowed'
# shared and mut, numbered in the order of the text; a copy of the holder keeps the loan alive
expect_status 0 "$OWNCK" --explain-states="$TMP/st.c:two"
save two.txt
under "$TMP/two.txt" 'BORROW_MUT struct buf *m = &y;' >"$TMP/a"
expect_contains "$TMP/a" "│ x: borrowed shared by 's' (L0, since 35:34, live until 40)"
expect_contains "$TMP/a" "│ y: borrowed mut by 'm' (L1, since 36:32, live until 40)"
under "$TMP/two.txt" 'BORROW const struct buf *t = s;' >"$TMP/a"
expect_contains "$TMP/a" "│ *s: borrowed shared by 't' (L2, since 39:34, live until 40)"
# the same bytes every time, to stdout or -o
expect_status 0 "$OWNCK" --explain-states="$TMP/st.c:work" -o "$TMP/again.txt"
expect_empty out
expect_same "$TMP/work.txt" "$TMP/again.txt" "-o and stdout"
# findings do not change the exit status: the states are the output
expect_status 0 "$OWNCK" --explain-states="$TMP/st.c:work" --werror
# colour only when asked for
expect_not_contains "$TMP/work.txt" "$(printf '\033')"
expect_status 0 "$OWNCK" --color=always --explain-states="$TMP/st.c:work"
expect_contains out "$(printf '\033[32m')p: owned (malloc at 10:15)"

# HTML: one page, nothing from outside, the source escaped
expect_status 0 "$OWNCK" --explain-states="$TMP/st.c:work" --explain-states-html
save work.html
expect_line out 1 '<!DOCTYPE html>'
expect_last_line out '</html>'
expect_contains out '<td class="code">    int r = a &lt; b;</td>'
expect_not_contains out 'int r = a < b;'
expect_contains out '<span class="who">p</span>: owned (malloc at 10:15) on some paths, released (free at 16:9) on others'
expect_contains out "<span class=\"who\">q</span>: moved into &#39;consume&#39; at 14:5"
expect_no_match out 'src=|href=|url\(|@import'
expect_not_contains out "$(printf '\033')"
# valid enough for a parser: every tag closed
python3 - "$TMP/work.html" >"$TMP/py" 2>&1 <<'EOF' || fail "HTML does not parse: $(cat "$TMP/py")"
import sys
from html.parser import HTMLParser
void = {"meta", "br"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []
    def handle_starttag(self, tag, attrs):
        if tag not in void: self.stack.append(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
assert not p.stack, p.stack
EOF
expect_status 0 "$OWNCK" --explain-states="$TMP/st.c:work" --explain-states-html -o "$TMP/again.html" "$TMP/st.c"
expect_same "$TMP/work.html" "$TMP/again.html" "HTML -o and stdout"

# bad arguments
expect_status 2 "$OWNCK" --explain-states="$TMP/st.c" "$TMP/st.c"
expect_match err 'explain-states needs FILE:FUNCTION'
expect_status 2 "$OWNCK" --explain-states="$TMP/st.c:" "$TMP/st.c"
expect_match err 'explain-states needs FILE:FUNCTION'
expect_status 2 "$OWNCK" --explain-states=":work" "$TMP/st.c"
expect_match err 'explain-states needs FILE:FUNCTION'
expect_status 2 "$OWNCK" --explain-states="$TMP/st.c:nope"
expect_match err "error: no function named 'nope' is defined in '.*st.c'"
expect_status 2 "$OWNCK" --explain-states="$TMP/other.c:work" "$TMP/st.c"
expect_match err "is not one of the FILEs given"
expect_status 2 "$OWNCK" --explain-states-html "$TMP/st.c"
expect_match err 'explain-states-html goes with --explain-states'
expect_status 2 "$OWNCK" --explain-states="$TMP/st.c:work" --dump-cfg=work
expect_match err 'cannot be used with'
finish
