#ifndef STORINGEN_BUILD_INFO_H
#define STORINGEN_BUILD_INFO_H

/// The version `storingen --version` prints: the release tag `make dist` was given, else
/// `git describe` of the sources when they were built, else "unknown".
const char *storingen_build_version(void);

#endif
