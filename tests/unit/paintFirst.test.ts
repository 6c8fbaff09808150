import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { liveCodeOf, LIVE_CODE_ENTRY } from '$lib/server/liveCode';
import { paintFirst, PaintFirstError } from '$lib/server/paintFirst';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** SvelteKit 2's start script, as it writes it into a prerendered page. */
const startScript = `
				{
					__sveltekit_1abc = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A1.js"),
						import("/_app/immutable/entry/app.B2.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,{type:"data",data:{title:"Iran \\u003C Taliban"},uses:{}}],
							form: null,
							error: null
						});
					});
				}
			`;

const preloaded = [
	'/_app/immutable/entry/start.A1.js',
	'/_app/immutable/chunks/C3.js',
	'/_app/immutable/entry/app.B2.js',
	'/_app/immutable/nodes/2.D4.js'
];

function page(script = startScript, policyHash = sha256(script)) {
	return (
		'<!doctype html><html><head>' +
		`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${policyHash}'; style-src 'self'">` +
		preloaded.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n\t\t') +
		'<title>Iran</title></head><body><div style="display: contents"><main><p>Story</p></main>' +
		`<script>${script}</script></div></body></html>`
	);
}

const IMPORTS_SAID = 'Promise.all([';
const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1];

/** An element of the page, in the timeline or not. */
class FakeElement {
	constructor(readonly inTimeline: boolean) {}
	closest(selector: string) {
		expect(selector).toBe('section.timeline');
		return this.inTimeline ? {} : null;
	}
}

/** A task the script queued, with the delay it asked for. */
interface Task {
	run: () => void;
	delay: number;
}

