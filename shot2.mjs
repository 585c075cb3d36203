import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://127.0.0.1:5175/');
await page.waitForTimeout(800);
console.log(await page.evaluate(`JSON.stringify([...document.querySelectorAll('header > *')].map(e=>e.getBoundingClientRect()).map(r=>[r.x|0,r.y|0,r.width|0,r.height|0]))`));
await page.screenshot({ path: '/tmp/s-head-1280.png' });
await browser.close();
