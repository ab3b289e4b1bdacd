/**
 * `--change` instructions for commit and import (builder/dockerfile BuildFromConfig): Dockerfile
 * instructions applied to a config. Only the metadata instructions moby allows are accepted.
 */
import type { DockerError } from '../core/errors.js';
import type { ContainerConfig } from './config.js';

/** builder/dockerfile validCommitCommands: STOPSIGNAL is not one (observed: refused by commit and import). */
const VALID = new Set(['cmd', 'entrypoint', 'env', 'expose', 'label', 'onbuild', 'user', 'volume', 'workdir', 'healthcheck']);

export function applyChanges(base: ContainerConfig, changes: readonly string[]): ContainerConfig | DockerError {
  const c: ContainerConfig = { ...base };
  let cmdSet = false;
  for (const line of changes) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const m = /^(\S+)\s*([\s\S]*)$/.exec(trimmed)!;
    const word = m[1]!.toLowerCase();
    const rest = m[2]!.trim();
    // BuildFromConfig: the parser takes any word; anything but the commit commands is refused as
    // "<word> is not a valid change command" (unknown words too).
    if (!VALID.has(word)) return { code: 'invalid_change', instruction: word };
    switch (word) {
      case 'cmd':
        c.Cmd = commandForm(rest);
        cmdSet = true;
        break;
      case 'entrypoint':
        c.Entrypoint = commandForm(rest);
        if (!cmdSet) c.Cmd = null;
        break;
      case 'env': {
        const pairs = keyValues(rest, 'ENV');
        if ('code' in pairs) return pairs;
        const env = [...(c.Env ?? [])];
        for (const [k, v] of pairs) {
          const i = env.findIndex((e) => e.split('=')[0] === k);
          if (i >= 0) env[i] = `${k}=${v}`;
          else env.push(`${k}=${v}`);
        }
        c.Env = env;
        break;
      }
      case 'label': {
        const pairs = keyValues(rest, 'LABEL');
        if ('code' in pairs) return pairs;
        c.Labels = { ...(c.Labels ?? {}) };
        for (const [k, v] of pairs) c.Labels[k] = v;
        break;
      }
      case 'workdir':
        c.WorkingDir = rest.startsWith('/') ? rest : joinPath(c.WorkingDir || '/', rest);
        break;
      case 'user':
        c.User = rest;
        break;
      case 'expose': {
        const ports = { ...(c.ExposedPorts ?? {}) };
        for (const p of rest.split(/\s+/).filter(Boolean)) ports[p.includes('/') ? p : `${p}/tcp`] = {};
        c.ExposedPorts = ports;
        break;
      }
      case 'volume': {
        const vols = { ...(c.Volumes ?? {}) };
        const list = jsonArray(rest) ?? rest.split(/\s+/).filter(Boolean);
        for (const v of list) vols[v] = {};
        c.Volumes = vols;
        break;
      }
      case 'onbuild':
        c.OnBuild = [...(c.OnBuild ?? []), rest];
        break;
      case 'healthcheck':
        return { code: 'unsupported', message: 'strata: HEALTHCHECK is not modelled' };
    }
  }
  return c;
}

function jsonArray(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Exec form when the text is a JSON array of strings; shell form otherwise. */
function commandForm(text: string): string[] {
  return jsonArray(text) ?? ['/bin/sh', '-c', text];
}

/** `K=V K2="v 2"` pairs, or the legacy `K V...` form with one key. */
function keyValues(text: string, instr: string): [string, string][] | DockerError {
  const words = splitWords(text);
  if (words.length === 0) return { code: 'requires_args', instruction: instr, count: 'at least one' };
  if (!words[0]!.includes('=')) {
    const i = text.search(/\s/);
    if (i < 0) return { code: 'two_arguments', instruction: instr };
    return [[text.slice(0, i), text.slice(i).trim()]];
  }
  const out: [string, string][] = [];
  for (const w of words) {
    const i = w.indexOf('=');
    if (i <= 0) return { code: 'change_name_value', word: w };
    out.push([w.slice(0, i), w.slice(i + 1)]);
  }
  return out;
}

/** Whitespace-separated words with shell-like quotes removed. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      any = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
      any = true;
    } else if (/\s/.test(ch)) {
      if (cur !== '' || any) out.push(cur);
      cur = '';
      any = false;
    } else {
      cur += ch;
      any = true;
    }
  }
  if (cur !== '' || any) out.push(cur);
  return out;
}

function joinPath(dir: string, rel: string): string {
  return `${dir.replace(/\/$/, '')}/${rel}`;
}
