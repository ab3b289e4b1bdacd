#!/usr/bin/env bash
# Private reference Docker engine (Debian docker.io 20.10) for strata's comparison tests.
#
#   scripts/engine.sh start   start (or reuse) an engine; prints `export ...` lines for eval
#   scripts/engine.sh env     print the `export ...` lines of a running engine
#   scripts/engine.sh stop    stop it and remove its directory
#
# Everything lives in $STRATA_ENGINE_DIR (start: default a new mktemp -d). stdout carries
# only the export lines; every message goes to stderr.
set -euo pipefail

DOCKER=/usr/bin/docker         # a different docker client may come first on PATH
DOCKERD=/usr/sbin/dockerd      # Debian's docker.io ships dockerd in /usr/sbin, not /usr/bin
CONTAINERD=/usr/bin/containerd
RUNC=/usr/bin/runc
BUSYBOX=/bin/busybox
MARK=.strata-engine            # stop refuses to delete a directory without it
START_TIMEOUT=60

log() { echo "engine.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# Layout under $DIR, short names because unix socket paths must stay < 108 bytes.
layout() {
  DATA=$DIR/d; EXEC=$DIR/e; SOCK=$DIR/sock; PIDF=$DIR/pid
  CTD_SOCK=$DIR/ctd.sock; CTD_PIDF=$DIR/ctd.pid; CTD_CONF=$DIR/ctd.toml
  LOG=$DIR/dockerd.log; CTD_LOG=$DIR/containerd.log
}

# True when $1 is a live process whose command line mentions our directory: guards
# against stale pidfiles whose pid was reused by an unrelated process.
ours() {
  local pid=$1
  [[ $pid =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  # The process may vanish mid-read; the group silences the failed redirection too.
  { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$DIR/"
}

pid_from() { [ -s "$1" ] && tr -dc '0-9' <"$1" || true; }

# A child this script started, still running (not a zombie). Between its fork and its exec the
# child's command line is still this script's, so `ours` would call it gone: under load that moment
# is long enough to see. Our own unreaped child's pid cannot be reused, so existing is enough.
alive() {
  local pid=$1 stat
  [[ $pid =~ ^[0-9]+$ ]] && stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

# Inherited DOCKER_CONTEXT/TLS settings would clash with DOCKER_HOST; timeout guards
# against a daemon that accepts connections but hangs.
answers() {
  env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH DOCKER_HOST="unix://$SOCK" \
    timeout 10 "$DOCKER" version >/dev/null 2>&1
}

print_env() {
  printf 'export STRATA_ENGINE_SOCK=%q; export STRATA_ENGINE_DIR=%q\n' "$SOCK" "$DIR"
}

# TERM, wait up to $2 seconds, then KILL. Returns once the process is gone.
terminate() {
  local pid=$1 secs=$2 i
  ours "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 4; i++)); do
    ours "$pid" || return 0
    sleep 0.25
  done
  log "pid $pid ignored TERM for ${secs}s; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do ours "$pid" || return 0; sleep 0.25; done
  log "pid $pid survived KILL"
}

install_packages() {
  [ "$(id -u)" = 0 ] || die "docker.io/busybox-static missing and not root: cannot install"
  local attempt
  for attempt in 1 2; do
    # apt's chatter goes to stderr: stdout is reserved for the export lines.
    # Lock timeout: on a freshly booted machine apt-daily/unattended-upgrades often
    # hold the dpkg lock for a while, which a 5 s retry alone would not outlast.
    if apt-get -o DPkg::Lock::Timeout=300 update >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y \
        docker.io busybox-static >&2; then
      return 0
    fi
    # One retry: a passing mirror hiccup must not fail CI.
    [ "$attempt" = 1 ] && { log "apt-get failed; retrying in 5s"; sleep 5; }
  done
  die "apt-get install docker.io busybox-static failed twice"
}

# Kill whatever a previous run left: dockerd, containerd, runc containers, shims.
kill_all() {
  local pid p
  pid=$(pid_from "$PIDF")
  [ -n "$pid" ] && terminate "$pid" 20
  # dockerd stops its containers on TERM; if it was KILLed, runc still knows them.
  local rroot=$EXEC/runtime-runc/moby
  if [ -d "$rroot" ] && [ -x "$RUNC" ]; then
    local id
    for id in $("$RUNC" --root "$rroot" list -q 2>/dev/null || true); do
      log "removing leftover container $id"
      "$RUNC" --root "$rroot" delete -f "$id" >&2 2>&1 || true
    done
  fi
  pid=$(pid_from "$CTD_PIDF")
  [ -n "$pid" ] && terminate "$pid" 10
  # Shims outlive containerd by design. Only engine binaries whose command line names
  # our directory qualify (the trailing slash in `ours` keeps sibling dirs out), so a
  # user's `tail -f $DIR/dockerd.log` survives.
  local exe
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    exe=$(readlink "$p/exe" 2>/dev/null || true)
    [[ ${exe##*/} =~ ^(dockerd|containerd.*|runc|docker-proxy)$ ]] || continue
    if ours "$pid"; then
      log "killing leftover pid $pid: $({ tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null | cut -c1-120)"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

unmount_all() {
  local m
  # Deepest first; mountinfo field 5 is the mount point (our paths contain no spaces).
  while read -r m; do
    umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || log "cannot unmount $m"
  done < <(awk -v p="$DIR/" 'index($5, p) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
}

wait_ready() {
  local pid i
  for ((i = 0; i < START_TIMEOUT * 4; i++)); do
    answers && return 0
    pid=$(pid_from "$PIDF")
    # dockerd writes its pidfile early; before that, the launcher (our child) stands in.
    if [ -z "$pid" ]; then
      if [ -n "${1:-}" ] && ! alive "$1"; then
        log "dockerd exited during start-up"
        return 1
      fi
    elif ! ours "$pid"; then
      log "dockerd exited during start-up"
      return 1
    fi
    sleep 0.25
  done
  log "dockerd did not answer within ${START_TIMEOUT}s"
  return 1
}

start_failed() {
  log "--- tail of $LOG ---"
  tail -n 40 "$LOG" >&2 2>/dev/null || true
  # containerd's log is mostly plugin chatter: its errors are what matter.
  log "--- containerd errors ($CTD_LOG) ---"
  grep -E 'level=(error|fatal|panic)' "$CTD_LOG" 2>/dev/null | tail -n 10 >&2 || true
  kill_all
  unmount_all
  if [ -n "${CREATED:-}" ]; then rm -rf --one-file-system "$DIR"; fi
  exit 1
}

cmd_start() {
  [ "$(id -u)" = 0 ] || die "must run as root to start dockerd"
  if [ ! -x "$DOCKERD" ] || [ ! -x "$DOCKER" ] || [ ! -x "$CONTAINERD" ] || [ ! -x "$BUSYBOX" ]; then
    log "installing docker.io busybox-static"
    install_packages
  fi
  for b in "$DOCKERD" "$DOCKER" "$CONTAINERD" "$BUSYBOX"; do
    [ -x "$b" ] || die "$b still missing after installing docker.io busybox-static"
  done

  CREATED=
  if [ -z "${STRATA_ENGINE_DIR:-}" ]; then
    DIR=$(mktemp -d /tmp/se.XXXXXX)
    CREATED=1
  else
    mkdir -p "$STRATA_ENGINE_DIR"
    DIR=$(cd "$STRATA_ENGINE_DIR" && pwd -P)
  fi
  # Longest socket is $DIR/ctd.sock.ttrpc (containerd adds .ttrpc); sun_path is 108 bytes.
  if ((${#DIR} > 90)); then
    rmdir "$DIR" 2>/dev/null || true # only if we just made it (empty)
    die "STRATA_ENGINE_DIR too long for unix sockets (${#DIR} > 90): $DIR"
  fi
  layout
  touch "$DIR/$MARK"

  local pid
  pid=$(pid_from "$PIDF")
  if [ -n "$pid" ] && ours "$pid"; then
    # Idempotent: reuse a running engine (waiting if it is still coming up).
    wait_ready "$pid" || start_failed
    print_env
    return 0
  fi
  # Stale state from a crashed run: clear it before starting afresh.
  kill_all
  unmount_all
  rm -f "$PIDF" "$CTD_PIDF" "$SOCK" "$CTD_SOCK" "$CTD_SOCK.ttrpc"

  local t0=$EPOCHREALTIME
  mkdir -p "$DATA" "$EXEC"
  # Own containerd instead of dockerd's managed one: dockerd silently attaches to a
  # system containerd whenever /run/containerd/containerd.sock exists (e.g. after apt
  # started containerd.service), which would tie our containers to the system's.
  cat >"$CTD_CONF" <<EOF
version = 2
root = "$DATA/containerd"
state = "$EXEC/containerd"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$CTD_SOCK"
[plugins."io.containerd.internal.v1.opt"]
  path = "$DATA/containerd/opt"
[plugins."io.containerd.runtime.v1.linux"]
  runtime_root = "$DATA/runc"
EOF
  echo '{}' >"$DIR/daemon.json" # keeps /etc/docker/daemon.json out of the picture

  # setsid: the daemons must not die with the caller's terminal or process group;
  # all fds go to files so callers that capture output (execFile) are not held open.
  setsid "$CONTAINERD" --config "$CTD_CONF" --log-level info </dev/null >"$CTD_LOG" 2>&1 &
  echo $! >"$CTD_PIDF"
  local i
  for ((i = 0; i < 80; i++)); do
    [ -S "$CTD_SOCK" ] && break
    alive "$(pid_from "$CTD_PIDF")" || { log "containerd exited during start-up"; start_failed; }
    sleep 0.25
  done
  [ -S "$CTD_SOCK" ] || { log "containerd socket did not appear in 20s"; start_failed; }

  setsid "$DOCKERD" \
    --data-root "$DATA" --exec-root "$EXEC" -H "unix://$SOCK" --pidfile "$PIDF" \
    --containerd "$CTD_SOCK" --config-file "$DIR/daemon.json" \
    --bridge=none --iptables=false --ip-forward=false --ip-masq=false \
    </dev/null >"$LOG" 2>&1 &
  local launcher=$!
  wait_ready "$launcher" || start_failed
  log "engine up in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')s at $SOCK"
  print_env
}

need_dir() {
  [ -n "${STRATA_ENGINE_DIR:-}" ] || die "STRATA_ENGINE_DIR is not set (eval the output of 'engine.sh start')"
  DIR=$STRATA_ENGINE_DIR
}

cmd_env() {
  need_dir
  [ -d "$DIR" ] || die "no engine directory $DIR"
  DIR=$(cd "$DIR" && pwd -P)
  layout
  answers || die "no engine answering at $SOCK"
  print_env
}

cmd_stop() {
  need_dir
  if [ ! -d "$DIR" ]; then
    log "$DIR does not exist: nothing to stop"
    return 0
  fi
  DIR=$(cd "$DIR" && pwd -P)
  [ -e "$DIR/$MARK" ] || die "$DIR has no $MARK marker: refusing to stop or delete it"
  layout
  kill_all
  unmount_all
  rm -rf --one-file-system "$DIR" || die "could not remove $DIR"
  log "stopped; removed $DIR"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  *)
    echo "usage: $0 start|stop|env   (STRATA_ENGINE_DIR selects the engine directory)" >&2
    exit 2
    ;;
esac
