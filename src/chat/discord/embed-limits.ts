/**
 * Discord's message and embed limits, and the helpers that cut text to fit them.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title + description + field names and values + footer + author, over every embed of a message. */
  total: 6000,
  embedsPerMessage: 10,
  /** Plain message content. */
  content: 2000,
} as const;

/** Cuts `text` to at most `max` UTF-16 units (what Discord counts), ending with "…" when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Never leave half of a surrogate pair (an emoji) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The line that replaces what did not fit. */
export function andMore(count: number): string {
  return `… and ${count} more`;
}

/** Lines packed into at most `max` characters (joined with "\n"), and how many were left out. */
export interface FittedLines {
  text: string;
  /** Lines that did not fit. */
  rest: string[];
}

/**
 * Packs whole lines into `max` characters. Each line is first cut to `max`.
 * With `withMore`, the text ends with "… and N more" when lines were left out (the room for it is kept).
 */
export function fitLines(lines: readonly string[], max: number, withMore = true): FittedLines {
  const taken: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = truncate(lines[i] ?? '', max);
    const add = (taken.length > 0 ? 1 : 0) + line.length;
    const leftAfter = lines.length - i - 1;
    const moreRoom = withMore && leftAfter > 0 ? 1 + andMore(leftAfter).length : 0;
    if (length + add + moreRoom > max) {
      const rest = lines.slice(i);
      if (!withMore) return { text: taken.join('\n'), rest };
      return { text: appendMore(taken, rest.length, max), rest };
    }
    taken.push(line);
    length += add;
  }
  return { text: taken.join('\n'), rest: [] };
}

function appendMore(taken: string[], dropped: number, max: number): string {
  const kept = [...taken];
  let count = dropped;
  for (;;) {
    const text = [...kept, andMore(count)].join('\n');
    if (text.length <= max || kept.length === 0) return truncate(text, max);
    kept.pop();
    count += 1;
  }
}

/** The characters Discord counts towards the 6,000 total of one embed. */
export function embedLength(embed: {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  n += embed.footer?.text.length ?? 0;
  n += embed.author?.name.length ?? 0;
  return n;
}

/** An embed field as Discord takes it. */
export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

/**
 * Spreads lines over up to `maxFields` fields named `name` (then "name (cont.)"), within `budget`
 * characters in all; the last field ends with "… and N more" when lines were left out.
 */
export function packFields(
  name: string,
  lines: readonly string[],
  maxFields: number,
  budget: number,
): EmbedField[] {
  const minRoom = 40;
  const contName = `${name} (cont.)`;
  const fields: EmbedField[] = [];
  let rest = [...lines];
  let left = budget;
  for (let i = 0; i < maxFields && rest.length > 0; i++) {
    const fieldName = i === 0 ? name : contName;
    const room = Math.min(EMBED_LIMITS.fieldValue, left - fieldName.length);
    if (room < minRoom) break;
    let fitted = fitLines(rest, room, false);
    const canContinue =
      i < maxFields - 1 && left - fieldName.length - fitted.text.length - contName.length >= minRoom;
    if (fitted.rest.length > 0 && !canContinue) fitted = { text: fitLines(rest, room, true).text, rest: [] };
    fields.push({ name: fieldName, value: fitted.text });
    left -= fieldName.length + fitted.text.length;
    rest = fitted.rest;
  }
  if (rest.length > 0 && fields.length === 0 && budget >= name.length + andMore(rest.length).length) {
    fields.push({ name, value: andMore(rest.length) });
  }
  return fields;
}
