/* pending (wget/lighttpd sweep, 2026-12-07): false finding(s) today, none expected:
 *   C_memcpy_struct_moves_field.c:12:5: warning: leak of 'cur.name': it is overwritten while it still owns its memory [leak]
 *   C_memcpy_struct_moves_field.c:23:3: warning: leak of 'cur.name' when 'i < n' is false [leak]
 */
/* wget ftp-ls.c shape: a stack struct's heap field is handed over to a
   heap node with memcpy(node, &cur, sizeof cur); the field is then reset. */
#include <stdlib.h>
#include <string.h>

struct fileinfo { char *name; struct fileinfo *next; };

struct fileinfo *parse(const char **names, int n)
{
  struct fileinfo *dir = NULL, *l, cur;
  for (int i = 0; i < n; i++) {
    cur.name = NULL;
    cur.name = malloc(strlen(names[i]) + 1);
    if (!cur.name)
      continue;
    strcpy(cur.name, names[i]);
    l = malloc(sizeof *l);
    if (!l) { free(cur.name); continue; }
    memcpy(l, &cur, sizeof cur);
    l->next = dir;
    dir = l;
  }
  return dir;
}
