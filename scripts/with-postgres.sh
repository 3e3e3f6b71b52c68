#!/usr/bin/env bash
# Runs a command with TEST_POSTGRES_URL pointing at a throwaway PostgreSQL on loopback.
# Skips (exit 0, with a notice) where no PostgreSQL server is installed; CI installs one.
set -euo pipefail
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "PostgreSQL server not installed: skipping the PostgreSQL run (apt-get install postgresql to enable it)."
  exit 0
fi
dir=$(mktemp -d /tmp/claims-pg-XXXXXX)
port=$((55000 + RANDOM % 5000))
url=$(bash "$(dirname "$0")/pg-local.sh" start "$dir" "$port")
trap 'bash "$(dirname "$0")/pg-local.sh" stop "$dir" "$port" || true; rm -rf "$dir"' EXIT
TEST_POSTGRES_URL="$url" "$@"
