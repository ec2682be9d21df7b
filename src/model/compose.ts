/**
 * The normalized shape of a Compose service (`type: "compose.service"`), as policies see it in
 * `properties`. The loader fills it from the fully merged, interpolated project; every field is
 * present (empty list, null or false rather than missing) so rules can test values directly.
 * Labels go to the resource's `tags`.
 *
 * Secret values never reach this model: an environment entry keeps its name, what the loader
 * concluded about the value, and the marker REDACTED.
 */

export const REDACTED = '***REDACTED***';

export interface ComposePort {
  /** null when published on every interface. */
  host_ip: string | null;
  /** Host port or range as written ("5432", "8000-8010"); null when not published. */
  published: string | null;
  /** Container port (number, or range as written). */
  target: number | string;
  protocol: string;
}

export interface ComposeVolume {
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image';
  /** Host path (bind, made absolute-looking as written) or volume name; null for anonymous. */
  source: string | null;
  target: string;
  read_only: boolean;
  /**
   * Set when a named volume binds a host path through the local driver (`driver_opts: { o: bind,
   * device: /path }`): the entry is then a `bind` of `device`, and this names the volume.
   */
  named_volume?: string;
  /** Mount propagation of a bind (`rshared`, `slave`...), when one is given. */
  propagation?: string;
}

export interface ComposeEnvVar {
  /** The value as written, or REDACTED when it is (or may be) a secret. */
  value: string | null;
  /** The name looks like a secret (PASSWORD, SECRET, TOKEN, API_KEY, ...). */
  secret_name: boolean;
  /** What the value looks like, when it looks like a secret whatever its name. */
  secret_value: null | 'aws-access-key-id' | 'aws-secret-access-key' | 'private-key' | 'url-credentials' | 'token';
  /** The value is empty or absent (`FOO=` or `FOO`). */
  empty: boolean;
  /** A known default credential (postgres, minioadmin, admin, changeme, ...). */
  default_credential: boolean;
  /** Shorter than 12 characters or a dictionary word; only set for secret_name entries. */
  weak: boolean;
  /** The value came from `${VAR}` interpolation (the secret then lives outside the file). */
  interpolated: boolean;
  /** The name ends in _FILE: the value is a path to a secret file, which is the right way. */
  file_reference: boolean;
  /** For URL values: scheme and whether it carries user:password. */
  url: null | { scheme: string; has_credentials: boolean; host: string };
  /**
   * Written without a value (`- FOO`, `FOO:`): Compose passes the variable through from the
   * environment at run time (then `empty` and `interpolated` are true, `value` is null).
   */
  pass_through: boolean;
  /** The env_file the entry came from (its path from the working directory); null for `environment`. */
  env_file: string | null;
}

export interface ComposeServiceProperties {
  image: string | null;
  /** Image repository without registry, tag or digest, lower-case: `postgres`, `bitnami/redis`. */
  image_name: string | null;
  image_tag: string | null;
  image_digest: string | null;
  build: boolean;
  privileged: boolean;
  user: string | null;
  read_only: boolean;
  network_mode: string | null;
  pid: string | null;
  ipc: string | null;
  uts: string | null;
  userns_mode: string | null;
  /** `cgroup: host` or `private`, as written. */
  cgroup: string | null;
  /** Upper-case, without the CAP_ prefix. */
  cap_add: string[];
  cap_drop: string[];
  security_opt: string[];
  ports: ComposePort[];
  volumes: ComposeVolume[];
  environment: Record<string, ComposeEnvVar>;
  /** Secrets granted to the service (`secrets:`), by source name. */
  secrets: string[];
  /** Command and entrypoint as argument lists, secret arguments REDACTED. */
  command: string[];
  entrypoint: string[];
  /**
   * Passwords written literally on the command line (`--requirepass x`, `--masterauth=x`,
   * `--password x`), judged before redaction; the value itself is never kept. `index` is the
   * argument of `command` that holds it. Absent when there are none.
   */
  command_passwords?: Array<{ index: number; flag: string; weak: boolean; default_credential: boolean }>;
  healthcheck: null | { disable: boolean; test: string[] };
  restart: string | null;
  restart_policy: null | { condition: string };
  depends_on: Record<string, { condition: string; required: boolean }>;
  /** Networks joined, with what the project says of them. */
  networks: Array<{ name: string; internal: boolean; external: boolean }>;
  logging: null | { driver: string; options: Record<string, string> };
  /** `pids` from `deploy.resources.limits.pids` or `pids_limit`. */
  limits: { memory: string | null; cpus: string | null; pids: string | null };
  profiles: string[];
  /** Paths of the files this service's definition came from (after merge/extends/include). */
  files: string[];
}
