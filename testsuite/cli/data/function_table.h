/* macro_function_included_twice.c's table, included twice (jq's libm.h) */
GEN(f1)
GEN(f2)
