/** The built CLI run asynchronously against a local endpoint (moto or the fault proxy), with dummy credentials only. */
import { spawn } from 'node:child_process';
import { CLI } from './cli.js';
import { MOTO_ENV } from './moto.js';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export function palisadeLive(args: string[], endpoint: string, cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...MOTO_ENV, AWS_ENDPOINT_URL: endpoint } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}