/** Runs a rewritten start script with a fake browser, which runs nothing until the test says. */
function run(script: string, { paintTiming = true, framed = false } = {}) {
	const appended: string[] = [];
	const loaded: string[] = [];
	const frames: (() => void)[] = [];
	const tasks: Task[] = [];
	const paintObservers: ((names: string[]) => void)[] = [];
	const rootAttributes = new Set<string>();
	const document = {
		documentElement: { setAttribute: (name: string) => rootAttributes.add(name) },
		currentScript: { parentElement: {} },
		createElement: () => ({ rel: '', href: '' }),
		head: { append: (link: { rel: string; href: string }) => appended.push(`${link.rel} ${link.href}`) }
	};
	class PerformanceObserver {
		static supportedEntryTypes = paintTiming ? ['paint', 'resource'] : ['resource'];
		#connected = true;
		constructor(callback: (entries: unknown, observer: PerformanceObserver) => void) {
			paintObservers.push((names) => {
				if (!this.#connected) return;
				const entries = { getEntriesByName: (name: string) => names.filter((said) => said === name) };
				callback(entries, this);
			});
		}
		observe(options: { type: string; buffered: boolean }) {
			expect(options).toEqual({ type: 'paint', buffered: true });
		}
		disconnect() {
			this.#connected = false;
		}
	}
	const started: unknown[][] = [];
	const kit = { start: (...args: unknown[]) => started.push(args) };
	const load = (url: string) => {
		loaded.push(url);
		return Promise.resolve(url.includes('/entry/start.') ? kit : { app: url });
	};
	// `import()` stands for the browser's module loading, which the test records instead.
	const listeners = new Map<string, (event: { type: string; target: unknown }) => void>();
	const window = {
		top: {} as unknown,
		addEventListener: (type: string, listener: (event: { type: string; target: unknown }) => void) =>
			listeners.set(type, listener),
		removeEventListener: (type: string) => listeners.delete(type)
	};
	if (!framed) window.top = window;
	new Function(
		'window',
		'document',
		'Element',
		'requestAnimationFrame',
		'setTimeout',
		'PerformanceObserver',
		'load',
		script.replaceAll('import(', 'load(')
	)(
		window,
		document,
		FakeElement,
		(callback: () => void) => frames.push(callback),
		(callback: () => void, delay = 0) => tasks.push({ run: callback, delay }),
		PerformanceObserver,
		load
	);
	/** The browser says the page's first paints have reached the screen. */
	const painted = (...names: string[]) => paintObservers.forEach((said) => said(names));
	const runTasks = (delay: number) =>
		tasks.filter((task) => task.delay === delay).forEach((task) => task.run());
	/** The reader does something: the event as the window's capturing listener hears it. */
	const reader = (type: string, target: unknown = new FakeElement(false)) =>
		listeners.get(type)?.({ type, target });
	return { appended, loaded, frames, tasks, started, painted, runTasks, reader, rootAttributes, listeners };
}

describe('paintFirst: the app starts after the first paint', () => {
	it('names no module for the browser to fetch before the first paint', () => {
		const html = paintFirst(page());
		expect(html).not.toContain('modulepreload"');
		expect(html).toContain('<main><p>Story</p></main>');
	});

	it('asks for every module the page preloaded, all at once, once the first paint has reached the screen', () => {
		const browser = run(scriptOf(paintFirst(page())));
		expect(browser.loaded).toEqual([]);
		browser.painted('first-paint');
		browser.runTasks(0);
		expect(browser.loaded).toEqual([]);
		browser.painted('first-contentful-paint');
		expect(browser.loaded).toEqual([]);
		browser.runTasks(0);
		expect(browser.appended).toEqual(preloaded.map((href) => `modulepreload ${href}`));
		expect(browser.loaded).toEqual(['/_app/immutable/entry/start.A1.js', '/_app/immutable/entry/app.B2.js']);
	});

	it('where the browser does not say when it painted, takes the frame after the first for it', () => {
		const browser = run(scriptOf(paintFirst(page())), { paintTiming: false });
		expect(browser.frames).toHaveLength(1);
		browser.frames[0]();
		expect(browser.loaded).toEqual([]);
		browser.frames[1]();
		expect(browser.loaded).toHaveLength(2);
	});

	it('hands SvelteKit the page’s data as it wrote it, made before the modules are asked for', async () => {
		const script = scriptOf(paintFirst(page()));
		expect(script.indexOf('data:')).toBeLessThan(script.indexOf(IMPORTS_SAID));
		const browser = run(script);
		browser.painted('first-contentful-paint');
		browser.runTasks(0);
		await Promise.resolve();
		await Promise.resolve();
		expect(browser.started).toHaveLength(1);
		const [app, element, options] = browser.started[0] as [unknown, unknown, Record<string, unknown>];
		expect(app).toEqual({ app: '/_app/immutable/entry/app.B2.js' });
		expect(element).toEqual({});
		expect(options).toEqual({
			node_ids: [0, 2],
			data: [null, { type: 'data', data: { title: 'Iran < Taliban' }, uses: {} }],
			form: null,
			error: null
		});
	});

	it('marks a reach for the timeline before the app has come: a press, a key, a pointer over the timeline', () => {
		for (const [type, target] of [
			['pointerdown', undefined],
			['keydown', undefined],
			['wheel', undefined],
			['touchstart', undefined],
			['pointerover', new FakeElement(true)],
			['focusin', new FakeElement(true)]
		] as const) {
			const browser = run(scriptOf(paintFirst(page())));
			browser.reader(type, target);
			expect(browser.rootAttributes, type).toEqual(new Set(['data-reached']));
			// Heard once: the app's own listeners take over as it hydrates.
			expect(browser.listeners.size).toBe(0);
		}
	});

	it('does not take a pointer or a focus elsewhere on the page for a reach', () => {
		const browser = run(scriptOf(paintFirst(page())));
		browser.reader('pointerover');
		browser.reader('focusin');
		browser.reader('pointerover', {});
		expect(browser.rootAttributes.size).toBe(0);
		expect(browser.listeners.size).toBe(6);
	});

	it('leaves the not-found page’s shell, which has nothing to paint before the app runs, as SvelteKit wrote it', () => {
		const shell = startScript.replace(
			/kit\.start\(app, element, \{[\s\S]*?\}\);\n/,
			'kit.start(app, element);\n'
		);
		expect(shell).toContain('kit.start(app, element);');
		expect(paintFirst(page(shell))).toBe(page(shell));
	});

	it('waits for the paint however long it takes, in a page of its own', () => {
		const browser = run(scriptOf(paintFirst(page())));
		expect(browser.tasks).toEqual([]);
	});

	it('in a frame (an embed, perhaps out of view and not painted), starts after a second if no paint has come, and only once', () => {
		const browser = run(scriptOf(paintFirst(page())), { framed: true });
		browser.runTasks(1000);
		expect(browser.loaded).toHaveLength(2);
		// The paint comes after all: nothing is asked for twice.
		browser.painted('first-contentful-paint');
		browser.runTasks(0);
		expect(browser.loaded).toHaveLength(2);
		expect(browser.appended).toHaveLength(preloaded.length);
	});

	it('keeps the start script allowed by the page’s policy: the new script’s hash replaces the old', () => {
		const html = paintFirst(page());
		expect(html).toContain(`'sha256-${sha256(scriptOf(html))}'`);
		expect(html).not.toContain(`'sha256-${sha256(startScript)}'`);
		expect(scriptOf(html)).toContain('data:{title:"Iran \\u003C Taliban"}');
	});

	it('leaves a page without the app’s start script as it is', () => {
		const html = '<!doctype html><html><head></head><body><p>Plain</p></body></html>';
		expect(paintFirst(html)).toBe(html);
	});

	it('leaves a page rendered on request as it is: its policy went out in a header, with the old hash', () => {
		const html = page().replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
		expect(paintFirst(html)).toBe(html);
	});

	it('stops the build, saying why, where it cannot do it safely', () => {
		expect(() => paintFirst(page(startScript, sha256('another script')))).toThrow(PaintFirstError);
		expect(() => paintFirst(page(startScript, sha256('another script')))).toThrow(/policy/);
		const reshaped = startScript.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => paintFirst(page(reshaped))).toThrow(/not the shape expected/);
	});
});

