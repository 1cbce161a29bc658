import puppeteer from 'puppeteer-core';
import { createStorefrontServer } from './serve.mjs';
import { chromeArgs, chromePath } from './chrome.mjs';
const server = createStorefrontServer(); await new Promise(r => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage(); await page.setViewport({ width: 1100, height: 1800 });
page.on('console', m => console.log('console:', m.text().slice(0, 300)));
page.on('pageerror', e => console.log('pageerror', e.message));
const [path, out, ...actions] = process.argv.slice(2);
await page.goto(origin + path, { waitUntil: 'networkidle0' });
await new Promise(r => setTimeout(r, 1000));
for (const a of actions) { await page.evaluate(a); await new Promise(r => setTimeout(r, 500)); }
const target = await page.$('.configure'); await (target ?? page).screenshot({ path: out, ...(target ? {} : { fullPage: true }) });
await browser.close(); server.close();
