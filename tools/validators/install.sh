#!/usr/bin/env bash
# Installs what the artifact validators and the browser test need on a Debian machine; safe to run again (does nothing
# when all is there): python3-sqlmodel (Debian's SQLModel 0.0.8 for /usr/bin/python3), current SQLModel (Debian 13's
# python3-sqlmodel, pydantic 2, in a root of its own built by debootstrap; run it with ./python-current), Debian
# chromium + chromium-driver (e2e WebPageIT drives the web page in them), and the npm packages pinned in
# package-lock.json (Prisma's engine, Mermaid, the AsyncAPI parser).
# usage: bash tools/validators/install.sh [--svg]   (--svg also installs mermaid-cli for render-svg.sh)
# Needs: root or sudo for apt-get, Node >= 20.19 with npm, the Debian mirror and the npm registry.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg=false; [ "${1:-}" = --svg ] && svg=true
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=false
apt_install() {
  if ! $apt_updated; then as_root apt-get update -qq; apt_updated=true; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! /usr/bin/python3 -c 'import sqlmodel' 2>/dev/null; then
  echo "validators: installing python3-sqlmodel (apt)"
  apt_install python3-sqlmodel
fi

# Current SQLModel: PyPI is not reachable here, Debian 13 (trixie) is. Its python3.13 and pydantic-core need a newer libc
# than Debian 12's, so they live in a root of their own (debootstrap, ~300 MB, a few minutes once) and python-current
# runs that root's python with that root's dynamic loader.
sqlmodel_root="${SCHEMAWRIGHT_SQLMODEL_ROOT:-/opt/schemawright/sqlmodel-trixie}"
if ! "$here/python-current" -c 'import sqlmodel' 2>/dev/null; then
  echo "validators: installing current SQLModel (Debian trixie python3-sqlmodel) into $sqlmodel_root (debootstrap)"
  command -v debootstrap >/dev/null || apt_install debootstrap
  rm -rf "$sqlmodel_root.partial" && mkdir -p "$(dirname "$sqlmodel_root")"
  as_root debootstrap --variant=minbase --include=python3-sqlmodel trixie "$sqlmodel_root.partial" http://deb.debian.org/debian >/dev/null
  rm -rf "$sqlmodel_root" && mv "$sqlmodel_root.partial" "$sqlmodel_root"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "validators: installing chromium + chromium-driver (apt) for the browser test"
  apt_install chromium chromium-driver
fi

if ! command -v node >/dev/null || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "validators: Node >= 20.19 is required (found: $(node --version 2>/dev/null || echo none)); Debian 12's nodejs is too old, use NodeSource or nvm" >&2
  exit 1
fi

# npm ci only when the installed tree is missing or older than the lockfile
stamp="$here/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$here/package-lock.json" -nt "$stamp" ]; then
  echo "validators: npm ci in tools/validators"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

if $svg; then
  stamp="$here/svg/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$here/svg/package-lock.json" -nt "$stamp" ]; then
    echo "validators: npm ci in tools/validators/svg"
    (cd "$here/svg" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
echo "validators: ready ($(/usr/bin/python3 -c 'import sqlmodel; print("sqlmodel", sqlmodel.__version__)'), current $("$here/python-current" -c 'import sqlmodel; print("sqlmodel", sqlmodel.__version__)'), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null | head -1))"
