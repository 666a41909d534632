#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (browser downloads are not possible
# here). Install it when missing and we are allowed to; otherwise say how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium chưa có: đang cài gói chromium của Debian (Chromium missing: installing Debian's package)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Thiếu Chromium tại $CHROMIUM. Cài bằng: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH)." >&2
echo "(Chromium not found at $CHROMIUM: install Debian's chromium package or set CHROMIUM_PATH.)" >&2
exit 1
