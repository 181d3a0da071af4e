#!/usr/bin/env bash
# Makes a status-page repository as users keep one, holding only incidents/ and site/
# (copied from this repository's examples), committed, and prints its path: the README's
# incidents-only workflow runs against it with the tool checked out beside it.
set -euo pipefail
source=$(cd "$(dirname "$0")/../.." && pwd)
repository=$(mktemp -d "${TMPDIR:-/tmp}/status-page-XXXXXX")
cp -R "$source/incidents" "$repository/incidents"
mkdir -p "$repository/site"
find "$source/site" -mindepth 1 -maxdepth 1 ! -name public -exec cp -R {} "$repository/site/" \;
printf 'site/public/\n.storingen/\n.storingen-bin/\n' > "$repository/.gitignore"
git -C "$repository" init --quiet
git -C "$repository" add -A
git -C "$repository" -c user.name=ci -c user.email=ci@example.invalid commit --quiet -m "Incidents and site settings"
echo "$repository"
