import type { EnvironmentVariable, Maybe } from './common.js';

/**
 * One container definition of a task definition. `privileged`, `user` and `read_only` mean what
 * they mean for a Compose service, so policies/lib/container.rego judges both.
 */
export interface EcsContainer {
  name: Maybe<string> | null;
  image: Maybe<string> | null;
  /** Privileged, default false. */
  privileged: Maybe<boolean>;
  /** User as written; null when not set (the image's user: root unless the image switches). */
  user: Maybe<string> | null;
  /** ReadonlyRootFilesystem, default false. */
  read_only: Maybe<boolean>;
  /** Environment entries by name (values judged as Lambda's are; secrets never kept). */
  environment: Record<string, EnvironmentVariable>;
  /** LogConfiguration.LogDriver; null when the container has no log configuration. */
  log_driver: Maybe<string> | null;
}

/** AWS::ECS::TaskDefinition. */
export interface EcsTaskDefinition {
  /** NetworkMode as written; null when not set (`bridge` on EC2, Fargate requires `awsvpc`). */
  network_mode: Maybe<string> | null;
  /** PidMode: `host`, `task`, or null (each container its own). */
  pid_mode: Maybe<string> | null;
  containers: EcsContainer[];
}

/** AWS::ECS::Cluster. */
export interface EcsCluster {
  /**
   * The `containerInsights` cluster setting: `enabled`, `enhanced`, `disabled`, or null when not
   * set (the account's default, off unless the account turned it on).
   */
  container_insights: Maybe<string> | null;
}

/** AWS::ECS::Service. */
export interface EcsService {
  /** AwsvpcConfiguration.AssignPublicIp is ENABLED (default DISABLED). */
  assign_public_ip: Maybe<boolean>;
}
