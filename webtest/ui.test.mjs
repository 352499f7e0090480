// Browser tests of dossier's web UI: Debian's chromium driven by
// playwright-core, over a database built from fixture articles.
//
// From the repository root: (cd webtest && npm ci) && node --test webtest/ui.test.mjs
//
// It builds the binary (go build -o out/dossier ./cmd/dossier), ingests
// internal/web/testdata (two reports and a copy of one bombing, another
// attack, two hostile articles) and, when ../shared is beside the
// repository, the seed corpus (the Crocus City Hall attack), serves it on a
// free loopback port, and drives chromium through the pages at laptop
// (1280x800) and phone (390x844) sizes, saving screenshots in
// webtest/screenshots/. CHROMIUM overrides the browser's path.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shots = path.join(root, 'webtest', 'screenshots');
const seeds = path.resolve(root, '..', 'shared', 'corpus', 'seeds');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let tmp, server, serverLog = '', base, browser;
let withSeeds = false;
// What every page did that it must not: dialogs, script errors, console
// errors (a CSP violation is one).
const incidents = { dialogs: [], pageErrors: [], consoleErrors: [] };

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitUp(url, ms) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`server did not answer at ${url}:\n${serverLog}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(path.join(tmpdir(), 'dossier-webtest-'));
  execFileSync('go', ['build', '-o', 'out/dossier', './cmd/dossier'], { cwd: root, stdio: 'inherit' });
  const bin = path.join(root, 'out', 'dossier');
  const db = path.join(tmp, 'ui.db');
  const sources = [path.join(root, 'internal', 'web', 'testdata')];
  if (existsSync(seeds)) {
    sources.push(seeds);
    withSeeds = true;
  }
  execFileSync(bin, ['ingest', '--quiet', '--db', db, ...sources], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['serve', '--db', db, '--addr', `127.0.0.1:${port}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', d => { serverLog += d; });
  server.stderr.on('data', d => { serverLog += d; });
  await waitUp(base + '/', 15000);
  browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    const done = new Promise(r => server.once('exit', r));
    server.kill('SIGTERM');
    await done;
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// newPage opens a page of the given size that records what must not happen.
async function newPage(viewport) {
  const page = await browser.newPage({ viewport });
  page.on('dialog', async d => {
    incidents.dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', e => incidents.pageErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', m => {
    // The one expected error: the browser notes the 404 the test asks for.
    if (m.type() === 'error' && !(page.url().endsWith('/inc-000000000000') && /status of 404/.test(m.text()))) {
      incidents.consoleErrors.push(`${page.url()}: ${m.text()}`);
    }
  });
  return page;
}

async function shot(page, name) {
  const w = page.viewportSize().width <= 500 ? 'phone' : 'laptop';
  await page.screenshot({ path: path.join(shots, `${w}-${name}.png`), fullPage: true });
}

// noSideScroll checks that the page fits the viewport's width (wide
// charts scroll inside their own box).
async function noSideScroll(page) {
  const { sw, vw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, vw: window.innerWidth }));
  assert.ok(sw <= vw + 1, `${page.url()} is ${sw}px wide in a ${vw}px viewport`);
}

// incidentHref returns the link of the first incident whose title
// contains text, from the list.
async function incidentHref(page, text) {
  await page.goto(base + '/?q=' + encodeURIComponent(text));
  const link = page.locator('ol.incidents h3 a', { hasText: text }).first();
  return link.getAttribute('href');
}

test('the list loads, with filters, and searches', async () => {
  const page = await newPage(LAPTOP);
  await page.goto(base + '/');
  assert.equal(await page.title(), 'Incidents · dossier');
  const items = page.locator('ol.incidents > li');
  assert.ok(await items.count() >= 5, 'at least the five fixture incidents');
  await assert.doesNotReject(page.locator('label[for="f-country"]').waitFor());
  await shot(page, 'list');

  // Keyboard: the first Tab reaches the skip link, which shows itself.
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip');
  assert.ok(await skip.evaluate(el => el === document.activeElement), 'the skip link is focused first');
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0, 'the focused skip link is on screen');

  // Search from the filter form.
  await page.fill('#f-q', 'Kano');
  await page.selectOption('#f-sort', '-killed');
  await Promise.all([page.waitForURL(/q=Kano/), page.click('.filters button[type=submit]')]);
  assert.match(await page.locator('h1').innerText(), /Kano/);
  const titles = await page.locator('ol.incidents h3').allInnerTexts();
  assert.ok(titles.some(t => /Kano/.test(t)), `a Kano incident is found: ${titles}`);
  await shot(page, 'search');

  // The same words over the articles' text.
  await Promise.all([page.waitForURL(/\/articles\?q=Kano/), page.click('text=Search the articles')]);
  assert.ok(await page.locator('ol.hits > li').count() >= 2, 'articles mentioning Kano are listed');
  assert.ok(await page.locator('ol.hits mark').count() >= 1, 'the matched word is highlighted');
  await shot(page, 'search-articles');

  // A filter that matches nothing says so.
  await page.goto(base + '/?country=NG&min_killed=1000');
  assert.match(await page.locator('.empty').innerText(), /No incident matches these filters/);
  await page.close();
});

