/* Origin: iproute2 6.1.0, misc/arpd.c:708,714,718,723 (main).  'FILE *fp' is
 * declared in an inner block; error paths 'goto do_abort', whose code is
 * 'exit(-1)'.  ownck reports the leak where 'fp' goes out of scope (the goto),
 * although the path ends in exit() right after.  The same code with 'fp'
 * declared at function scope gives no finding (leaks on paths into a noreturn
 * call are suppressed), so the verdict depends only on the declaration's block.
 *
 * ownck today:
 *   goto_out_of_block_to_exit.c:24:4: warning: leak of 'fp' when 'getc(fp) == 'x'' is true [leak]
 *   goto_out_of_block_to_exit.c:20:14: note: 'fp' allocated here by 'fopen'
 *   goto_out_of_block_to_exit.c:23:7: note: the leaking path: 'getc(fp) == 'x'' is true
 * expected: no finding (as when 'fp' is declared at the top of main).
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	if (argc > 1) {
		FILE *fp = fopen(argv[1], "r");
		if (!fp)
			goto do_abort;
		if (getc(fp) == 'x')
			goto do_abort;
		fclose(fp);
	}
	return 0;
do_abort:
	exit(1);
}
