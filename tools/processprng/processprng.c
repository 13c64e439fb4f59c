/*
 * bcryptprimitives.dll shim for running Go >= 1.24 Windows test binaries under Wine 8.
 *
 * The Go runtime loads ProcessPrng from bcryptprimitives.dll (system32) at start-up and
 * aborts when it is missing; Wine 8.0 (Debian 12) does not ship that DLL. This shim exports
 * ProcessPrng and fills the buffer from RtlGenRandom (advapi32!SystemFunction036).
 * Only used by scripts/wine-tests.sh; never shipped with the application.
 *
 *   x86_64-w64-mingw32-gcc -O2 -shared -o bcryptprimitives.dll processprng.c processprng.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
