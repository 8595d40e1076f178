#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:${PGPORT:-5432} with trust auth for user postgres,
# as the CI and PostgreSQL test runs expect. The development and CI machines already run one; on a fresh
# Debian/Ubuntu machine (as root) this installs the server and starts a throwaway cluster under /tmp.
set -euo pipefail
port=${PGPORT:-5432}
answers() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p "$port" -U postgres; }
answers && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "PostgreSQL is not answering on 127.0.0.1:$port; start one (trust auth, user postgres) and run again." >&2
  exit 1
fi
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL …" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
data=$(mktemp -d /tmp/boardwork-pg.XXXXXX)
chown postgres "$data"
runuser -u postgres -- "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/log" -w \
  -o "-h 127.0.0.1 -p $port -k $data" start >/dev/null
answers || { echo "PostgreSQL did not start (see $data/log)" >&2; exit 1; }
echo "Started a throwaway PostgreSQL on 127.0.0.1:$port (data in $data)." >&2
