/* Header for include_user.c, found only through -Itestsuite/cli/data/inc. */
#ifndef CLI_TAKE_H
#define CLI_TAKE_H
#include <ownck.h>

void cli_take(OWNED char *msg);

#endif
