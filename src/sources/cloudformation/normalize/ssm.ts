/** AWS::SSM::Parameter. */
import type { SsmParameter } from '../../../model/aws/index.js';
import { environmentVariable } from '../secrets.js';
import type { Loose } from '../fields.js';
import type { Norm } from './context.js';

export function ssmParameter(n: Norm): Loose<SsmParameter> {
  const p = n.props;
  const name = p.str('name', 'Name');
  // `/app/db/password` is judged by `password`; without a Name, by the logical id.
  const key = typeof name === 'string' ? (name.split('/').filter((s) => s !== '').pop() ?? name) : n.id;
  return {
    name,
    parameter_type: p.str('parameter_type', 'Type', 'String'),
    value: environmentVariable(key, p.str('value', 'Value'), (s) => n.isRef(s)),
  };
}
