/**
 * A moto server with the fault proxy in front of it, for one test file: started before its tests,
 * stopped after them, and before each test moto is emptied and the proxy passes everything through
 * with its call log cleared.
 */
import { before, after, beforeEach } from 'node:test';
import { startMoto, type Moto } from './moto.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

export interface MotoSuite {
  moto: Moto;
  proxy: FaultProxy;
}

export function motoWithProxy(): MotoSuite {
  const suite = {} as MotoSuite;
  before(async () => {
    suite.moto = await startMoto();
    suite.proxy = await startFaultProxy(suite.moto.endpoint);
  });
  after(async () => {
    await suite.proxy?.stop();
    await suite.moto?.stop();
  });
  beforeEach(async () => {
    await suite.moto.reset();
    suite.proxy.rule = () => null;
    suite.proxy.calls.length = 0;
  });
  return suite;
}
