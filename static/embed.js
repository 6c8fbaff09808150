/*
 * Dateline's embed loader, for a host page without pym.js: sizes every Dateline frame
 * on the page to its content. Each frame says its height (AMP's `embed-size` message,
 * see src/lib/embed/heightBeacon.js); a height is taken only from a frame of this
 * script's own site, and applied only to the frame that sent it. No dependencies.
 *
 *   <iframe src="https://…/embed/events/<id>" title="Timeline: …" width="100%" height="650"
 *     style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://…/embed.js" async></script>
 */
(function () {
	var script = document.currentScript;
	var origin = new URL(script && script.src ? script.src : location.href).origin;
	// Several embeds of one site each bring this script: one listener is enough.
	var key = 'datelineEmbed:' + origin;
	if (window[key]) return;
	window[key] = true;
	// Live: it holds the frames added after this script ran too.
	var frames = document.getElementsByTagName('iframe');

	addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
		var height = Math.ceil(Number(data.height));
		if (!(height > 0 && height < 100000)) return;
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = height + 'px';
				return;
			}
		}
	});

	// A frame that loaded before this script ran said its height to no one: every frame
	// is asked to say it again. Any origin: the question holds nothing, another site's
	// frame ignores it, and one still loading says its height itself once it has.
	for (var i = 0; i < frames.length; i++) {
		if (frames[i].contentWindow) frames[i].contentWindow.postMessage('dateline:embed-size?', '*');
	}
})();
