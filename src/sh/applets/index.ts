import type { ShFs } from '../fs.js';
import { inKernelFs, leavesUnsearchable, resolve } from '../path.js';
import { unsupported, type Unsupported } from '../types.js';
import { BASIC } from './basic.js';
import type { Applet } from './context.js';
import { FILES } from './files.js';
import { IDS } from './id.js';
import { LS } from './ls.js';

export type { Applet, AppletCtx, AppletResult } from './context.js';
export { echoText } from './basic.js';

/** The applets the model implements. */
export const APPLETS: Readonly<Record<string, Applet>> = { ...BASIC, ...FILES, ...LS, ...IDS };

/**
 * Every applet of the busybox binary in base:1 (`busybox` with no arguments, BusyBox v1.35.0
 * Debian build). Its sh is built with FEATURE_SH_STANDALONE, so sh runs any of these without a
 * PATH search.
 */
export const BUSYBOX_APPLETS: ReadonlySet<string> = new Set(
  `[ [[ acpid adjtimex ar arch arp arping ascii ash awk base64 basename bc blkdiscard blockdev brctl
  bunzip2 busybox bzcat bzip2 cal cat chgrp chmod chown chroot chvt clear cmp cp cpio crc32 crond
  crontab cttyhack cut date dc dd deallocvt depmod devmem df diff dirname dmesg dnsdomainname
  dos2unix dpkg dpkg-deb du dumpkmap dumpleases echo ed egrep env expand expr factor fallocate false
  fatattr fdisk fgrep find findfs fold free freeramdisk fsfreeze fstrim ftpget ftpput getopt getty
  grep groups gunzip gzip halt head hexdump hostid hostname httpd hwclock i2cdetect i2cdump i2cget
  i2cset i2ctransfer id ifconfig ifdown ifup init insmod ionice ip ipcalc ipneigh kill killall klogd
  last less link linux32 linux64 linuxrc ln loadfont loadkmap logger login logname logread losetup
  ls lsmod lsscsi lzcat lzma lzop md5sum mdev microcom mim mkdir mkdosfs mke2fs mkfifo mknod
  mkpasswd mkswap mktemp modinfo modprobe more mount mt mv nameif nc netstat nl nologin nproc
  nsenter nslookup nuke od openvt partprobe passwd paste patch pidof ping ping6 pivot_root poweroff
  printf ps pwd rdate readlink realpath reboot renice reset resume rev rm rmdir rmmod route rpm
  rpm2cpio run-init run-parts sed seq setkeycodes setpriv setsid sh sha1sum sha256sum sha3sum
  sha512sum shred shuf sleep sort ssl_client start-stop-daemon stat strings stty su sulogin svc svok
  swapoff swapon switch_root sync sysctl syslogd tac tail tar taskset tc tee telnet telnetd test
  tftp time timeout top touch tr traceroute traceroute6 true truncate ts tty tunctl ubirename udhcpc
  udhcpd uevent umount uname uncompress unexpand uniq unix2dos unlink unlzma unshare unxz unzip
  uptime usleep uudecode uuencode vconfig vi w watch watchdog wc wget which who whoami xargs xxd xz
  xzcat yes zcat`.split(/\s+/),
);

/** The modelled applet, or why it cannot be run. `sh`/`ash`/`busybox` are handled by the caller. */
export function appletFor(name: string): Applet | Unsupported {
  const a = APPLETS[name];
  if (a !== undefined) return a;
  return unsupported(`busybox applet ${JSON.stringify(name)} (not modelled)`);
}

/** applets whose operands are not paths */
const NO_PATHS: ReadonlySet<string> = new Set(['echo', 'true', 'false', 'sleep', 'env', 'pwd', 'id', 'whoami']);

/**
 * /dev, /proc and /sys are kernel filesystems the model does not have. `cat /dev/null` is modelled
 * (as empty); any other operand there, through a symlink too, is refused; and so is one whose `..`
 * leaves a directory the process may not search (see leavesUnsearchable).
 */
export function devicePaths(applet: string, args: readonly string[], cwd: string, fs: ShFs): Unsupported | undefined {
  if (NO_PATHS.has(applet)) return undefined;
  for (const a of args) {
    if (a.startsWith('-') && a !== '-') continue;
    const p = resolve(cwd, a);
    if (applet === 'cat' && p === '/dev/null') continue;
    if (inKernelFs(fs, p)) return unsupported(`${applet} on ${JSON.stringify(a)} (kernel filesystems are not modelled)`);
    if (leavesUnsearchable(fs, cwd, a)) return unsupported(pastUnsearchable(a));
  }
  return undefined;
}

export const pastUnsearchable = (p: string): string => `path ${JSON.stringify(p)}, whose .. leaves a directory the process may not search`;
