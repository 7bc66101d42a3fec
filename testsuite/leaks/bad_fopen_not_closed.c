#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* A stream from fopen is owned like memory: it leaks when never closed. */

int first_byte(const char *path)
{
    FILE *fp = fopen(path, "rb");           // expect-note: allocated here
    if (!fp)
        return -1;
    int c = fgetc(fp);
    return c;                               // expect: leak
}

void write_greeting(const char *path)
{
    FILE *fp = fopen(path, "w");
    if (fp == NULL)
        return;
    fputs("hello\n", fp);
}                                           // expect: leak
