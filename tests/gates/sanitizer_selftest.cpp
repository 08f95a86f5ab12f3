// Proves that a LAGRANGIAN_LAB_SANITIZE build is instrumented: each mode triggers one error
// that AddressSanitizer or UndefinedBehaviorSanitizer must report. It is built only in that
// configuration, and CTest expects the sanitizer's report in its output.
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The index comes from the command line, so the compiler cannot prove the read is out of
// bounds and drop or reject it.
int readPastEnd(int extra)
{
    const auto values = std::make_unique<int[]>(4);
    return values[4 + extra];
}

int overflowSignedInt(int extra)
{
    int value = INT_MAX - extra;
    return value + 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: sanitizer_selftest heap-buffer-overflow|signed-overflow\n");
        return 2;
    }

    const int extra = argc - 2; // 0, hidden from the optimiser
    if (std::strcmp(argv[1], "heap-buffer-overflow") == 0) {
        std::printf("%d\n", readPastEnd(extra));
    } else if (std::strcmp(argv[1], "signed-overflow") == 0) {
        std::printf("%d\n", overflowSignedInt(extra));
    } else {
        std::fprintf(stderr, "unknown mode %s\n", argv[1]);
        return 2;
    }
    return 0;
}
