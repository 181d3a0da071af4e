// Swift has no compile-time string constants from the build, so the version is a C
// macro that Package.swift defines for this file alone: a new version recompiles this
// file and relinks, and nothing else.
#include "BuildInfo.h"

#ifndef STORINGEN_VERSION
#define STORINGEN_VERSION "unknown"
#endif

const char *storingen_build_version(void) { return STORINGEN_VERSION; }
