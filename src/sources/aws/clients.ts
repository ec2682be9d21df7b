/**
 * The one place AWS SDK clients are made: region, credentials (the SDK's default chain, a named
 * profile, or an assumed role), AWS_ENDPOINT_URL (the SDK reads it itself), adaptive retries with
 * backoff on throttling, a timeout per call, and bounded concurrency per service and region.
 */
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { EC2Client } from '@aws-sdk/client-ec2';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { Readable } from 'node:stream';

/** Config's item timestamps, epoch seconds in the API. */
const CONFIG_TIMES = /"(configurationItemCaptureTime|resourceCreationTime)"\s*:\s*"([^"\\]{1,64})"/g;

/**
 * Some Config endpoints (moto among them) write item timestamps as ISO text where the API says
 * epoch seconds; the SDK then fails the whole batch ("Expected real number"). Rewrite those two
 * fields to numbers before the SDK reads the body, so one odd field costs nothing.
 */
function tolerateTextTimes(client: ConfigServiceClient): void {
  client.middlewareStack.addRelativeTo(
    ((next: (a: unknown) => Promise<{ response: unknown }>) => async (args: unknown) => {
      const out = await next(args);
      const res = out.response as { body?: unknown; headers?: Record<string, string> };
      if (!(res.body instanceof Readable)) return out;
      const chunks: Buffer[] = [];
      for await (const c of res.body) chunks.push(Buffer.from(c as Uint8Array));
      const text = Buffer.concat(chunks).toString('utf8').replace(CONFIG_TIMES, (whole, key: string, value: string) => {
        const t = Date.parse(value.replace(' ', 'T'));
        return Number.isNaN(t) ? whole : `"${key}":${t / 1000}`;
      });
      res.body = Readable.from([Buffer.from(text, 'utf8')]);
      if (res.headers) delete res.headers['content-length'];
      return out;
    }) as never,
    { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'palisadeTolerateTextTimes' },
  );
}

/**
 * The SDK warns on every run under Node 20 that its releases after January 2027 need Node 22:
 * a notice about future SDK versions, not about this scan, and noise on every CI log. The SDK's
 * own switch for exactly that one notice is set (unless the user set it); every other process
 * warning still reaches stderr.
 */
export function quietNodeVersionNotice(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

export interface ClientSettings {
  profile?: string;
  /** Credentials of an assumed role; the default chain (or profile) when absent. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Per-call timeout in ms (connection and response). */
  timeoutMs?: number;
  maxAttempts?: number;
  /** Calls in flight per service and region. */
  concurrency?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_CONCURRENCY = 4;

/** A counting semaphore: at most `limit` tasks run at once. */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

type Service = 'config' | 'iam' | 'sts' | 'ec2' | 'cloudtrail';

export class AwsClients {
  private readonly clients = new Map<string, { send: (cmd: never) => Promise<unknown> }>();
  private readonly limiters = new Map<string, Limiter>();
  constructor(readonly settings: ClientSettings = {}) {}

  /** Same settings, other credentials (an assumed role). Limiters are per credentials set. */
  withCredentials(credentials: ClientSettings['credentials']): AwsClients {
    return new AwsClients({ ...this.settings, ...(credentials ? { credentials } : {}) });
  }

  private make(service: Service, region: string) {
    quietNodeVersionNotice();
    const timeout = this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const common = {
      region,
      retryMode: 'adaptive',
      maxAttempts: this.settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      requestHandler: new NodeHttpHandler({ connectionTimeout: timeout, requestTimeout: timeout, throwOnRequestTimeout: true }),
      ...(this.settings.profile ? { profile: this.settings.profile } : {}),
      ...(this.settings.credentials ? { credentials: this.settings.credentials } : {}),
    };
    switch (service) {
      case 'config': {
        const c = new ConfigServiceClient(common);
        tolerateTextTimes(c);
        return c;
      }
      case 'iam':
        return new IAMClient(common);
      case 'sts':
        return new STSClient(common);
      case 'ec2':
        return new EC2Client(common);
      case 'cloudtrail':
        return new CloudTrailClient(common);
    }
  }

  /** Sends one command through the service/region limiter. */
  async send<S extends Service, O>(service: S, region: string, command: object): Promise<O> {
    const key = `${service}|${region}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.make(service, region) as unknown as { send: (cmd: never) => Promise<unknown> };
      this.clients.set(key, client);
    }
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new Limiter(this.settings.concurrency ?? DEFAULT_CONCURRENCY);
      this.limiters.set(key, limiter);
    }
    const c = client;
    return limiter.run(() => c.send(command as never)) as Promise<O>;
  }

  destroy(): void {
    for (const c of this.clients.values()) (c as unknown as { destroy?: () => void }).destroy?.();
    this.clients.clear();
  }
}

/** One line for an SDK error: its name and message, never its request or credentials. */
export function describeAwsError(err: unknown): string {
  const e = err as { name?: string; message?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? e?.Code ?? 'Error';
  const status = e?.$metadata?.httpStatusCode;
  const message = String(e?.message ?? err).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ').slice(0, 300);
  return `${name}${status ? ` (HTTP ${status})` : ''}: ${message}`;
}
