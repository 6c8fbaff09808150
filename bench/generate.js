#!/usr/bin/env node
// Deterministic synthetic stories in the story format, for the benchmark and the
// scale tests: `node bench/generate.js COUNT OUT.json [SEED]`. News is bursty: most
// events fall in a few busy stretches over about twenty years; precision is mixed
// (mostly days, some months and years), some events are spans, most carry a quote.
import { writeFileSync } from 'node:fs';

/** mulberry32: a small seeded generator, so every run builds the same story. */
/** @param {number} seed */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	'talks border water embassy envoy ministers summit ceasefire sanctions aid trade refugees drought dam council delegation statement protest visit agreement clash election court inquiry report'.split(
		' '
	);
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * @typedef {{ id: string, title: string, date: string, end?: string, summary: string, actors: string[], quotes: { text: string, speaker: string }[] }} GeneratedEvent
 * @param {number} count
 * @param {number} [seed]
 */
export function generateStory(count, seed = 1) {
	const next = random(seed);
	/** @type {<T>(list: T[]) => T} */
	const pick = (list) => list[Math.floor(next() * list.length)];
	const actors = Array.from({ length: 12 }, (_, i) => ({ id: `actor-${i + 1}`, name: `Actor ${i + 1}` }));
	const start = Date.UTC(2004, 0, 1);
	const span = 20 * 365.25 * 86_400_000;
	const bursts = Array.from({ length: 14 }, () => ({ at: next(), width: 0.002 + next() * 0.02 }));
	const events = [];
	for (let i = 0; i < count; i++) {
		// Two in three events fall in a burst, the rest anywhere.
		let position;
		if (next() < 0.66) {
			const burst = pick(bursts);
			position = Math.min(0.999, Math.max(0, burst.at + (next() - 0.5) * burst.width));
		} else position = next();
		const day = new Date(start + position * span);
		const y = day.getUTCFullYear();
		const m = day.getUTCMonth() + 1;
		const d = day.getUTCDate();
		const roll = next();
		const date = roll < 0.8 ? `${y}-${pad(m)}-${pad(d)}` : roll < 0.95 ? `${y}-${pad(m)}` : `${y}`;
		/** @type {GeneratedEvent} */
		const event = {
			id: `event-${i + 1}`,
			title: `${pick(WORDS)[0].toUpperCase()}${pick(WORDS).slice(1)} ${pick(WORDS)} ${pick(WORDS)} #${i + 1}`,
			date,
			summary: `Synthetic event ${i + 1}: ${pick(WORDS)}, ${pick(WORDS)} and ${pick(WORDS)}.`,
			actors: [pick(actors).id, pick(actors).id].filter((id, index, list) => list.indexOf(id) === index),
			quotes: []
		};
		if (roll < 0.8 && next() < 0.08) {
			const end = new Date(day.getTime() + (1 + Math.floor(next() * 60)) * 86_400_000);
			event.end = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
		}
		if (next() < 0.7)
			event.quotes.push({ text: `We discussed the ${pick(WORDS)} at length.`, speaker: pick(actors).id });
		events.push(event);
	}
	return { title: `Synthetic story of ${count.toLocaleString('en-GB')} events`, actors, events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [count = '1000', out = `bench/.work/story-${count}.json`, seed = '1'] = process.argv.slice(2);
	writeFileSync(out, JSON.stringify(generateStory(Number(count), Number(seed))));
	console.log(`Wrote ${out}`);
}
