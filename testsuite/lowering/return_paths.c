/* return in a loop and in a switch: every scope dies at the return */
int f(int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
        int sq = i * i;
        if (sq > 100)
            return total;
        total += sq;
    }
    switch (n) {
    case 0: { int z = 0; return z; }
    }
    return total;
}
