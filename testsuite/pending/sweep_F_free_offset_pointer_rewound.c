/* Origin: iproute2 6.1.0, devlink/devlink.c:7361 (resource_path_print).
 * 'path = calloc(1, path_len); path += path_len - 1;' then a loop moves it
 * back by strlen(name) (+ strlen("/")) per element, and the lengths sum to
 * exactly path_len - 1, so free(path) gets the start of the block.  ownck
 * flags any pointer that was ever advanced, even when it is moved back by the
 * same amount (rewound() below, the exactly-decidable case); walk_back() is the
 * devlink shape, where the rewinding depends on a sum the analyzer cannot
 * correlate.
 *
 * ownck today:
 *   free_offset_pointer_rewound.c:28:2: warning: 'free' releases 'p', which does not point to the start of its allocation [free-offset]
 *   free_offset_pointer_rewound.c:27:2: note: 'p' advanced here
 *   free_offset_pointer_rewound.c:46:2: warning: 'free' releases 'p', which does not point to the start of its allocation [free-offset]
 *   free_offset_pointer_rewound.c:41:2: note: 'p' advanced here
 * expected: nothing for rewound(); for walk_back() nothing ideally (at most a
 * lower-confidence note, since the equality is not provable path-by-path).
 */
#include <stdlib.h>
#include <string.h>

void rewound(int n)
{
	char *p = malloc(n);
	if (!p)
		return;
	p += n;
	p -= n;
	free(p);
}

void walk_back(const char **names, int cnt)
{
	int len = 1, i;
	char *p;

	for (i = 0; i < cnt; i++)
		len += strlen(names[i]);
	p = calloc(1, len);
	if (!p)
		return;
	p += len - 1;
	for (i = 0; i < cnt; i++) {
		p -= strlen(names[i]);
		memcpy(p, names[i], strlen(names[i]));
	}
	free(p);
}
