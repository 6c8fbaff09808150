// What the Embed buttons load when first pressed: the code's writer and the panel that
// shows it, kept out of the first view's script (see Reader.showEmbedCode).
export { embedCode, embedTitle } from './embedCode';
export { default as EmbedCodePanel } from './EmbedCodePanel.svelte';
