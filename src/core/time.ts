import { formatFloat } from '../go/strconv.js';

/** Times are milliseconds since the epoch in the model; the engine prints RFC 3339 with nanoseconds. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * `new Date(ms).toISOString()` (2026-11-29T04:15:18.316Z), by arithmetic for the years 0 to 9999:
 * a Date made from a number loads the machine's time zone, a millisecond a read verb need not spend
 * to print a time in UTC. Other years (and what is no time) are the Date's.
 */
export function isoUtc(ms: number): string {
  if (!Number.isInteger(ms) || ms < -62167219200000 || ms > 253402300799999) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  // days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days)
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor(inDay / 60_000) % 60;
  const sec = Math.floor(inDay / 1000) % 60;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(h, 2)}:${pad(m, 2)}:${pad(sec, 2)}.${pad(inDay % 1000, 3)}Z`;
}

/** Go's time.RFC3339Nano: fractional seconds with trailing zeros trimmed. */
export function rfc3339Nano(ms: number | null): string {
  if (ms === null) return ZERO_TIME;
  const iso = isoUtc(ms); // 2026-11-29T04:15:18.316Z
  const [sec, frac] = iso.slice(0, -1).split('.');
  const trimmed = (frac ?? '').replace(/0+$/, '');
  return trimmed ? `${sec}.${trimmed}Z` : `${sec}Z`;
}

/** docker's units.HumanDuration, as `ps` and `images` print ages ("3 seconds", "About a minute"). */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(seconds / 3600);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}

/**
 * go-units' HumanSizeWithPrecision: SI (1000-based) units, the size divided in float64 and printed
 * with Go's %.*g; 3 significant digits for image and layer sizes, 4 (units.HumanSize) for the space
 * prunes reclaimed and the build context the client sends.
 */
export function humanSize(bytes: number, precision = 3): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatFloat(size, 'g', precision)}${units[i]}`;
}