describe('paintFirst: a reach before the app has come asks for the live timeline’s code', () => {
	/** The live timeline's chunks as the manifest gives them: the page loads the second already. */
	const liveCode = liveCodeOf(
		{
			[LIVE_CODE_ENTRY]: {
				file: '_app/immutable/chunks/Live9.js',
				imports: ['_C3.js', '_Brush7.js'],
				css: ['_app/immutable/assets/gestures.E5.css']
			},
			'_C3.js': { file: '_app/immutable/chunks/C3.js', css: ['_app/immutable/assets/Timeline.F6.css'] },
			'_Brush7.js': { file: '_app/immutable/chunks/Brush7.js', imports: ['_C3.js'] }
		},
		'/'
	);

	it('at the first reach, starts the app and preloads the live chunks the page does not load, with their stylesheets', () => {
		const browser = run(scriptOf(paintFirst(page(), liveCode)));
		expect(browser.appended).toEqual([]);
		browser.reader('pointerover', new FakeElement(true));
		// The page's modules first (it hydrates before the live timeline draws), then the live code's.
		expect(browser.appended).toEqual([
			...preloaded.map((href) => `modulepreload ${href}`),
			'modulepreload /_app/immutable/chunks/Live9.js',
			'preload /_app/immutable/assets/gestures.E5.css',
			'modulepreload /_app/immutable/chunks/Brush7.js'
		]);
		expect(browser.loaded).toEqual(['/_app/immutable/entry/start.A1.js', '/_app/immutable/entry/app.B2.js']);
		// Once: the app's own listeners take over, and the paint, reported late, starts nothing more.
		browser.reader('keydown');
		browser.painted('first-contentful-paint');
		browser.runTasks(0);
		expect(browser.appended).toHaveLength(preloaded.length + 3);
		expect(browser.loaded).toHaveLength(2);
	});

	it('after the paint, a reach asks for the live code alone: the app has started', () => {
		const browser = run(scriptOf(paintFirst(page(), liveCode)));
		browser.painted('first-contentful-paint');
		browser.runTasks(0);
		browser.reader('keydown');
		expect(browser.appended.slice(preloaded.length)).toEqual([
			'modulepreload /_app/immutable/chunks/Live9.js',
			'preload /_app/immutable/assets/gestures.E5.css',
			'modulepreload /_app/immutable/chunks/Brush7.js'
		]);
		expect(browser.loaded).toHaveLength(2);
	});

	it('asks for nothing before a reach, nor at a pointer elsewhere on the page', () => {
		const browser = run(scriptOf(paintFirst(page(), liveCode)));
		browser.reader('pointerover');
		browser.painted('first-contentful-paint');
		browser.runTasks(0);
		expect(browser.appended).toEqual(preloaded.map((href) => `modulepreload ${href}`));
	});

	it('on a page without a timeline, a reach starts the app and asks for nothing more', () => {
		const browser = run(scriptOf(paintFirst(page())));
		browser.reader('pointerdown');
		expect(browser.rootAttributes).toEqual(new Set(['data-reached']));
		expect(browser.appended).toEqual(preloaded.map((href) => `modulepreload ${href}`));
	});
});

describe('liveCodeOf: the live timeline’s files from the client build’s manifest', () => {
	it('walks the chunk’s imports once each, with each chunk’s stylesheets, under the base path', () => {
		const code = liveCodeOf(
			{
				[LIVE_CODE_ENTRY]: { file: '_app/a.js', imports: ['_b.js', '_c.js'], css: ['_app/a.css'] },
				'_b.js': { file: '_app/b.js', imports: ['_c.js'] },
				'_c.js': { file: '_app/c.js', imports: ['_b.js'], css: ['_app/c.css'] },
				'src/other.ts': { file: '_app/other.js' }
			},
			'/news/'
		);
		expect(code).toEqual([
			{ module: '/news/_app/a.js', styles: ['/news/_app/a.css'] },
			{ module: '/news/_app/b.js', styles: [] },
			{ module: '/news/_app/c.js', styles: ['/news/_app/c.css'] }
		]);
	});

	it('stops the build, saying why, where the live timeline’s module is not in the manifest', () => {
		expect(() => liveCodeOf({ 'src/other.ts': { file: '_app/other.js' } }, '/')).toThrow(
			/live timeline's code moved/
		);
	});
});
