#include <stdlib.h>
#include <string.h>

/* Two fields whose names differ only after their first hundred characters
 * are two places: each holds its own allocation. */

struct pair {
    char *a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first;
    char *a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second;
};

void both_freed(void)
{
    struct pair p;
    p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first = malloc(8);
    p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second = malloc(8);
    free(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first);
    free(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second);
}

size_t one_freed(void)
{
    struct pair p;
    p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first = malloc(8);
    p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second = strdup("x");
    free(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_first);
    size_t n = p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second ? strlen(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second) : 0;
    free(p.a_field_name_long_enough_that_only_its_end_tells_it_apart_from_its_neighbour_in_the_same_struct_second);
    return n;
}
