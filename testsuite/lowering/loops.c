/* while, do/while, for with every part missing in turn, break and continue */
void g(int);
void f(int n) {
    while (n) { if (n == 3) break; n--; }
    do { n++; } while (n < 10);
    for (int i = 0; i < n; i++) { if (i == 2) continue; g(i); }
    for (;;) { if (n) break; }
    for (; n; ) n--;
}
