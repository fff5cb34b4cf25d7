// opcheck-corpus: entry point of the sample-plan generator (being built).
int main() { return 2; }
