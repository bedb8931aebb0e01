#!/bin/sh
# Tools the test suite needs beyond node_modules. CI runs this before the tests when it exists.
# Idempotent and quiet: installs Debian's prometheus package (the prometheus check's tests
# run a real server) only when no prometheus binary is on PATH.
set -eu

if ! command -v prometheus >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "ci-prereqs: installing prometheus (Debian package)"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  # The package starts a system service where an init system allows it; the tests start their own.
  command -v prometheus >/dev/null 2>&1 || { echo "ci-prereqs: prometheus is still not on PATH" >&2; exit 1; }
fi
