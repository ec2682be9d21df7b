/**
 * A moto server for one test file, optionally with the fault proxy in front of it: started before
 * the file's tests, stopped after them; before each test moto is emptied and the proxy passes
 * everything through with its call log cleared.
 */
import { before, after, beforeEach } from 'node:test';
import { startMoto, type Moto } from './moto.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

export interface MotoSuite {
  moto: Moto;
  proxy: FaultProxy;
}

export function freshMoto(): { moto: Moto } {
  return mount(false);
}

export function motoWithProxy(): MotoSuite {
  return mount(true);
}

function mount(withProxy: boolean): MotoSuite {
  const suite = {} as MotoSuite;
  // One hook of each kind, so moto is up before the proxy that points at it.
  before(async () => {
    suite.moto = await startMoto();
    if (withProxy) suite.proxy = await startFaultProxy(suite.moto.endpoint);
  });
  after(async () => {
    await suite.proxy?.stop();
    await suite.moto?.stop();
  });
  beforeEach(async () => {
    await suite.moto.reset();
    if (!withProxy) return;
    suite.proxy.rule = () => null;
    suite.proxy.calls.length = 0;
  });
  return suite;
}
