/**
 * Finds Chromium for the browser tests: CHROME_PATH, else /usr/bin/chromium. Where none is installed
 * and we are root with apt, installs Debian's `chromium`; otherwise says in one line what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Returns the path of a Chromium binary, installing Debian's package when it can. */
export function findChromium() {
	const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (existsSync(wanted)) return wanted;
	if (process.env.CHROME_PATH) throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist: point it at a Chromium or Chrome binary`);
	const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (canApt) {
		console.log('browser tests: /usr/bin/chromium is missing; installing Debian\'s "chromium" package with apt-get…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (existsSync(wanted)) return wanted;
	}
	throw new Error('browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary');
}
