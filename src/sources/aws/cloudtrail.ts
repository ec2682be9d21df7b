/**
 * CloudTrail, once per account: DescribeTrails (with shadow trails, so a multi-region trail homed
 * in a region not scanned is still seen), then per trail GetTrailStatus and GetEventSelectors in
 * its home region. The trails feed the account's multi-region-logging resource and the status of
 * each trail Config recorded (Config's trail item has no logging status). A trail whose status or
 * selectors cannot be read is a gap naming it; the others still count.
 */
import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import type { InputError, Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/resource.js';
import type { AwsClients } from './clients.js';
import { describeAwsError } from './clients.js';
import { gap } from './config.js';

/** DescribeTrails' trail with `Status` (GetTrailStatus) and its event selectors beside its own fields. */
export interface TrailRead {
  Name?: string;
  TrailARN?: string;
  HomeRegion?: string;
  IsMultiRegionTrail?: boolean;
  Status?: { IsLogging?: boolean };
  EventSelectors?: unknown[];
  AdvancedEventSelectors?: unknown[];
  [key: string]: unknown;
}

export interface TrailsRead {
  /** Undefined when DescribeTrails itself failed: the account's trail facts stay unknown. */
  trails: TrailRead[] | undefined;
  errors: InputError[];
}

export async function fetchTrails(clients: AwsClients, account: string, region: string): Promise<TrailsRead> {
  const errors: InputError[] = [];
  let list: TrailRead[];
  try {
    const out = await clients.send<'cloudtrail', { trailList?: TrailRead[] }>('cloudtrail', region, new DescribeTrailsCommand({ includeShadowTrails: true }));
    list = out.trailList ?? [];
  } catch (err) {
    errors.push(gap({ account, region }, `CloudTrail DescribeTrails: ${describeAwsError(err)}; trail status and multi-region logging are unknown`));
    return { trails: undefined, errors };
  }
  // A multi-region trail is listed once per region as a shadow; keep one per ARN.
  const seen = new Set<string>();
  const unique = list.filter((t) => {
    const key = t.TrailARN ?? t.Name ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const trails = await Promise.all(
    unique.map(async (t): Promise<TrailRead> => {
      const name = t.TrailARN ?? t.Name;
      if (!name) return t;
      const home = t.HomeRegion ?? region;
      const where = { account, region: home };
      const out: TrailRead = { ...t };
      try {
        const s = await clients.send<'cloudtrail', { IsLogging?: boolean }>('cloudtrail', home, new GetTrailStatusCommand({ Name: name }));
        out.Status = { ...(typeof s.IsLogging === 'boolean' ? { IsLogging: s.IsLogging } : {}) };
      } catch (err) {
        errors.push(gap(where, `CloudTrail GetTrailStatus ${name}: ${describeAwsError(err)}; its logging status is unknown`));
      }
      try {
        const e = await clients.send<'cloudtrail', { EventSelectors?: unknown[]; AdvancedEventSelectors?: unknown[] }>('cloudtrail', home, new GetEventSelectorsCommand({ TrailName: name }));
        if (e.EventSelectors) out.EventSelectors = e.EventSelectors;
        if (e.AdvancedEventSelectors) out.AdvancedEventSelectors = e.AdvancedEventSelectors;
      } catch (err) {
        errors.push(gap(where, `CloudTrail GetEventSelectors ${name}: ${describeAwsError(err)}`));
      }
      return out;
    }),
  );
  return { trails, errors };
}

/** TrailARN -> IsLogging, for the trails whose status was read. */
export function trailStatusByArn(trails: TrailRead[] | undefined): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const t of trails ?? []) if (t.TrailARN && typeof t.Status?.IsLogging === 'boolean') out.set(t.TrailARN, t.Status.IsLogging);
  return out;
}

/** Config's trail items carry no logging status: fill it from GetTrailStatus where Config left it unknown. */
export function fillTrailStatus(resources: Resource[], logging: Map<string, boolean>): void {
  if (logging.size === 0) return;
  for (const r of resources) {
    const arn = r.provenance.kind === 'cloud' ? r.provenance.arn : undefined;
    if (r.type === 'aws.cloudtrail.trail' && arn && logging.has(arn) && isUnknown(r.properties.is_logging)) r.properties.is_logging = logging.get(arn);
  }
}
