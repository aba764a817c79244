/**
 * A synchronous hint that the reader has added articles (localStorage), so that the dashboard loads the
 * IndexedDB code and the build worker only for readers who did.
 */
const FLAG = 'source-atlas:your-articles';

/** Whether the reader may have added articles (true when storage cannot be read). */
export function mayHaveYourArticles(): boolean {
	try {
		return localStorage.getItem(FLAG) !== null;
	} catch {
		return true;
	}
}
/** Records how many articles the reader has (none clears the hint). */
export function flagYourArticles(count: number): void {
	try {
		if (count) localStorage.setItem(FLAG, String(count));
		else localStorage.removeItem(FLAG);
	} catch {
		// Storage refused (private mode): the dashboard then checks IndexedDB on every visit.
	}
}
