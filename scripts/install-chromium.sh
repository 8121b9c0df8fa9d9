#!/usr/bin/env bash
# Installs Debian's `chromium` package (/usr/bin/chromium) for the cohort report's headless-browser
# test (test/report/browser.test.ts), which drives it with puppeteer-core: puppeteer-core never
# downloads a browser, so the system one is the only one the test uses.
# Idempotent: does nothing when /usr/bin/chromium, or chromium on PATH, is already there.
# Never fails the caller: when chromium cannot be installed (not root, no apt-get, no network)
# it explains why and exits 0, and the browser test then skips with a message saying so.
set -u

say() { printf 'install-chromium: %s\n' "$*"; }

for bin in /usr/bin/chromium chromium chromium-browser; do
  if command -v "$bin" >/dev/null 2>&1; then
    say "already installed: $(command -v "$bin") ($("$bin" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  say "apt-get not found: not a Debian-based system, cannot install chromium here; the browser test will skip."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    say "not root and no password-less sudo: cannot install chromium; the browser test will skip."
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq; then
  say "apt-get update failed (no network?): cannot install chromium; the browser test will skip."
  exit 0
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; then
  say "apt-get install chromium failed; the browser test will skip."
  exit 0
fi

if command -v chromium >/dev/null 2>&1; then
  say "installed: $(command -v chromium) ($(chromium --version 2>/dev/null || echo 'version unknown'))"
else
  say "apt-get reported success but chromium is not on PATH; the browser test will skip."
fi
exit 0
