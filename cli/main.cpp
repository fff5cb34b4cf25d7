// opcheck: entry point (being built).
int main() { return 2; }
