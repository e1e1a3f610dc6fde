/**
 * Page furniture: lines a news page shows around the story that are not the story
 * ("Read also ...", subscriber teasers, agency credits, share prompts, thank-you lines).
 * Briefs must never quote or summarise them, so they are dropped before anything else runs.
 */

const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^(read|see|watch|listen)( also| more)?\b[\s:–—-]/i,
  /^(related|more on this|more from|recommended|most read|also read|further reading|you may also like)\b/i,
  /^(article|content) reserved for (our )?subscribers/i,
  /\breserved for (our )?subscribers\b/i,
  /^(subscribe|sign up|log in|already a subscriber|become a member|support our journalism|donate)\b/i,
  /^(share|tweet|email|print)( this( article| story)?)?( on [\w ]+)?[.:!]?$/i,
  /^(follow us|like us|join us) on\b/i,
  /^(the [\p{L}]+ )?with (afp|ap|reuters|agencies|dpa|ansa|efe|bloomberg)\b/iu,
  /^[\p{L} ]{0,40}\bwith (afp|ap|reuters|agencies|dpa)(,? (afp|ap|reuters|agencies|dpa))*\.?$/iu,
  /^(photo|image|picture|video|credit|illustration|caption)s?( credit)?\s*[:©]/i,
  // Spanish-language wire credits in translation: "With information of EFE", "With information from Reuters".
  /^with (?:information|reporting|data) (?:of|from)\b.{0,40}$/i,
  /^©|^copyright\b|\ball rights reserved\b/i,
  /^(we|i) would like to (say )?thank/i,
  /^thanks? (you )?(to|for) (the )?(writer|author|reading)/i,
  /\bthanks to the (writer|author) of this\b/i,
  /^(this|the) (article|story) (was|has been) (updated|corrected|amended)\b/i,
  /^(advertisement|sponsored( content)?|ad)$/i,
  /^(updated|published|posted|last updated)( on)?:? .{0,40}\d{1,2}:\d{2}/i,
  /^(by|par) [\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,3}( and [\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,3})?$/u,
  /^(cookies?|we use cookies|accept (all )?cookies)\b/i,
  // Wire credits: "(Reporting by ...; Editing by ...)", "Writing by ...".
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b.*\)?$/i,
  /^this (?:article|content) is (?:available|reserved) (?:to|for) (?:our )?subscribers( only)?\.?$/i,
  /^©\s*\S/,
  /^(listen to|download) (this|the) (article|story|podcast)\b/i,
  /^\d+ (min(ute)?s?|mn) (read|de lecture)$/i,
];

// "Zacatecas, Mexico.- Inhabitants of ...": the Spanish-language dateline glued to a paragraph's first words.
const SPANISH_DATELINE = /^\p{Lu}[\p{L}\p{M} ,]{1,60}\.-\s*(?=\p{Lu})/u;

/** True when `line` is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (trimmed.length > 400) return false;
  return FURNITURE_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Removes furniture lines (and a trailing repeat of the title) from an article body, keeping paragraph breaks. */
export function dropFurniture(text: string, title = ''): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const lines = text.split('\n');
  const kept = lines.filter((line) => {
    if (isFurniture(line)) {
      dropped.push(line.trim());
      return false;
    }
    return true;
  });
  // Some pages repeat the headline at the very end (after the credits); it is not a paragraph of the story.
  const normalizedTitle = title.trim().toLowerCase();
  let lastIndex = kept.length - 1;
  while (lastIndex >= 0 && kept[lastIndex]!.trim() === '') lastIndex--;
  if (normalizedTitle !== '' && lastIndex > 0 && kept[lastIndex]!.trim().toLowerCase() === normalizedTitle) {
    dropped.push(kept[lastIndex]!.trim());
    kept.splice(lastIndex, 1);
  }
  return {
    text: kept
      .map((line) => line.replace(SPANISH_DATELINE, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    dropped,
  };
}
