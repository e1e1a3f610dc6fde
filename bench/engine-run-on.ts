const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

/**
 * One sentence of about `chars` characters, full of dates and verbs ("the vote will be held on March 14,
 * and the hearing moved to Tuesday ..."): the worst case for any stage that scans between mentions.
 */
export function runOnSentence(chars: number): string {
  let text = 'The council said';
  for (let i = 0; text.length < chars; i++)
    text += ` the vote will be held on ${MONTHS[i % 6]} ${1 + (i % 27)}, and the hearing moved to Tuesday`;
  return `${text}.`;
}
