#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: installs Debian's package when
// running as root on Debian, otherwise says in one line how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

const found = await findChromium();
if (found) {
	if (!existsSync(found)) {
		console.error(`CHROMIUM_PATH=${found} does not exist: point it at a Chromium or Chrome binary.`);
		process.exit(1);
	}
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
	console.log('No Chromium found: installing Debian’s chromium package…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
	if (await findChromium()) process.exit(0);
}
console.error(
	'No Chromium found: install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.'
);
process.exit(1);
