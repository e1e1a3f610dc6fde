import type { Brief } from '../../engine/brief';

const SOURCE_TEXT: Record<NonNullable<Brief['publishedSource']>, string> = {
  given: 'given with --published',
  article: 'found in the article',
  today: "today's date: none was given or found in the article",
  fetched: 'the day the page was fetched: publication date not found on the page',
};

/** A brief as a person reads it in a terminal: title, publication date and its source, what, who, next. */
export function renderBriefText(brief: Brief): string {
  const lines: string[] = [];
  if (brief.title !== '') lines.push(brief.title, '');
  const source = brief.publishedSource !== undefined ? ` (${SOURCE_TEXT[brief.publishedSource]})` : '';
  lines.push(`Published: ${brief.published ?? 'unknown'}${source}`, '');
  lines.push('What', `  ${brief.what === '' ? '(nothing to summarise)' : brief.what}`, '');

  const people = brief.who.filter((w) => w.kind === 'person');
  const orgs = brief.who.filter((w) => w.kind === 'organization');
  lines.push('Who');
  if (people.length === 0 && orgs.length === 0) lines.push('  (no one named)');
  for (const person of people) {
    const role = person.role !== undefined ? `, ${person.role}` : '';
    const aliases =
      person.aliases && person.aliases.length > 0 ? ` (also: ${person.aliases.join(', ')})` : '';
    lines.push(`  - ${person.name}${role}${aliases}`);
  }
  if (orgs.length > 0) lines.push(`  Organizations: ${orgs.map((o) => o.name).join(', ')}`);
  lines.push('');

  lines.push('Next');
  if (brief.next.length === 0) lines.push('  (no upcoming dates)');
  for (const item of brief.next) {
    const time =
      item.time !== null ? ` ${item.time}${item.timezone !== null ? ` ${item.timezone}` : ''}` : '';
    const where = item.where !== null ? ` (${item.where})` : '';
    lines.push(`  - ${item.date}${time}  ${item.what}${where}`, `      "${item.quote}"`);
  }
  if (brief.warnings && brief.warnings.length > 0) {
    lines.push('', 'Notes');
    for (const warning of brief.warnings) lines.push(`  - ${warning}`);
  }
  return `${lines.join('\n')}\n`;
}
