#!/usr/bin/env node
// `npm run bench [-- --quick]`: the desktop runs (bench/run.js) with the arguments
// given, then the phone part (bench/phone.js). npm appends a script's arguments to
// its last command only, so a chain in package.json gave `--quick` to the phone part.
import { execFileSync } from 'node:child_process';

const run = (file, args = []) => execFileSync('node', [file, ...args], { stdio: 'inherit' });
run('bench/run.js', process.argv.slice(2));
run('bench/phone.js');
