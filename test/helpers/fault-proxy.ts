/**
 * A fault-injecting HTTP proxy in front of moto (127.0.0.1 only): each request is described
 * (service, region and operation from the SigV4 scope and headers) and a rule may answer it with
 * a fault instead of forwarding it.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  service: string;
  region: string;
  /** The JSON protocol's X-Amz-Target operation, or the query protocol's Action. */
  operation: string;
  n: number;
  /** The request body (JSON protocol: the operation's input). */
  body: string;
}

export type Fault =
  | { kind: 'deny' }
  | { kind: 'throttle' }
  | { kind: 'expired' }
  | { kind: 'hang' }
  | { kind: 'truncate' }
  /** Answer 200 with this JSON body (an operation moto lacks, in the documented response shape). */
  | { kind: 'answer'; body: unknown };

export interface FaultProxy {
  endpoint: string;
  calls: Call[];
  rule: (call: Call) => Fault | null;
  stop(): Promise<void>;
}

function describe(req: IncomingMessage, body: Buffer, n: number): Call {
  const auth = String(req.headers.authorization ?? '');
  const m = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(auth);
  const target = String(req.headers['x-amz-target'] ?? '');
  const action = /(?:^|&)Action=([^&]+)/.exec(body.toString('utf8'))?.[1] ?? '';
  return { region: m?.[1] ?? '', service: m?.[2] ?? '', operation: target ? target.slice(target.indexOf('.') + 1) : action, n, body: body.toString('utf8') };
}

function sendFault(res: ServerResponse, call: Call, fault: Fault): void {
  const json = call.service === 'config';
  const [status, code, message] =
    fault.kind === 'deny' ? [403, json ? 'AccessDeniedException' : 'AccessDenied', `not authorized to perform ${call.operation} in ${call.region}`]
    : fault.kind === 'throttle' ? [400, 'ThrottlingException', 'Rate exceeded']
    : [403, 'ExpiredTokenException', 'The security token included in the request is expired'];
  if (json) {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code });
    res.end(JSON.stringify({ __type: code, message }));
  } else {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>1</RequestId></ErrorResponse>`);
  }
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const hung = new Set<ServerResponse>();
  const proxy: FaultProxy = { endpoint: '', calls: [], rule: () => null, stop: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const call = describe(req, body, proxy.calls.length + 1);
      proxy.calls.push(call);
      const fault = proxy.rule(call);
      if (fault?.kind === 'hang') {
        hung.add(res);
        return;
      }
      if (fault?.kind === 'answer') {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(fault.body));
        return;
      }
      if (fault && fault.kind !== 'truncate') return sendFault(res, call, fault);
      const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        const parts: Buffer[] = [];
        upRes.on('data', (c: Buffer) => parts.push(c));
        upRes.on('end', () => {
          let out = Buffer.concat(parts);
          const headers = { ...upRes.headers };
          if (fault?.kind === 'truncate') {
            out = out.subarray(0, Math.floor(out.length / 2));
            headers['content-length'] = String(out.length);
          }
          res.writeHead(upRes.statusCode ?? 502, headers);
          res.end(out);
        });
      });
      up.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () =>
    new Promise<void>((r) => {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      server.close(() => r());
    });
  return proxy;
}
