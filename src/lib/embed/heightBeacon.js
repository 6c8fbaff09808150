// Tells the page that frames an embed how tall it is, in each host's words: pym.js
// (`childId` in the query), WordPress (`#?secret=` in the fragment) and AMP's
// `embed-size`, which /embed.js listens for too. A classic inline script, hashed into
// the page's policy: a sandboxed frame without CORS never runs the app's modules.
// WordPress's sandbox also blocks new tabs: there, a link that opens one is handed to
// the host to follow, in WordPress's words too.
(function () {
	var host = window.parent;
	if (host === window) return;
	var childId = new URLSearchParams(location.search).get('childId');
	var secretMatch = /[#&?]secret=([\w-]+)/.exec(location.hash);
	var secret = secretMatch ? secretMatch[1] : '';
	var said = 0;
	/** @param {boolean} again whether to say it even if unchanged (a host that asks) */
	function say(again) {
		// Whole pixels, rounded up: a fraction rounded down would show a scroll bar.
		var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === said && !again) return;
		said = height;
		host.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
		if (childId) host.postMessage(['pym', childId, 'height', height].join('xPYMx'), '*');
		if (secret) host.postMessage({ secret: secret, message: 'height', value: height }, '*');
	}
	new ResizeObserver(function () {
		say(false);
	}).observe(document.documentElement);
	addEventListener('load', function () {
		say(true);
	});
	if (secret) {
		document.addEventListener('click', function (event) {
			/** @type {HTMLAnchorElement | null} */
			var link = event.target instanceof Element ? event.target.closest('a[href][target="_blank"]') : null;
			if (!link) return;
			event.preventDefault();
			host.postMessage({ secret: secret, message: 'link', value: link.href }, '*');
		});
	}
	// pym's parent says its width when it changes, and waits for the height in reply.
	// /embed.js asks as it starts to listen: a frame that loaded before it (the host's
	// script came late, or from its cache after the frame) has said its height to no one.
	addEventListener('message', function (event) {
		if (event.source !== host || typeof event.data !== 'string') return;
		if (event.data.indexOf('pymxPYMx') === 0 || event.data === 'dateline:embed-size?') say(true);
	});
})();
