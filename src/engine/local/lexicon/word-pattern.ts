/** Regex source matching any of `words` (longest first), with a space standing for any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A case-insensitive regex for any of `words` as whole words. */
export function wordsRegex(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${alternation(words)})(?![\\p{L}\\p{M}\\d])`, `${flags}u`);
}
