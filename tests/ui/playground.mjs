// Starts Microsoft 365 Agents Playground against the local bot and Debian's headless Chromium: shared by
// screenshots.mjs and transcript.mjs. Never lets Playwright download a browser: it drives /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Starts the Playground on `port` (Teams channel, the bot on localhost:3978) and resolves once it listens. */
export async function startPlayground(port, extraArgs = []) {
  const playground = spawn('npx', ['agentsplayground', '-e', 'http://localhost:3978/api/messages', '-c', 'msteams', '-p', String(port), ...extraArgs],
    { env: { ...process.env, BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => playground.stdout.on('data', (chunk) => { if (String(chunk).includes(String(port))) resolve(); }));
  return playground;
}

/** Debian's Chromium, headless, without its background network traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
