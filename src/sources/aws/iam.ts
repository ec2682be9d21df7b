/**
 * IAM once per account: GetAccountAuthorizationDetails (pages merged), the credential report
 * (generate, poll, get), password policy (NoSuchEntity = none), account summary, virtual MFA
 * devices. Each call that fails is one error; what the others returned is still normalized.
 */
import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import type { InputError } from '../../model/resource.js';
import type { IamInputs } from './normalize/index.js';
import type { AwsClients } from './clients.js';
import { describeAwsError } from './clients.js';
import { gap } from './config.js';

export const MAX_IAM_PAGES = 500;
/** Polls of GenerateCredentialReport before giving up. */
export const REPORT_POLLS = 20;

const IAM_REGION = 'us-east-1';

type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function fetchIam(clients: AwsClients, account: string, wait: Sleep = sleep): Promise<{ inputs: IamInputs; errors: InputError[] }> {
  const where = { account, region: 'global' };
  const errors: InputError[] = [];
  const inputs: IamInputs = {};
  const send = <O>(cmd: object) => clients.send<'iam', O>('iam', IAM_REGION, cmd);

  // Authorization details, pages merged.
  try {
    const merged = { UserDetailList: [] as unknown[], GroupDetailList: [] as unknown[], RoleDetailList: [] as unknown[], Policies: [] as unknown[] };
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await send<{ UserDetailList?: unknown[]; GroupDetailList?: unknown[]; RoleDetailList?: unknown[]; Policies?: unknown[]; IsTruncated?: boolean; Marker?: string }>(
        new GetAccountAuthorizationDetailsCommand({ MaxItems: 1000, ...(marker ? { Marker: marker } : {}) }),
      );
      merged.UserDetailList.push(...(page.UserDetailList ?? []));
      merged.GroupDetailList.push(...(page.GroupDetailList ?? []));
      merged.RoleDetailList.push(...(page.RoleDetailList ?? []));
      // As returned: a missing PolicyName (moto) is filled in by normalizeIam.
      merged.Policies.push(...(page.Policies ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
      pages++;
    } while (marker && pages < MAX_IAM_PAGES);
    if (marker) errors.push(gap(where, `IAM authorization details: more than ${MAX_IAM_PAGES} pages; the rest were not read`));
    inputs.authorizationDetails = merged;
  } catch (err) {
    errors.push(gap(where, `IAM GetAccountAuthorizationDetails: ${describeAwsError(err)}`));
  }

  // Credential report: generate, poll until COMPLETE, get.
  try {
    let state: string | undefined;
    for (let i = 0; i < REPORT_POLLS && state !== 'COMPLETE'; i++) {
      const g = await send<{ State?: string }>(new GenerateCredentialReportCommand({}));
      state = g.State;
      if (state !== 'COMPLETE') await wait(Math.min(500 * 2 ** i, 5000));
    }
    if (state !== 'COMPLETE') errors.push(gap(where, `IAM credential report: still ${state ?? 'not started'} after ${REPORT_POLLS} polls; MFA and access key checks were not made`));
    else {
      const r = await send<{ Content?: Uint8Array; GeneratedTime?: Date }>(new GetCredentialReportCommand({}));
      inputs.credentialReportCsv = r.Content ? Buffer.from(r.Content).toString('utf8') : '';
      if (r.GeneratedTime) inputs.credentialReportGeneratedAt = r.GeneratedTime.toISOString();
    }
  } catch (err) {
    errors.push(gap(where, `IAM credential report: ${describeAwsError(err)}`));
  }

  try {
    const p = await send<{ PasswordPolicy?: unknown }>(new GetAccountPasswordPolicyCommand({}));
    inputs.passwordPolicy = p.PasswordPolicy ?? null;
  } catch (err) {
    if ((err as { name?: string }).name === 'NoSuchEntityException' || (err as { name?: string }).name === 'NoSuchEntity') inputs.passwordPolicy = null;
    else errors.push(gap(where, `IAM GetAccountPasswordPolicy: ${describeAwsError(err)}`));
  }

  try {
    const s = await send<{ SummaryMap?: unknown }>(new GetAccountSummaryCommand({}));
    inputs.accountSummary = s.SummaryMap ?? {};
  } catch (err) {
    errors.push(gap(where, `IAM GetAccountSummary: ${describeAwsError(err)}`));
  }

  try {
    const devices: unknown[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await send<{ VirtualMFADevices?: unknown[]; IsTruncated?: boolean; Marker?: string }>(new ListVirtualMFADevicesCommand({ ...(marker ? { Marker: marker } : {}) }));
      devices.push(...(page.VirtualMFADevices ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
      pages++;
    } while (marker && pages < MAX_IAM_PAGES);
    inputs.virtualMfaDevices = devices;
  } catch (err) {
    errors.push(gap(where, `IAM ListVirtualMFADevices: ${describeAwsError(err)}`));
  }
  return { inputs, errors };
}
