/** ECS task definitions (their container definitions), clusters and services. */
import type { EcsCluster, EcsContainer, EcsService, EcsTaskDefinition, EnvironmentVariable, Maybe } from '../../../model/aws/index.js';
import type { Unknown } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/resource.js';
import type { Fields, Loose } from '../fields.js';
import { environmentVariable } from '../secrets.js';
import type { Norm } from './context.js';

function container(n: Norm, c: Fields): Loose<EcsContainer> | Unknown {
  if (!c.isMap) return c.unknownValue ?? unknown('not a mapping');
  return {
    name: c.str('name', 'Name'),
    image: c.str('image', 'Image'),
    privileged: c.bool('privileged', 'Privileged', false),
    user: c.str('user', 'User'),
    read_only: c.bool('read_only', 'ReadonlyRootFilesystem', false),
    environment: environment(n, c),
    log_driver: c.raw('LogConfiguration') === undefined ? null : c.inner('LogConfiguration').str('log_driver', 'LogDriver') ?? unknown('the LogConfiguration has no LogDriver'),
  };
}

/** `Environment: [{Name, Value}]` by name; each value points at its `Value` line. */
function environment(n: Norm, c: Fields): Record<string, Loose<EnvironmentVariable>> | Unknown {
  const out: Record<string, Loose<EnvironmentVariable>> = {};
  const raw = c.raw('Environment');
  if (isUnknown(raw)) return raw;
  for (const e of c.items('environment', 'Environment')) {
    const name = e.raw('Name');
    if (!e.isMap || typeof name !== 'string') continue;
    const value = e.str('', 'Value');
    c.note(`environment.${name}`, e.raw('Value') === undefined ? e.self : e.span('Value'));
    out[name] = environmentVariable(name, value, n.isRef);
  }
  return out;
}

export function ecsTaskDefinition(n: Norm): Loose<EcsTaskDefinition> {
  const p = n.props;
  return {
    network_mode: p.str('network_mode', 'NetworkMode'),
    pid_mode: p.str('pid_mode', 'PidMode'),
    containers: p.items('containers', 'ContainerDefinitions').map((c) => container(n, c)),
  };
}

export function ecsCluster(n: Norm): Loose<EcsCluster> {
  let insights: Maybe<string> | null = null;
  for (const s of n.props.items('cluster_settings', 'ClusterSettings')) {
    if (!s.isMap) insights ??= s.unknownValue ?? null;
    else if (s.raw('Name') === 'containerInsights') {
      insights = s.str('', 'Value') ?? unknown('the setting has no Value');
      n.props.note('container_insights', s.span('Value'));
    } else if (isUnknown(s.raw('Name'))) insights ??= s.raw('Name') as Unknown;
  }
  return { container_insights: insights };
}

export function ecsService(n: Norm): Loose<EcsService> {
  const vpc = n.props.inner('NetworkConfiguration').inner('AwsvpcConfiguration');
  const assign = vpc.str('assign_public_ip', 'AssignPublicIp', 'DISABLED');
  return { assign_public_ip: typeof assign === 'string' ? assign.toUpperCase() === 'ENABLED' : assign };
}
