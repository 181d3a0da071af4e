#!/usr/bin/env bash
# Checks the tarball of `make dist` as a user installs it: unpacked into an empty
# folder, the binary alone (no .build/ reachable, no Swift toolchain libraries) needs
# only glibc, libcmark and tzdata, and builds the example site byte for byte as the
# debug build of the same sources does.
#
#   check_dist.sh TARBALL
set -euo pipefail
tarball=$(realpath "$1")
repository=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/storingen-dist-XXXXXX")
trap 'rm -rf "$work"' EXIT

mkdir "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
binary="$work/unpacked/storingen/bin/storingen"
[ -x "$binary" ] || { echo "FAIL: $tarball holds no storingen/bin/storingen" >&2; exit 1; }

# Shared libraries: the C library and its companions (libgcc_s, libstdc++ and zlib, which
# dpkg itself needs, belong to every Debian and Ubuntu system), libcmark; nothing of the
# Swift toolchain, and no libcurl.
unexpected=$(ldd "$binary" | awk '{print $1}' | grep -Ev '^(linux-vdso\.so|/lib.*/ld-linux.*|ld-linux.*|libc\.so|libm\.so|libdl\.so|libpthread\.so|librt\.so|libutil\.so|libgcc_s\.so|libstdc\+\+\.so|libz\.so|libcmark\.so)' || true)
if [ -n "$unexpected" ]; then
  echo "FAIL: the dist binary needs libraries beyond glibc and libcmark:" >&2
  echo "$unexpected" >&2
  exit 1
fi
echo "ok: $(basename "$tarball") needs only: $(ldd "$binary" | awk '{print $1}' | tr '\n' ' ')"

# Run from the empty folder, with the build folders out of reach where the kernel
# lets us hide them (a private mount namespace), else simply from elsewhere.
reference=(--as-of "2026-11-23 12:00")
build=(./storingen/bin/storingen build --incidents "$repository/incidents" --site "$repository/site" --output "$work/site" "${reference[@]}")
hidden=""
if unshare -m true 2>/dev/null; then
  mkdir "$work/empty"
  {
    for folder in "$repository/.build" "$repository/.build-dist"; do
      printf '[ -d %q ] && mount --bind %q %q\n' "$folder" "$work/empty" "$folder"
    done
    printf 'cd %q && %s\n' "$work/unpacked" "$(printf '%q ' "${build[@]}")"
  } > "$work/run.sh"
  unshare -m bash -e "$work/run.sh" >/dev/null
  hidden=" (with .build/ hidden)"
else
  (cd "$work/unpacked" && "${build[@]}" >/dev/null)
fi
[ -f "$work/site/index.html" ] || { echo "FAIL: the dist binary built no site" >&2; exit 1; }

# The same site as the debug build of these sources.
(cd "$repository" && swift build --product storingen >/dev/null 2>&1 && .build/debug/storingen build --incidents incidents --site site --output "$work/expected" "${reference[@]}" >/dev/null)
if ! diff -r "$work/expected" "$work/site" >/dev/null; then
  echo "FAIL: the dist binary's site differs from the debug build's:" >&2
  diff -rq "$work/expected" "$work/site" | head -20 >&2
  exit 1
fi
echo "ok: the binary copied alone${hidden} builds the example site, identical to the debug build's ($(find "$work/site" -type f | wc -l) files)"
