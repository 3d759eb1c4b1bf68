// Wizard interaction latency with one browser (issue #21, point 4). Usage: node wizard.mjs BASE_URL
// An applicant of the benchmark's own (POST /bench/applicants) works the wizard in Kazakh while the page itself times,
// from the input event's own timestamp to the mutation that shows the answer:
//   choice     – a region picked in step 2's list, until the server's render marks that option selected;
//   next       – "Next" pressed on step 1, until step 2's title is in the heading;
//   validation – a date of birth in the future typed in step 1, until its error message is in the DOM.
// Prints one JSON object with each figure's samples, p50, p95 and max in milliseconds.
import { chromium } from 'playwright-core';

const [base] = process.argv.slice(2);
const SAMPLES = 30, WARMUP = 5;
const browser = await chromium.launch({
  executablePath: new URL('./chromium-niced.sh', import.meta.url).pathname, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const percentile = (values, q) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))]; };
const summary = (v) => ({ samples: v.length, p50: percentile(v, 0.5), p95: percentile(v, 0.95), max: Math.max(...v) });

const { emails, password } = await (await fetch(base + '/bench/applicants?count=1', { method: 'POST' })).json();
const context = await browser.newContext({ baseURL: base });
const page = await context.newPage();
await page.goto('/account/sign-in');
await page.fill('#identifier', emails[0]);
await page.fill('#password', password);
await Promise.all([page.waitForURL(u => !u.pathname.startsWith('/account/sign-in')), page.click('form button[type=submit]')]);

async function openStep(step) {
  await page.goto(`/apply/${step}`);
  await page.waitForSelector('#registry-interactive', { state: 'attached', timeout: 30000 });
  await page.waitForSelector('#step-title');
}

// Arms a timer in the page: it starts at the first `type` event on `selector` (the event's own timestamp) and stops at
// the first DOM mutation after which `done(arg)` holds. The conditions are written here, not sent as text: the page's
// Content-Security-Policy forbids eval.
async function arm(kind, arg) {
  await page.evaluate(([kind, arg]) => {
    const conditions = {
      choice: { type: 'change', selector: '#f-RegionId',
                done: v => document.querySelector(`#f-RegionId option[value="${v}"]`)?.selected === true
                           && document.querySelector('[data-testid=save-state]')?.className.includes('saved') === false },
      next: { type: 'click', selector: 'button, button *', done: () => document.querySelector('#step-title')?.textContent.trim() !== arg },
      validation: { type: 'change', selector: '#f-DateOfBirth', done: () => document.querySelector('.registry-date-error') !== null },
    };
    const { type, selector, done } = conditions[kind];
    window.__timing = new Promise((resolve) => {
      let started = null;
      const onEvent = (e) => { if (started === null && e.target.matches(selector)) started = e.timeStamp; };
      document.addEventListener(type, onEvent, true);
      const observer = new MutationObserver(() => {
        if (started !== null && done(arg)) {
          observer.disconnect();
          document.removeEventListener(type, onEvent, true);
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }, [kind, arg]);
}
const measured = () => page.evaluate(() => Promise.race([window.__timing, new Promise(r => setTimeout(() => r(null), 10000))]));

const results = { choice: [], next: [], validation: [] };

// A date of birth in the future, then a valid one again (not timed), SAMPLES + WARMUP times.
await openStep(1);
for (let i = 0; i < SAMPLES + WARMUP; i++) {
  await arm('validation');
  await page.fill('#f-DateOfBirth', '2099-01-0' + (1 + i % 9));
  const ms = await measured();
  if (ms === null) throw new Error('the date error never showed');
  if (i >= WARMUP) results.validation.push(ms);
  await page.fill('#f-DateOfBirth', '1990-05-15');
  await page.waitForSelector('.registry-date-error', { state: 'detached' });
}

// Step 1 complete (Next moves on only from a complete step), then "Next" from it, back by its address (not timed) each time.
const iin = (() => { // born 15 May 1990, a man: the check digit as the IIN's rule computes it (REFERENCE.md)
  const d = [9, 0, 0, 5, 1, 5, 3, 0, 0, 0, 7];
  const weigh = (w) => d.reduce((s, x, i) => s + x * w[i], 0) % 11;
  let c = weigh([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (c === 10) c = weigh([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return d.join('') + c;
})();
await page.fill('#f-Surname', 'Бенчмарков');
await page.fill('#f-GivenName', 'Нұрлан');
await page.fill('#f-Iin', iin);
await page.waitForSelector('[data-testid=save-state].registry-save-saved', { timeout: 10000 });
for (let i = 0; i < SAMPLES + WARMUP; i++) {
  await openStep(1);
  const title = (await page.textContent('#step-title')).trim();
  await arm('next', title);
  await page.getByRole('button', { name: 'Келесі' }).click();
  const ms = await measured();
  if (ms === null) throw new Error('the next step never showed');
  if (i >= WARMUP) results.next.push(ms);
}

// Two regions in turn in step 2's list; each choice waits for the draft to be saved before the next one.
await openStep(2);
const regions = await page.$$eval('#f-RegionId option', os => os.map(o => o.value).filter(Boolean).slice(0, 2));
for (let i = 0; i < SAMPLES + WARMUP; i++) {
  const value = regions[i % 2];
  await page.waitForSelector('[data-testid=save-state].registry-save-saved', { timeout: 10000 });
  await arm('choice', value);
  await page.selectOption('#f-RegionId', value);
  const ms = await measured();
  if (ms === null) throw new Error('the choice never came back');
  if (i >= WARMUP) results.choice.push(ms);
}

await browser.close();
console.log(JSON.stringify({ choice: summary(results.choice), next: summary(results.next), validation: summary(results.validation) }));
