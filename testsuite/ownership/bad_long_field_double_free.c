#include <stdlib.h>

/* A field with a long name is still one place each time it is named
 * (ok_long_field_names.c: and its neighbour is another). */

struct pair {
    char *a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first;
    char *a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second;
};

void first_twice(void)
{
    struct pair p;
    p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first = malloc(8);
    p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second = NULL;
    if (!p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first)
        return;
    free(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first);
    free(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first);    // expect: double-free
}
