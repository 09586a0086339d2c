// Records a conversation in Microsoft 365 Agents Playground (a local Teams emulator) as a Markdown transcript with
// screenshots: `Profil`, then a guideline question while the profile card is open (answered, the card stays
// valid), then the card filled in and saved. Shows issue 12's interruption rule as a Teams user sees it.
// Needs: the bot running on a fresh database (`Database__SqlitePath=/tmp/ui.db dotnet run --project bot`), Debian's chromium (/usr/bin/chromium), `npm install` here.
// Usage: node transcript.mjs  → transcripts/profil-frage-formular.playground.md and .png files beside it.
// Never lets Playwright download a browser: it drives the system Chromium.
import { writeFile } from 'node:fs/promises';
import { launchChromium, startPlayground } from './playground.mjs';

const port = 56152;
const out = 'transcripts/profil-frage-formular.playground';
const playground = await startPlayground(port);

const browser = await launchChromium();
const lines = ['# Microsoft 365 Agents Playground (msteams): Profil, a guideline question, the form saved', '',
  'Recorded with `node tests/ui/transcript.mjs` against `dotnet run --project bot`. Each step: what the user did,',
  'then the new text on the screen (the Playground\'s rendering of the bot\'s messages and cards).', ''];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(20000);
  await page.goto(`http://localhost:${port}`, { waitUntil: 'networkidle' });
  // The Playground installs the bot first; the welcome shows that the bot answered (start the bot on a fresh database).
  await page.getByText('Willkommen bei NrwBot').first().waitFor({ timeout: 30000 });
  // Every message (the user's and the bot's) has a header; its parent holds the whole message as rendered.
  const messages = () => page.$$eval('[aria-label="Message header"]', (headers) => headers.map((header) => header.parentElement.innerText));
  let seen = (await messages()).length;

  async function step(title, act, waitFor, shot) {
    await act();
    await waitFor().last().waitFor({ timeout: 30000 });
    await page.waitForTimeout(1500);
    const now = await messages();
    const added = now.slice(seen).map((message) => message.replace(/\n{3,}/g, '\n\n').trim());
    seen = now.length;
    lines.push(`## ${title}`, '', '```text', added.join('\n\n----\n\n'), '```', '');
    if (shot) {
      await page.screenshot({ path: `${out}-${shot}.png` });
      lines.push(`![${title}](profil-frage-formular.playground-${shot}.png)`, '');
    }
  }

  const send = (text) => async () => {
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
  };

  await step('User: `Profil`', send('Profil'), () => page.locator('[aria-label="Rolle wählen"]'), '1-profil');
  await step('User (the profile card stays open): `Wann ist der Verwendungsnachweis fällig?`',
    send('Wann ist der Verwendungsnachweis fällig?'), () => page.getByText('Bestandteile'), '2-frage');
  await step('User fills the profile card above (Kreis Düren, Fachkraft) and clicks „Speichern“', async () => {
    await page.locator('[aria-label="Kreis oder Stadt wählen"]').last().click();
    await page.getByRole('option', { name: 'Kreis Düren', exact: true }).click();
    await page.locator('[aria-label="Rolle wählen"]').last().click();
    await page.getByRole('option', { name: /Fachkraft/ }).first().click();
    // The last choice list may still be closing; wait until no list covers the button.
    await page.getByRole('listbox').waitFor({ state: 'hidden' }).catch(() => {});
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Speichern' }).last().click();
  }, () => page.getByText('ich habe Ihr Profil gespeichert'), '3-gespeichert');
  await writeFile(`${out}.md`, lines.join('\n'));
} catch (error) {
  const [page] = browser.contexts()[0]?.pages() ?? [];
  if (page) await page.screenshot({ path: '/tmp/transcript-failure.png' });
  throw error;
} finally {
  await browser.close();
  playground.kill();
}
