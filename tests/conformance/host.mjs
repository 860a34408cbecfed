// Starts the test host (the real KitaBot with a test bot, tests/KitaBot.TestHost) on a free loopback port.
// KITABOT_TEST_HOST_DLL points at its build; without it the Release build, then the Debug build, is used.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SIGNING_KEY = 'kitabot-test-signing-key-not-for-production-0123456789';

function hostDll() {
  const candidates = [
    process.env.KITABOT_TEST_HOST_DLL,
    join(root, 'tests/KitaBot.TestHost/bin/Release/net10.0/KitaBot.TestHost.dll'),
    join(root, 'tests/KitaBot.TestHost/bin/Debug/net10.0/KitaBot.TestHost.dll'),
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(`Build tests/KitaBot.TestHost first; looked for ${candidates.join(', ')}`);
  }

  return found;
}

/** Starts the host; resolves with { url, stop } once it listens. Extra args become configuration. */
export function startHost(args = []) {
  const child = spawn('dotnet', [hostDll(), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The test host did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`The test host exited with ${code}`)));
    lines.on('line', (line) => {
      const match = /^KITABOT_TEST_HOST_URL=(.+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1].replace(/\/$/, ''),
          stop: () => new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', done);
            child.stdin.end(); // the host stops when its standard input closes
          }),
        });
      }
    });
  });
}
