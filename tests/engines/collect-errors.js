// Loaded first on every page the engine suite opens (a same-origin script, which the
// pages' content security policy allows): keeps every error, unhandled rejection
// and console error, since classic WebDriver reports none of them.
(() => {
	const errors = (window.__engineErrors = []);
	window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
	window.addEventListener('unhandledrejection', (event) =>
		errors.push(`unhandled rejection: ${event.reason?.message ?? event.reason}`)
	);
	const consoleError = console.error.bind(console);
	console.error = (...args) => {
		errors.push(`console.error: ${args.map(String).join(' ')}`);
		consoleError(...args);
	};
})();
