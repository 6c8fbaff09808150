// The two engines behind one small interface: Firefox through puppeteer-core over
// WebDriver BiDi, WebKit (WebKitGTK's MiniBrowser) through selenium-webdriver and
// WebKitWebDriver under Xvfb. Each method does what a reader does.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function firefox({ width, height }) {
	const { default: puppeteer } = await import('puppeteer-core');
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		protocol: 'webDriverBiDi'
	});
	const page = await browser.newPage();
	await page.setViewport({ width, height });
	return {
		name: 'Firefox',
		version: await browser.version(),
		goto: (url) => page.goto(url, { waitUntil: 'load' }),
		evaluate: (fn, ...args) => page.evaluate(fn, ...args),
		click: async (x, y) => page.mouse.click(x, y),
		wheel: async (x, y, deltas) => {
			await page.mouse.move(x, y);
			for (const deltaY of deltas) {
				await page.mouse.wheel({ deltaY });
				await sleep(50);
			}
		},
		drag: async (from, to) => {
			await page.mouse.move(from.x, from.y);
			await page.mouse.down();
			for (let step = 1; step <= 10; step++) {
				await page.mouse.move(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
				await sleep(16);
			}
			await page.mouse.up();
		},
		back: () => page.goBack(),
		screenshot: (path) => page.screenshot({ path }),
		close: () => browser.close()
	};
}

/** Each WebKit session gets its own display and port: a driver still shutting down never answers the next. */
let webkitSessions = 0;

/** Rejects if `promise` has not settled within `ms`: a browser that hangs must fail the run, not hold it. */
export function within(promise, ms, what) {
	let timer;
	return Promise.race([
		promise,
		new Promise(
			(_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms))
		)
	]).finally(() => clearTimeout(timer));
}

export async function webkit({ width, height }) {
	const { Builder, Origin } = await import('selenium-webdriver');
	const session = webkitSessions++;
	const display = `:${99 + session}`;
	const xvfb = spawn('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
		stdio: 'ignore'
	});
	const port = 4444 + session;
	const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
		stdio: 'ignore',
		env: { ...process.env, DISPLAY: display }
	});
	const stop = () => {
		driverProcess.kill('SIGKILL');
		xvfb.kill('SIGKILL');
	};
	let driver;
	try {
		// The driver is ready once it answers its status request.
		for (let attempt = 0; ; attempt++) {
			const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
				(response) => response.ok,
				() => false
			);
			if (ready) break;
			if (attempt > 100) throw new Error(`WebKitWebDriver did not start on port ${port}`);
			await sleep(100);
		}
		driver = await within(
			new Builder()
				.usingServer(`http://127.0.0.1:${port}`)
				.withCapabilities({
					browserName: 'MiniBrowser',
					'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
				})
				.build(),
			30_000,
			'starting MiniBrowser'
		);
	} catch (error) {
		stop();
		throw error;
	}
	await driver.manage().window().setRect({ width, height, x: 0, y: 0 });
	const capabilities = await driver.getCapabilities();
	return {
		name: 'WebKit',
		version: capabilities.get('browserVersion'),
		goto: async (url) => {
			await driver.get(url);
		},
		evaluate: (fn, ...args) => driver.executeScript(`return (${fn})(...arguments)`, ...args),
		click: (x, y) =>
			driver
				.actions()
				.move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
				.click()
				.perform(),
		wheel: async (x, y, deltas) => {
			// WebKitWebDriver 2.50 takes each wheel action's delta as the change from the
			// previous action's: send running totals, so that each arrives as itself.
			let total = 0;
			for (const deltaY of deltas) {
				total += deltaY;
				await driver.actions().scroll(Math.round(x), Math.round(y), 0, total, Origin.VIEWPORT).perform();
				await sleep(50);
			}
		},
		drag: (from, to) =>
			driver
				.actions()
				.move({ x: Math.round(from.x), y: Math.round(from.y), origin: Origin.VIEWPORT })
				.press()
				.move({ x: Math.round(to.x), y: Math.round(to.y), origin: Origin.VIEWPORT, duration: 300 })
				.release()
				.perform(),
		back: () => driver.navigate().back(),
		screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
		close: async () => {
			try {
				await within(driver.quit(), 15_000, 'closing MiniBrowser');
			} finally {
				stop();
			}
		}
	};
}
