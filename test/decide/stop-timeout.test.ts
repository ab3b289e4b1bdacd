/**
 * The bounds of `stop -t` / `restart -t`, as observed on Docker 20.10 (client and daemon 20.10.24):
 * the client's pflag parse errors (exit 125), and what the engine did with values whose
 * time.Duration arithmetic overflows, on a container whose PID 1 ignores TERM
 * (`trap "" TERM; while :; do sleep 1; done`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ModelDriver } from '../../src/conformance/driver.js';
import { parseGoInt } from '../../src/go/strconv.js';
import { apiStopSeconds, clientStopSeconds, graceMs } from '../../src/container/stop-timeout.js';

const flagError = (value: string, error: string, verb = 'stop'): string =>
  `invalid argument ${value} for "-t, --time" flag: strconv.ParseInt: parsing ${value}: ${error}\nSee 'docker ${verb} --help'.\n`;

/** `docker stop -t VALUE nosuch`: stderr and exit code, as the engine's client printed them. */
const OBSERVED: readonly (readonly [string, string, number])[] = [
  ['9223372036854775808', flagError('"9223372036854775808"', 'value out of range'), 125],
  ['-9223372036854775809', flagError('"-9223372036854775809"', 'value out of range'), 125],
  ['99999999999999999999', flagError('"99999999999999999999"', 'value out of range'), 125],
  // Go stops at the first digit past the range, before it sees the x
  ['99999999999999999999x', flagError('"99999999999999999999x"', 'value out of range'), 125],
  ['9_223_372_036_854_775_808', flagError('"9_223_372_036_854_775_808"', 'value out of range'), 125],
  ['abc', flagError('"abc"', 'invalid syntax'), 125],
  ['1.5', flagError('"1.5"', 'invalid syntax'), 125],
  ['', flagError('""', 'invalid syntax'), 125],
  [' 5', flagError('" 5"', 'invalid syntax'), 125],
  ['5s', flagError('"5s"', 'invalid syntax'), 125],
  ['1_', flagError('"1_"', 'invalid syntax'), 125],
  ['_1', flagError('"_1"', 'invalid syntax'), 125],
  ['1__0', flagError('"1__0"', 'invalid syntax'), 125],
  ['0x', flagError('"0x"', 'invalid syntax'), 125],
  ['08', flagError('"08"', 'invalid syntax'), 125],
  ['0x1g', flagError('"0x1g"', 'invalid syntax'), 125],
  ['-', flagError('"-"', 'invalid syntax'), 125],
  ['+', flagError('"+"', 'invalid syntax'), 125],
  ['é', flagError('"é"', 'invalid syntax'), 125],
  ['１', flagError('"１"', 'invalid syntax'), 125],
  ['a"b', flagError('"a\\"b"', 'invalid syntax'), 125],
  ['a\tb', flagError('"a\\tb"', 'invalid syntax'), 125],
  // base 0: underscores, 0x, 0o, 0b and a leading 0 (octal) are numbers; the daemon then looks for the container
  ['1_0', 'Error response from daemon: No such container: nosuch\n', 1],
  ['0x10', 'Error response from daemon: No such container: nosuch\n', 1],
  ['0X1F', 'Error response from daemon: No such container: nosuch\n', 1],
  ['010', 'Error response from daemon: No such container: nosuch\n', 1],
  ['0b11', 'Error response from daemon: No such container: nosuch\n', 1],
  ['0o17', 'Error response from daemon: No such container: nosuch\n', 1],
  ['+5', 'Error response from daemon: No such container: nosuch\n', 1],
  ['-0', 'Error response from daemon: No such container: nosuch\n', 1],
];

describe('the CLI parses -t as pflag does', () => {
  const cli = new ModelDriver();
  afterAll(() => cli.close());
  it.each(OBSERVED)('stop -t %j', async (value, stderr, exitCode) => {
    const r = await cli.cli(['stop', '-t', value, 'nosuch']);
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr, exitCode });
  });
  it('restart names itself in the hint', async () => {
    const r = await cli.cli(['restart', '-t', '9223372036854775808', 'nosuch']);
    expect(r.stderr).toBe(flagError('"9223372036854775808"', 'value out of range', 'restart'));
  });
  it('base 0 values', () => {
    expect(['0x10', '0X1F', '010', '0b11', '0o17', '1_0', '-0', '+5'].map((s) => parseGoInt(s, 0, 64))).toEqual(
      [16n, 31n, 8n, 3n, 15n, 10n, 0n, 5n].map((value) => ({ value })),
    );
  });
});

/**
 * What the engine did with `stop -t N` on a TERM-ignoring PID 1: the `t` the client sent (the same
 * effect as sending that t to the API directly), and the grace period before SIGKILL (null: no
 * limit, the client still waiting after 6 s and the container running).
 */
const OBSERVED_GRACE: readonly (readonly [bigint, number, number | null])[] = [
  [1n, 1, 1_000], // killed after 1.09 s
  [0n, 0, 0], // 0.08 s
  [-1n, -1, null],
  [-5n, -5, null],
  [9_223_372_036_854_775_807n, -1, null], // the client's time.Duration wraps to -1 s
  [18_446_744_075n, 1, 1_000], // wraps to 1.290448384 s, sent as 1: killed after 1.07 s
  [18_446_744_074n, 0, 0], // wraps to 0.29 s, sent as 0: 0.09 s
  [46_116_860_184n, 9_223_372_037, 0], // sent as 9223372037, which the daemon's time.Duration wraps below 0: 0.09 s
  [-9_223_372_036_854_775_808n, 0, 0], // wraps to 0: 0.08 s
  [9_223_372_037n, -9_223_372_037, null], // wraps to -9223372036.7 s
];

describe('the grace period, client and daemon overflows included', () => {
  it.each(OBSERVED_GRACE)('-t %s sends t=%s, a grace period of %s ms', (n, sent, grace) => {
    expect(clientStopSeconds(n)).toBe(sent);
    expect(graceMs(BigInt(sent))).toBe(grace);
  });
  it('the daemon, sent t directly: 9223372036 waits (292 years), 9223372037 kills at once, 18446744075 waits 1.29 s', () => {
    expect(graceMs(9_223_372_036n)).toBe(9_223_372_036_000);
    expect(graceMs(9_223_372_037n)).toBe(0);
    // observed: killed after 1.38 s when the API was sent t=18446744075
    expect(graceMs(18_446_744_075n)).toBe(1_290);
    expect(graceMs(-1n)).toBeNull();
  });
  it('the daemon reads t with strconv.Atoi (observed: "strconv.Atoi: parsing \\"1.5\\": invalid syntax", before the lookup)', () => {
    expect(apiStopSeconds(1.5)).toEqual({ code: 'stop_timeout_atoi', value: '1.5', error: 'invalid syntax' });
    expect(apiStopSeconds(1e19)).toEqual({ code: 'stop_timeout_atoi', value: '10000000000000000000', error: 'value out of range' });
    expect(apiStopSeconds(-0)).toBe(0n);
  });
});
