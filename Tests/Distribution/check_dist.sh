#!/usr/bin/env bash
# Checks the tarball of `make dist` as a user installs it: at most 30 MB, vouched for by
# SHA256SUMS; unpacked into an empty folder, the binary alone needs only glibc, answers
# --version, and, with libcmark and the build folders hidden, builds the example site
# byte for byte as the debug build of the same sources.
#
#   check_dist.sh TARBALL
set -euo pipefail
tarball=$(realpath "$1")
repository=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/storingen-dist-XXXXXX")
trap 'rm -rf "$work"' EXIT
limit=$((30 * 1024 * 1024))

size=$(stat -c %s "$tarball")
if [ "$size" -gt "$limit" ]; then
  echo "FAIL: $(basename "$tarball") is $((size / 1024 / 1024)) MB, more than 30 MB" >&2
  exit 1
fi
sums="$(dirname "$tarball")/SHA256SUMS"
(cd "$(dirname "$tarball")" && grep " $(basename "$tarball")\$" SHA256SUMS | sha256sum --check --quiet -) \
  || { echo "FAIL: $sums does not vouch for $(basename "$tarball")" >&2; exit 1; }

mkdir "$work/unpacked"
tar -xJf "$tarball" -C "$work/unpacked"
binary="$work/unpacked/storingen/bin/storingen"
[ -x "$binary" ] || { echo "FAIL: $tarball holds no storingen/bin/storingen" >&2; exit 1; }

# Shared libraries: glibc's only. The Swift runtime, Foundation, libcmark, libstdc++,
# libgcc and zlib are linked in (Makefile, `release`).
needed=$(ldd "$binary" | awk '{print $1}')
unexpected=$(grep -Ev '^(linux-vdso\.so|/lib.*/ld-linux.*|ld-linux.*|libc\.so|libm\.so|libdl\.so|libpthread\.so|librt\.so|libutil\.so)' <<<"$needed" || true)
if [ -n "$unexpected" ]; then
  echo "FAIL: the dist binary needs libraries beyond glibc:" >&2
  echo "$unexpected" >&2
  exit 1
fi
echo "ok: $(basename "$tarball") is $((size / 1024 / 1024)) MB and needs only: $(tr '\n' ' ' <<<"$needed")"

version=$("$binary" --version)
if [ -z "$version" ] || [ "$version" = unknown ]; then
  echo "FAIL: storingen --version printed '${version}'" >&2
  exit 1
fi
if [ -n "${STORINGEN_VERSION:-}" ] && [ "$version" != "$STORINGEN_VERSION" ]; then
  echo "FAIL: storingen --version printed '$version', the build was given '$STORINGEN_VERSION'" >&2
  exit 1
fi
echo "ok: storingen --version: $version"

# Run from the empty folder. Where the kernel lets us (a private mount namespace), the
# build folders and every libcmark on the system are hidden, so the binary can only use
# what it carries; else it simply runs from elsewhere.
reference=(--as-of "2026-11-23 12:00")
build=(./storingen/bin/storingen build --incidents "$repository/incidents" --site "$repository/site" --output "$work/site" "${reference[@]}")
hidden=""
if unshare -m true 2>/dev/null; then
  mkdir "$work/empty"
  {
    for folder in "$repository/.build"; do
      printf '[ -d %q ] && mount --bind %q %q\n' "$folder" "$work/empty" "$folder"
    done
    for library in $(find /lib /usr/lib /usr/local/lib -name 'libcmark*.so*' 2>/dev/null); do
      printf 'mount --bind /dev/null %q\n' "$library"
    done
    printf 'cd %q && %s\n' "$work/unpacked" "$(printf '%q ' "${build[@]}")"
  } > "$work/run.sh"
  unshare -m bash -e "$work/run.sh" >/dev/null
  hidden=" (with .build/ and libcmark hidden)"
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
