/**
 * Keeps the audience window and the presenter window on the same step: each announces the step it
 * moves to on a BroadcastChannel (same origin only, no server), and follows the other's announcements.
 */

/** A step announcement. */
export interface StepMessage {
	type: 'step';
	story: string;
	step: number;
}

/** Opens the channel; `onStep` runs for the other window's moves. Returns `announce` and `close`. */
export function openPresentationChannel(onStep: (m: StepMessage) => void): { announce: (m: StepMessage) => void; close: () => void } {
	if (typeof BroadcastChannel === 'undefined') return { announce: () => {}, close: () => {} };
	const channel = new BroadcastChannel('source-atlas-presentation');
	channel.onmessage = (e: MessageEvent<StepMessage>) => {
		if (e.data?.type === 'step' && typeof e.data.story === 'string' && Number.isInteger(e.data.step)) onStep(e.data);
	};
	return { announce: (m) => channel.postMessage(m), close: () => channel.close() };
}
