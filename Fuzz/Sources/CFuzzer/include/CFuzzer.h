#ifndef WAARBORG_CFUZZER_H
#define WAARBORG_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, from libclang_rt.fuzzer (linked by -sanitize=fuzzer): parses the
/// libFuzzer flags in argv and runs `callback` on every input it makes.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
