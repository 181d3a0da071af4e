#!/usr/bin/env bash
# Makes a status-page repository as users keep one, holding only incidents/ and site/
# (copied from this repository's examples, or the incidents folder given), committed,
# and prints its path: the recipes of docs/ci-and-publishing.md run against it.
#
#   incidents_only_repository.sh [INCIDENTS_DIR]
set -euo pipefail
source=$(cd "$(dirname "$0")/../.." && pwd)
incidents="${1:-$source/incidents}"
repository=$(mktemp -d "${TMPDIR:-/tmp}/status-page-XXXXXX")
cp -R "$incidents" "$repository/incidents"
mkdir -p "$repository/site"
find "$source/site" -mindepth 1 -maxdepth 1 ! -name public -exec cp -R {} "$repository/site/" \;
printf 'site/public/\npublic/\n.storingen/\n' > "$repository/.gitignore"
git -C "$repository" init --quiet --initial-branch=main
git -C "$repository" add -A
git -C "$repository" -c user.name=ci -c user.email=ci@example.invalid commit --quiet -m "Incidents and site settings"
echo "$repository"
