import { formatFloat } from '../go/strconv.js';

/** Times are milliseconds since the epoch in the model; the engine prints RFC 3339 with nanoseconds. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Go's time.RFC3339Nano: fractional seconds with trailing zeros trimmed. */
export function rfc3339Nano(ms: number | null): string {
  if (ms === null) return ZERO_TIME;
  const iso = new Date(ms).toISOString(); // 2026-11-29T04:15:18.316Z
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
