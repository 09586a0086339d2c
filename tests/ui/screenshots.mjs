// Screenshots of what Teams users see, taken in Microsoft 365 Agents Playground (a local Teams emulator).
// Needs: the bot running (`dotnet run --project bot`), Debian's chromium (/usr/bin/chromium), `npm install` here.
// Usage: node screenshots.mjs [message …]   → screenshots/<n>-<message>.png
// Never lets Playwright download a browser: it drives the system Chromium.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const messages = process.argv.slice(2).length ? process.argv.slice(2) : ['Hilfe', 'Profil'];
const port = 56150;
const playground = spawn('npx', ['agentsplayground', '-e', 'http://localhost:3978/api/messages', '-c', 'msteams', '-p', String(port), '--dt'],
  { env: { ...process.env, BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => playground.stdout.on('data', (chunk) => { if (String(chunk).includes(String(port))) resolve(); }));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://localhost:${port}`, { waitUntil: 'networkidle' });
  // The Playground installs the bot first; the welcome shows that the bot answered.
  await page.getByText('Willkommen bei NrwBot').first().waitFor({ timeout: 30000 }).catch(() => {});
  await mkdir('screenshots', { recursive: true });
  let index = 1;
  for (const message of messages) {
    const box = page.getByRole('textbox').last();
    await box.fill(message);
    await box.press('Enter');
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `screenshots/${index++}-${message.replace(/[^\p{L}\p{N}]+/gu, '_')}.png`, fullPage: true });
  }
} finally {
  await browser.close();
  playground.kill();
}