test('an incident page: facts, figures with their sentences, chart, sources', async () => {
  const page = await newPage(LAPTOP);
  const href = await incidentHref(page, 'Kano textile market');
  assert.ok(href, 'the Kano incident is listed');
  await page.click(`a[href="${href}"]`);
  await page.waitForURL(base + href);
  assert.match(await page.locator('h1').innerText(), /Kano/);
  assert.match(await page.locator('.stat.killed').innerText(), /15/);
  assert.match(await page.locator('#facts').innerText(), /Boko Haram/);
  assert.match(await page.locator('#sources').innerText(), /copy of/);

  // A figure's sentence is hidden until its summary is clicked.
  const fig = page.locator('details.figure', { hasText: 'hospital officials' }).first();
  const sentence = fig.locator('blockquote');
  assert.equal(await sentence.isVisible(), false, 'the sentence starts hidden');
  await fig.locator('summary').click();
  await sentence.waitFor({ state: 'visible' });
  assert.match(await sentence.innerText(), /has risen to 15, hospital officials said/);
  assert.equal(await sentence.locator('mark').innerText(), '15');

  // The chart: one point per figure, each with a title; a point leads to
  // its figure (app.js opens it).
  const points = page.locator('#figures svg .pt');
  assert.ok(await points.count() >= 6, 'points per figure');
  assert.match(await points.first().locator('title').textContent(), /killed|injured/);
  const target = await page.locator('#figures svg a').last().getAttribute('href');
  await page.locator('#figures svg a').last().click();
  await page.waitForFunction(id => document.getElementById(id)?.open === true, target.slice(1));
  await shot(page, 'incident-kano');
  await page.close();
});

test('the Crocus City Hall incident of the seeds', { skip: !existsSync(seeds) && 'no ../shared/corpus/seeds' }, async () => {
  const page = await newPage(LAPTOP);
  const href = await incidentHref(page, 'Central Asian subsidiary');
  assert.ok(href, 'the Crocus incident is listed');
  await page.goto(base + href);
  assert.equal(await page.locator('ol.sources .source').count(), 5, 'five sources');
  const figures = await page.locator('details.figure summary').allInnerTexts();
  for (const n of ['130', '133', '137']) {
    assert.ok(figures.some(t => t.includes(n) && /killed/.test(t)), `a killed figure of ${n}`);
  }
  assert.match(await page.locator('#facts').innerText(), /Islamic State Khorasan Province/);
  assert.ok(await page.locator('#related li').count() >= 3, 'related incidents');
  const f137 = page.locator('details.figure', { hasText: '137' }).first();
  await f137.locator('summary').click();
  assert.match(await f137.locator('blockquote').innerText(), /Crocus/);
  await shot(page, 'incident-crocus');
  await page.setViewportSize(PHONE);
  await page.reload();
  await noSideScroll(page);
  await shot(page, 'incident-crocus');
  await page.close();
});

