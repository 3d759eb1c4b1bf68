// The browser half of bench/run.sh. Usage: node browser.mjs BASE_URL ADMIN_EMAIL ADMIN_PASSWORD
// Prints one JSON object: live-board latencies and managed heap per circuit (wizard vs. home page).
import { chromium } from 'playwright-core';

const [base, adminEmail, adminPassword] = process.argv.slice(2);
// WARMUP and BOARDS_ONLY (skip the memory part) may be set in the environment for a profile of the board alone.
const BOARDS = 20, SUBMISSIONS = 10, CIRCUITS = 50, WARMUP = Number(process.env.WARMUP ?? 60);
const browser = await chromium.launch({
  executablePath: new URL('./chromium-niced.sh', import.meta.url).pathname, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const post = async (path) => (await fetch(base + path, { method: 'POST' })).json();
const heap = async () => (await (await fetch(base + '/bench/gc')).json()).heapBytes;

async function signedIn(email, password) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto('/account/sign-in');
  await page.fill('#identifier', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(u => !u.pathname.startsWith('/account/sign-in')), page.click('form button[type=submit]')]);
  return { context, page };
}

async function openInteractive(page, path) {
  await page.goto(path);
  await page.waitForSelector('#registry-interactive', { state: 'attached', timeout: 30000 });
}

// A surname of this run's own, so earlier runs' submissions never push the new rows off the first page.
const letters = 'абвгдежзиклмнопрстуфхәғқңөұүі';
const surname = 'Бенчмарк' + Array.from({ length: 6 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
const percentile = (values, q) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))]; };

// 1. Live board: 20 administrators watch /review; each submission's number must appear in every board.
const boards = [];
for (let i = 0; i < BOARDS; i++) {
  const { context, page } = await signedIn(adminEmail, adminPassword);
  await openInteractive(page, '/review');
  await page.evaluate(() => {
    window.__seen = {};
    new MutationObserver(() => {
      for (const a of document.querySelectorAll('[data-testid=board] tbody a')) {
        const n = a.textContent.trim();
        if (!(n in window.__seen)) window.__seen[n] = performance.timeOrigin + performance.now();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  boards.push({ context, page });
}
// Warm-up submissions, not counted: a fresh server spends its first minutes compiling (the JIT's tiers
// measured 0.5-1.4 s of compilation per second during a single-submission warm-up; after 15 warm-up submissions a
// quarter of the measured phase was still the JIT, issue #21), which a server that has been up for a day has long
// finished. Each is refused once every board shows it, so that it leaves the boards' first page (25 rows, oldest first)
// and the measured submissions are still on it however long the warm-up.
for (let w = 0; w < WARMUP; w++) {
  const { id, number } = await post('/bench/submit?surname=' + encodeURIComponent(surname));
  for (const { page } of boards) await page.waitForFunction(n => n in window.__seen, number, { timeout: 20000 });
  await post(`/bench/decide?id=${id}&kind=refuse`);
  // Gone from every board before the next, so the refusal's refreshes never fall into the measured phase.
  for (const { page } of boards) await page.waitForFunction(
    n => ![...document.querySelectorAll('[data-testid=board] tbody a')].some(a => a.textContent.trim() === n), number, { timeout: 20000 });
  await new Promise(r => setTimeout(r, 300));
}
const latencies = [], measured = [];
for (let s = 0; s < SUBMISSIONS; s++) {
  const { number, committedAtUnixMs } = await post('/bench/submit?surname=' + encodeURIComponent(surname));
  measured.push(number);
  for (const { page } of boards) {
    await page.waitForFunction(n => n in window.__seen, number, { timeout: 10000 });
    const seenAt = await page.evaluate(n => window.__seen[n], number);
    latencies.push(seenAt - committedAtUnixMs);
  }
  await new Promise(r => setTimeout(r, 300));
}
for (const { context } of boards) await context.close();

// 2. Memory per circuit: 50 wizard sessions, then 50 sessions of the home page (the shell and static text).
async function circuits(path, accounts) {
  const sessions = [];
  for (const email of accounts.emails) sessions.push(await signedIn(email, accounts.password));
  // Signing in lands on the (interactive) home page: leave it for a static page, so that no circuit of
  // these sessions exists when the heap is read before. Counting from the home page would measure the
  // wizard minus the home page, and the home page minus itself.
  for (const { page } of sessions) await page.goto('/register');
  await new Promise(r => setTimeout(r, 3000));
  const before = await heap();
  for (const { page } of sessions) await openInteractive(page, path);
  await new Promise(r => setTimeout(r, 2000));
  const after = await heap();
  for (const { context } of sessions) await context.close();
  await new Promise(r => setTimeout(r, 5000));
  return (after - before) / sessions.length;
}
let homePerCircuit = null, wizardPerCircuit = null;
if (!process.env.BOARDS_ONLY) {
  const wizardAccounts = await post(`/bench/applicants?count=${CIRCUITS}`);
  const homeAccounts = await post(`/bench/applicants?count=${CIRCUITS}`);
  // The trivial page first: a closed wizard circuit freed during the home page's window would hide its cost.
  homePerCircuit = await circuits('/', homeAccounts);
  wizardPerCircuit = await circuits('/apply/1', wizardAccounts);
}

await browser.close();
console.log(JSON.stringify({
  boards: BOARDS, submissions: SUBMISSIONS, warmup: WARMUP, samples: latencies.length, measured,
  latencyP50: percentile(latencies, 0.5), latencyP95: percentile(latencies, 0.95), latencyMax: Math.max(...latencies),
  circuits: CIRCUITS, wizardBytesPerCircuit: wizardPerCircuit, homeBytesPerCircuit: homePerCircuit,
}));
