#!/bin/sh
# Tools the test suite needs beyond node_modules; CI and `npm test` (pretest) run this first.
# Idempotent and quiet. The prometheus check's tests run a real Prometheus server: the one
# PROMETHEUS_BIN names, else `prometheus` on PATH. Only when there is neither does this install
# Debian's prometheus package, waiting (up to CI_PREREQS_LOCK_WAIT_SECONDS, 300 by default) while
# another apt or dpkg run holds its lock. Where it cannot install (no apt-get, not root and no
# password-less sudo) it says in one line what to do instead, and fails.
set -eu

LOCK_WAIT_SECONDS=${CI_PREREQS_LOCK_WAIT_SECONDS:-300}
LOCK_POLL_SECONDS=2
WHAT_TO_DO="install prometheus (Debian: apt-get install prometheus) or set PROMETHEUS_BIN=/path/to/prometheus"

cannot_install() {
  echo "ci-prereqs: no prometheus, and cannot install it ($1): $WHAT_TO_DO" >&2
  exit 1
}

if [ -n "${PROMETHEUS_BIN:-}" ]; then
  if [ -f "$PROMETHEUS_BIN" ] && [ -x "$PROMETHEUS_BIN" ]; then exit 0; fi
  echo "ci-prereqs: PROMETHEUS_BIN=$PROMETHEUS_BIN is not an executable file: $WHAT_TO_DO" >&2
  exit 1
fi
if command -v prometheus >/dev/null 2>&1; then exit 0; fi

command -v apt-get >/dev/null 2>&1 || cannot_install "no apt-get"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  cannot_install "not root, and no sudo that works without a password"
fi

# apt-get with its output kept back; while another apt or dpkg run holds the lock (apt exits 100
# at once: `apt-get update` does not honour DPkg::Lock::Timeout), it tries again, within a bound.
apt_get() {
  waited=0
  while :; do
    status=0
    errors=$($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -qq "$@" 2>&1 >/dev/null) || status=$?
    [ "$status" -eq 0 ] && return 0
    case $errors in
      *"Could not get lock"* | *"Unable to lock"* | *"Unable to acquire the dpkg frontend lock"*) ;;
      *)
        printf '%s\n' "$errors" >&2
        return "$status"
        ;;
    esac
    if [ "$waited" -ge "$LOCK_WAIT_SECONDS" ]; then
      printf '%s\n' "$errors" >&2
      echo "ci-prereqs: apt's lock was still held after ${waited}s; try again later, or $WHAT_TO_DO" >&2
      return "$status"
    fi
    if [ "$waited" -eq 0 ]; then
      echo "ci-prereqs: another apt or dpkg run holds the lock; waiting up to ${LOCK_WAIT_SECONDS}s" >&2
    fi
    sleep "$LOCK_POLL_SECONDS"
    waited=$((waited + LOCK_POLL_SECONDS))
  done
}

echo "ci-prereqs: installing prometheus (Debian package)"
apt_get update
apt_get install -y --no-install-recommends prometheus
# The package starts a system service where an init system allows it; the tests start their own.
command -v prometheus >/dev/null 2>&1 || {
  echo "ci-prereqs: prometheus is still not on PATH after installing it: $WHAT_TO_DO" >&2
  exit 1
}