test('the map and the timeline', async () => {
  const page = await newPage(LAPTOP);
  await page.goto(base + '/map');
  const dots = page.locator('svg circle.dot');
  assert.ok(await dots.count() >= 5, 'a circle per located incident');
  assert.match(await dots.first().locator('title').textContent(), /—/);
  // The world outline is drawn (the image loaded under the CSP).
  const loaded = await page.evaluate(async () => {
    const r = await fetch(document.querySelector('svg image').getAttribute('href'));
    return r.ok && (await r.text()).includes('<path id="land"');
  });
  assert.ok(loaded, 'world.svg loads');
  await shot(page, 'map');
  const first = page.locator('svg a:has(circle.dot)').last();
  const href = await first.getAttribute('href');
  await first.click();
  await page.waitForURL(base + href);

  await page.goto(base + '/timeline');
  assert.ok(await page.locator('svg.timeline .lane').count() >= 3, 'lanes by group');
  assert.match(await page.locator('svg.timeline').innerHTML(), /Boko Haram/);
  await shot(page, 'timeline');
  await page.click('text=by country');
  await page.waitForURL(/by=country/);
  assert.match(await page.locator('svg.timeline').innerHTML(), /Nigeria/);
  await shot(page, 'timeline-country');
  await page.close();
});

test('groups and articles', async () => {
  const page = await newPage(LAPTOP);
  await page.goto(base + '/groups');
  await page.click('table.grouptable a:has-text("Boko Haram")');
  assert.match(await page.locator('h1').innerText(), /Boko Haram/);
  assert.ok(await page.locator('ul.aliases li').count() > 2, 'aliases');
  await shot(page, 'group');
  await page.goto(base + '/articles/kano-herald');
  assert.match(await page.locator('.article-text').innerText(), /Governor Abba Yusuf/);
  assert.ok(await page.locator('.article-text mark').count() >= 1, 'cited sentences are marked');
  await shot(page, 'article');
  const res = await page.goto(base + '/incidents/inc-000000000000');
  assert.equal(res.status(), 404);
  assert.match(await page.locator('h1').innerText(), /Not found/);
  await page.close();
});

test('hostile articles run nothing', async () => {
  const page = await newPage(LAPTOP);
  const before = incidents.dialogs.length;
  const pages = ['/articles/hostile', '/articles/hostile-url', '/?q=Mombasa', '/?q=Mogadishu', '/articles?q=alert'];
  for (const p of pages) {
    await page.goto(base + p);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => typeof window.pwned), 'undefined', `no script ran on ${p}`);
  }
  // The hostile title reads as text.
  await page.goto(base + '/articles/hostile');
  assert.match(await page.locator('h1').innerText(), /^<script>alert\(1\)<\/script> Blast at Mombasa/);
  assert.equal(await page.locator('main script, main img, main iframe').count(), 0, 'no element from the article');
  await shot(page, 'hostile-article');
  // Its incidents.
  for (const text of ['Mombasa', 'Mogadishu']) {
    const href = await incidentHref(page, text);
    assert.ok(href, `the ${text} incident is listed`);
    await page.goto(base + href);
    for (const d of await page.locator('details').all()) {
      await d.evaluate(el => { el.open = true; });
    }
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => typeof window.pwned), 'undefined', `no script ran on ${href}`);
    const bad = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
      .map(a => a.getAttribute('href')).filter(h => /^\s*(javascript|data):/i.test(h)));
    assert.deepEqual(bad, [], 'no javascript: or data: link');
    assert.match(await page.locator('main').innerText(), /<script>/, 'the script tag shows as text');
    await shot(page, `hostile-${text.toLowerCase()}`);
  }
  assert.deepEqual(incidents.dialogs.slice(before), [], 'no dialog opened');
  await page.close();
});

test('phone size: every page fits the screen', async () => {
  const page = await newPage(PHONE);
  const kano = await incidentHref(page, 'Kano textile market');
  for (const [name, p] of [['list', '/'], ['incident-kano', kano], ['map', '/map'], ['timeline', '/timeline'],
    ['groups', '/groups'], ['article', '/articles/kano-update']]) {
    await page.goto(base + p);
    await noSideScroll(page);
    await shot(page, name);
  }
  // The filters fold away on a phone (app.js) and open on demand.
  await page.goto(base + '/');
  assert.equal(await page.locator('details.filters').evaluate(d => d.open), false);
  await page.click('details.filters > summary');
  assert.ok(await page.locator('#f-country').isVisible());
  // A figure opens on tap.
  await page.goto(base + kano);
  const fig = page.locator('details.figure').first();
  await fig.locator('summary').click();
  assert.ok(await fig.locator('blockquote').isVisible());
  await page.close();
});

test('no script error, console error or CSP violation on any page', () => {
  assert.deepEqual(incidents.pageErrors, []);
  assert.deepEqual(incidents.consoleErrors, []);
  assert.deepEqual(incidents.dialogs, []);
});
