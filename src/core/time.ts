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
 * The docker CLI's units.HumanSizeWithPrecision: SI (1000-based) units, 3 significant digits for
 * image and layer sizes; units.HumanSize (4 digits) is what prunes print for the space reclaimed.
 */
export function humanSize(bytes: number, precision = 3): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatG(size, precision)}${units[i]}`;
}

/** Go's %.<p>g: p significant digits, trailing zeros trimmed, exponent form when it is >= p. */
export function formatG(n: number, p: number): string {
  const s = n.toPrecision(p);
  if (!s.includes('e')) return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  const [mant, exp] = s.split('e') as [string, string];
  const m = mant.includes('.') ? mant.replace(/\.?0+$/, '') : mant;
  const e = Number(exp);
  return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}
