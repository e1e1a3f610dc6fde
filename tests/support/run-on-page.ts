/**
 * A page whose article is one run-on sentence (no full stop) packed with dates and event words, the
 * shape that made the local engine super-linear (issue 17): about `chars` characters of body text.
 */
export function runOnSentence(chars: number): string {
  const parts = [
    'the summit on January 10',
    'a vote on March 3',
    'talks will resume on Friday',
    'the hearing is scheduled for April 22',
    'the launch meeting next Tuesday',
  ];
  let text = 'Officials said';
  for (let i = 0; text.length < chars; i++) text += ` ${parts[i % parts.length]} and`;
  return text;
}

export function runOnPage(chars: number): string {
  return `<!doctype html><html lang="en"><head><title>Schedule of everything</title>
<meta property="article:published_time" content="2026-11-20T08:00:00Z"></head>
<body><article><h1>Schedule of everything</h1><p>${runOnSentence(chars)}</p></article></body></html>`;
}
