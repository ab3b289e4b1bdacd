/** daemon/commit.go merge: fill what the user's config leaves empty from the image's (create and commit). */
import type { ContainerConfig } from './config.js';

export function merge(user: ContainerConfig, image: ContainerConfig): ContainerConfig {
  const out: ContainerConfig = { ...user };
  if (out.User === '') out.User = image.User;
  if (!out.ExposedPorts || Object.keys(out.ExposedPorts).length === 0) {
    if (image.ExposedPorts) out.ExposedPorts = image.ExposedPorts;
  } else if (image.ExposedPorts) {
    out.ExposedPorts = { ...image.ExposedPorts, ...out.ExposedPorts };
  }
  if (!out.Env || out.Env.length === 0) {
    out.Env = image.Env;
  } else {
    const env = [...out.Env];
    for (const kv of image.Env ?? []) {
      const key = kv.split('=')[0];
      if (!env.some((u) => u.split('=')[0] === key)) env.push(kv);
    }
    out.Env = env;
  }
  const labels: Record<string, string> = { ...(out.Labels ?? {}) };
  for (const [k, v] of Object.entries(image.Labels ?? {})) if (!(k in labels)) labels[k] = v;
  out.Labels = labels;
  if (!out.Entrypoint || out.Entrypoint.length === 0) {
    if (!out.Cmd || out.Cmd.length === 0) {
      out.Cmd = image.Cmd;
      if (image.ArgsEscaped) out.ArgsEscaped = image.ArgsEscaped;
    }
    if (out.Entrypoint === null) out.Entrypoint = image.Entrypoint;
  }
  if (out.WorkingDir === '') out.WorkingDir = image.WorkingDir;
  if (!out.Volumes || Object.keys(out.Volumes).length === 0) {
    out.Volumes = image.Volumes;
  } else if (image.Volumes) {
    out.Volumes = { ...image.Volumes, ...out.Volumes };
  }
  if (!out.StopSignal && image.StopSignal) out.StopSignal = image.StopSignal;
  return out;
}
