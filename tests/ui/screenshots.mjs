// Screenshots of what Teams users see, taken in Microsoft 365 Agents Playground (a local Teams emulator).
// Needs: the bot running (`dotnet run --project bot`), Debian's chromium (/usr/bin/chromium), `npm install` here.
// Usage: node screenshots.mjs [message …]   → screenshots/<n>-<message>.png
// Never lets Playwright download a browser: it drives the system Chromium.
import { mkdir } from 'node:fs/promises';
import { launchChromium, startPlayground } from './playground.mjs';

const messages = process.argv.slice(2).length ? process.argv.slice(2) : ['Hilfe', 'Profil'];
const port = 56150;
const playground = await startPlayground(port, ['--dt']);

const browser = await launchChromium();
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
