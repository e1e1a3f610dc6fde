import { explainText } from '../../../../../src/engine/local/dates/explain-dates';

/**
 * What the date stages say of the mention `text` in `sentence` written on `published`: "verdict/rule",
 * plus "/moved" or "/cancelled" when kept with that status. Throws when the mention is not found, so a
 * row cannot pass by parsing nothing.
 */
export function verdictOf(sentence: string, text: string, published: string): string {
  const trace = explainText(sentence, published);
  const step = trace.find((t) => t.text === text);
  if (!step) throw new Error(`"${text}" not found; mentions: ${trace.map((t) => t.text).join(', ')}`);
  const status = step.status !== undefined && step.status !== 'scheduled' ? `/${step.status}` : '';
  return `${step.verdict}/${step.rule}${status}`;
}

/** One row of a rule's table: sentence, mention, publication day, expected "verdict/rule". */
export type Row = [sentence: string, mention: string, published: string, expected: string];
