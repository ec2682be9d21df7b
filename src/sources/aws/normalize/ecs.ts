/**
 * ECS Config items. AWS Config records ECS types in the CloudFormation shape (PascalCase,
 * `ContainerDefinitions[].Environment[{Name, Value}]`); keys are read without regard to case.
 */
import type { EcsCluster, EcsContainer, EcsService, EcsTaskDefinition } from '../../../model/aws/index.js';
import { AWS_TYPES } from '../../../model/aws/index.js';
import { unknown } from '../../../model/resource.js';
import { environmentVariable } from '../../cloudformation/secrets.js';
import type { ConfigItem } from './item.js';
import { bool, get, list, str } from './read.js';
import type { ConfigNormalization } from './services.js';

function container(c: unknown): EcsContainer {
  const environment: EcsContainer['environment'] = {};
  for (const e of list(get(c, 'Environment'))) {
    const name = get(e, 'Name');
    if (typeof name === 'string') environment[name] = environmentVariable(name, str(get(e, 'Value')), () => false) as EcsContainer['environment'][string];
  }
  const log = get(c, 'LogConfiguration');
  return {
    name: str(get(c, 'Name')),
    image: str(get(c, 'Image')),
    privileged: bool(get(c, 'Privileged'), false),
    user: str(get(c, 'User')),
    read_only: bool(get(c, 'ReadonlyRootFilesystem'), false),
    environment,
    log_driver: log === undefined || log === null ? null : (str(get(log, 'LogDriver')) ?? unknown('the log configuration has no LogDriver')),
  };
}

const taskDefinition = (item: ConfigItem): EcsTaskDefinition => ({
  network_mode: str(get(item.configuration, 'NetworkMode')),
  pid_mode: str(get(item.configuration, 'PidMode')),
  containers: list(get(item.configuration, 'ContainerDefinitions')).map(container),
});

function cluster(item: ConfigItem): EcsCluster {
  const setting = list(get(item.configuration, 'ClusterSettings')).find((s) => get(s, 'Name') === 'containerInsights');
  return { container_insights: setting === undefined ? null : str(get(setting, 'Value')) };
}

function service(item: ConfigItem): EcsService {
  const assign = str(get(get(get(item.configuration, 'NetworkConfiguration'), 'AwsvpcConfiguration'), 'AssignPublicIp')) ?? 'DISABLED';
  return { assign_public_ip: typeof assign === 'string' ? assign.toUpperCase() === 'ENABLED' : assign };
}

const one = <T extends object>(f: (item: ConfigItem) => T) => (item: ConfigItem) => [f(item)];

export const ECS_CONFIG_TYPES: Record<string, ConfigNormalization> = {
  'AWS::ECS::TaskDefinition': { type: AWS_TYPES['ecs.task_definition'], normalize: one(taskDefinition) },
  'AWS::ECS::Cluster': { type: AWS_TYPES['ecs.cluster'], normalize: one(cluster) },
  'AWS::ECS::Service': { type: AWS_TYPES['ecs.service'], normalize: one(service) },
};
