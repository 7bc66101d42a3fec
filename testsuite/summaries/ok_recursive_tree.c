#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A recursive destructor releases its parameter on every non-NULL path. */

struct tree {
    struct tree *left;
    struct tree *right;
    int key;
};

struct tree *tree_node(int key)
{
    struct tree *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->key = key;
    return t;
}

void tree_free(struct tree *t)
{
    if (!t)
        return;
    tree_free(t->left);
    tree_free(t->right);
    free(t);
}

int build_small(void)
{
    struct tree *root = tree_node(5);
    if (!root)
        return -1;
    root->left = tree_node(3);
    root->right = tree_node(8);
    int k = root->key;
    tree_free(root);
    return k;
}
