import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { projectRoot } from '../../src/projectRoot.js';

/** Starts a TypeScript entry point of the project in its own Node process. */
export function startNode(entry: string, args: string[], env: NodeJS.ProcessEnv, output: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: projectRoot, env, stdio: ['ignore', output, output] });
}

/** Resolves once `url` answers a GraphQL POST with 200, or rejects after the deadline or when the process exits. */
export async function waitForGraphql(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Peak resident memory of a process so far (VmHWM), in MiB; NaN once it is gone. */
export function peakResidentMiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
