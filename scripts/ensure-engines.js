#!/usr/bin/env node
// Makes sure the engine suite has its browsers: Debian's firefox-esr, WebKitGTK's
// WebDriver (webkit2gtk-driver, which brings MiniBrowser) and Xvfb. Installs them
// when running as root on Debian; otherwise says in one line how to get them.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX, MINIBROWSER, WEBKIT_DRIVER } from '../tests/engines/drivers.js';

const needed = { 'firefox-esr': FIREFOX, 'webkit2gtk-driver': WEBKIT_DRIVER, xvfb: '/usr/bin/Xvfb' };
const missing = () => Object.entries(needed).filter(([, path]) => !existsSync(path));
if (missing().length === 0 && existsSync(MINIBROWSER)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
	const packages = missing().map(([name]) => name);
	console.log(`Installing Debian's ${packages.join(', ')} for the engine suite…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execSync(`apt-get update -qq && apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit', env });
	if (missing().length === 0 && existsSync(MINIBROWSER)) process.exit(0);
}
console.error(
	`The engine suite needs ${missing()
		.map(([name]) => name)
		.join(', ')}: on Debian, \`sudo apt-get install firefox-esr webkit2gtk-driver xvfb\`.`
);
process.exit(1);
