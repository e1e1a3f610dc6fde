// Function words frequent in one language and rare in the others: enough to tell en/de/fr/es apart.
const MARKERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('the and of to is was that with for on are have has will said from by this which'.split(' ')),
  de: new Set(
    'der die das und ist nicht ein eine mit den dem des sich auf für wird wurde auch von zu im'.split(' '),
  ),
  fr: new Set(
    'le la les et est des une dans du pour qui que pas sur au avec ce il elle sont été sera'.split(' '),
  ),
  es: new Set('el la los las y es del una en que por con para se su al fue como pero más será'.split(' ')),
};
const SAMPLE_CHARS = 5000;

/**
 * The language of an article (ISO 639-1) by counting function words in its first characters; `fallback`
 * (English by default) when the text is too short or mixed to tell.
 */
export function detectLanguage(text: string, fallback = 'en'): string {
  const words = text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  let best = fallback;
  let bestCount = 0;
  let total = 0;
  for (const [lang, markers] of Object.entries(MARKERS)) {
    let count = 0;
    for (const w of words) if (markers.has(w)) count++;
    total += count;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return bestCount >= 3 && bestCount * 2 > total ? best : fallback;
}
