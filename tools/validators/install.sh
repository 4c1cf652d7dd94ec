#!/usr/bin/env bash
# Installs what the artifact validators need on a Debian machine; safe to run again (does nothing when all is there).
#   python3-sqlmodel (Debian's SQLModel 0.0.8 for /usr/bin/python3) and the npm packages pinned in package-lock.json.
# usage: bash tools/validators/install.sh [--svg]   (--svg also installs Debian chromium + mermaid-cli for render-svg.sh)
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
  if [ ! -x /usr/bin/chromium ]; then echo "validators: installing chromium (apt)"; apt_install chromium; fi
  stamp="$here/svg/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$here/svg/package-lock.json" -nt "$stamp" ]; then
    echo "validators: npm ci in tools/validators/svg"
    (cd "$here/svg" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
echo "validators: ready ($(/usr/bin/python3 -c 'import sqlmodel; print("sqlmodel", sqlmodel.__version__)'), node $(node --version))"
