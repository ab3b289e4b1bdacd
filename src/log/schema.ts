/**
 * The shape of every event as it must be read back from the log. A line that does not match is
 * corruption, not something to guess about.
 */
import { createRequire } from 'node:module';

type Zod = typeof import('zod').z;

/**
 * The schemas, built on first use: zod costs a command tens of milliseconds to load and the schemas
 * more to build, which only a command that appends (or `store check`) needs; the CLI's other paths
 * never pay it. zod is required, not imported, so that loading this module does not load it.
 */
function build(z: Zod) {
  const digest = z.string().regex(/^sha256:[a-f0-9]{64}$/);
  const id = z.string().regex(/^[a-f0-9]{64}$/);
  const attrs = { mode: z.number().int().min(0).max(0o7777), mtime: z.number(), uid: z.number().int().optional(), gid: z.number().int().optional() };
  const change = z.discriminatedUnion('type', [
    z.object({ type: z.literal('dir'), ...attrs, opaque: z.literal(true).optional() }).strict(),
    z.object({ type: z.literal('file'), ...attrs, size: z.number().int().min(0), digest }).strict(),
    z.object({ type: z.literal('symlink'), ...attrs, target: z.string() }).strict(),
    z.object({ type: z.literal('whiteout') }).strict(),
  ]);
  const entries = z.array(z.tuple([z.string(), change]));
  const unsavable = z.union([
    z.object({ open: z.string(), errno: z.enum(['ENOENT', 'ENOTDIR', 'ELOOP']) }).strict(),
    z.object({ read: z.string() }).strict(),
    z.object({ checksum: z.string() }).strict(),
    z.object({ host: z.string() }).strict(),
  ]);
  const strings = z.array(z.string());
  const config = z
    .object({
      Hostname: z.string(),
      Domainname: z.string(),
      User: z.string(),
      Env: strings.nullable(),
      Cmd: strings.nullable(),
      Image: z.string(),
      WorkingDir: z.string(),
      Entrypoint: strings.nullable(),
      Labels: z.record(z.string(), z.string()).nullable(),
    })
    .passthrough();
  const restartPolicy = z.object({ Name: z.enum(['no', 'always', 'unless-stopped', 'on-failure', '']), MaximumRetryCount: z.number().int() });
  const hostConfig = z.object({
    NetworkMode: z.string(),
    RestartPolicy: restartPolicy,
    AutoRemove: z.boolean(),
    ReadonlyRootfs: z.literal(true).optional(),
    Init: z.boolean().optional(),
  });
  const output = z.object({ stream: z.enum(['stdout', 'stderr']), text: z.string() });

  const eventSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('LayerRegistered'), chainId: digest, diffId: digest, parent: digest.nullable(), size: z.number(), changes: entries, stored: z.literal(true).optional(), unsavable: unsavable.optional(), missingPayload: z.string().optional() }),
    z.object({ type: z.literal('LayerDeleted'), chainId: digest }),
    z.object({
      type: z.literal('ImageCreated'),
      id: digest,
      json: z.string(),
      parent: digest.nullable(),
      builtLocally: z.boolean(),
      action: z.enum(['import', 'commit', 'load', 'build']),
    }),
    z.object({ type: z.literal('ImageTagged'), id: digest, ref: z.string(), quiet: z.literal(true).optional() }),
    z.object({ type: z.literal('ImageUntagged'), id: digest, ref: z.string() }),
    z.object({ type: z.literal('ImageDeleted'), id: digest }),
    z.object({ type: z.literal('ImageParentSet'), id: digest, parent: digest }),
    z.object({ type: z.literal('ImageSaved'), id: digest }),
    z.object({ type: z.literal('ImageLoaded'), id: digest }),
    z.object({
      type: z.literal('ContainerCreated'),
      id,
      name: z.string(),
      path: z.string(),
      args: strings,
      config,
      hostConfig,
      image: digest.or(z.literal('')),
      imageRef: z.string(),
    }),
    z.object({
      type: z.literal('ContainerStarted'),
      id,
      pid: z.number().int(),
      restart: z.boolean(),
      lastPid: z.number().int().optional(),
      user: z.object({ uid: z.number().int(), gid: z.number().int(), groups: z.array(z.number().int()), home: z.string() }).optional(),
    }),
    z.object({ type: z.literal('ContainerStartFailed'), id, exitCode: z.number().int(), error: z.string() }),
    z.object({ type: z.literal('ContainerFsChanged'), id, set: entries, removed: strings }),
    z.object({ type: z.literal('ContainerOutput'), id, output: z.array(output) }),
    z.object({ type: z.literal('ContainerProcessBlocked'), id, state: z.unknown(), wakeAt: z.number().nullable() }),
    z.object({ type: z.literal('ContainerKilled'), id, signal: z.number().int(), restartKept: z.literal(true).optional() }),
    z.object({ type: z.literal('ContainerDied'), id, exitCode: z.number().int(), error: z.string().optional() }),
    z.object({ type: z.literal('ContainerStopped'), id, kill: z.literal(true).optional() }),
    z.object({ type: z.literal('ContainerRestarting'), id, wakeAt: z.number(), delay: z.number() }),
    z.object({ type: z.literal('ContainerRestarted'), id }),
    z.object({ type: z.literal('ContainerPaused'), id }),
    z.object({ type: z.literal('ContainerUnpaused'), id }),
    z.object({ type: z.literal('ContainerRenamed'), id, name: z.string() }),
    z.object({ type: z.literal('ContainerUpdated'), id, restartPolicy: restartPolicy.optional() }),
    z.object({ type: z.literal('ContainerCommitted'), id, image: digest }),
    z.object({ type: z.literal('ContainerExported'), id }),
    z.object({ type: z.literal('ContainerProcessesListed'), id }),
    z.object({ type: z.literal('ContainerPathArchived'), id }),
    z.object({ type: z.literal('ContainerArchiveExtracted'), id }),
    z.object({ type: z.literal('ContainerAttached'), id }),
    z.object({ type: z.literal('Pruned'), what: z.enum(['container', 'image', 'network', 'builder']), reclaimed: z.number().int().nonnegative() }),
    z.object({ type: z.literal('ContainerDestroyed'), id }),
    z.object({ type: z.literal('ExecStarted'), id, execId: id, argv: strings }),
    z.object({ type: z.literal('ExecDied'), id, execId: id, exitCode: z.number().int() }),
  ]);

  const lineSchema = z
    .object({ seq: z.number().int().positive(), at: z.number(), event: z.unknown(), sum: z.string().regex(/^[a-f0-9]{16}$/) })
    .strict();
  return { eventSchema, lineSchema };
}

let built: ReturnType<typeof build> | undefined;
export const schemas = (): ReturnType<typeof build> => (built ??= build((createRequire(import.meta.url)('zod') as typeof import('zod')).z));

/** Why an event may not be appended (it does not match its schema), or null. Run once per event, at append. */
export function invalidEvent(event: unknown): string | null {
  const ev = schemas().eventSchema.safeParse(event);
  return ev.success ? null : ev.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}
