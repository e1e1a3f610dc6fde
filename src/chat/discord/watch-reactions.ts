/** The reactions on a link posted in a watched channel: seen (bot side), then briefed or failed (worker). */
export const SEEN_EMOJI = '👀';
export const DONE_EMOJI = '✅';
export const FAILED_EMOJI = '⚠️';
