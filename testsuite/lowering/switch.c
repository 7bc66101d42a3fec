/* switch with fallthrough, default in the middle, break */
void g(int);
void f(int x) {
    switch (x) {
    case 1:
        g(1);
    case 2:
        g(2);
        break;
    default:
        g(0);
    case 3:
        g(3);
    }
}
