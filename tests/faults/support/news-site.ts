import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const towns = [
  'Harlow Bay',
  'Millbrook',
  'Eastcombe',
  'Port Alder',
  'Kingsreach',
  'Drayford',
  'Wexmoor',
  'Lindale',
];
const people = [
  ['Marta Okafor', 'mayor'],
  ['Daniel Reyes', 'council leader'],
  ['Ingrid Solberg', 'transport commissioner'],
  ['Samuel Achterberg', 'union secretary'],
  ['Priya Natarajan', 'health board chair'],
  ['Tobias Lenz', 'harbour master'],
] as const;
const topics = [
  'bus depot',
  'river crossing',
  'school budget',
  'hospital wing',
  'ferry contract',
  'library levy',
];
const months = ['April', 'May', 'June', 'July'];

/** A distinct local-news article (written for these benchmarks and faults), published 2025-03-0x. */
export function newsArticleHtml(i: number): string {
  const town = towns[i % towns.length]!;
  const [name, role] = people[i % people.length]!;
  const [other, otherRole] = people[(i + 3) % people.length]!;
  const topic = topics[(i >> 3) % topics.length]!;
  const month = months[i % months.length]!;
  const day = 3 + (i % 24);
  const title = `${town} council delays vote on ${topic} plan (report ${i})`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Valley Ledger</title>
<meta property="og:site_name" content="Valley Ledger">
<meta property="article:published_time" content="2025-03-0${1 + (i % 9)}T08:00:00Z"></head>
<body><header><nav>Home · Local · Politics</nav></header><article><h1>${title}</h1>
<p>The ${town} council postponed its decision on the ${topic} plan on Tuesday after residents packed the
chamber to object to the cost, which officials now put at ${4 + (i % 7)}.${i % 10} million pounds.</p>
<p>${name}, the ${role}, said the council would hold a public hearing on ${month} ${day} before any vote.
"People deserve to see the figures before we commit a penny," ${name.split(' ')[1]} told reporters after the meeting.</p>
<p>${other}, the ${otherRole}, warned that each month of delay adds to the bill. The finance committee is due
to publish a revised estimate on ${month} ${day + 2}, and the full council will vote on ${month} ${day + 4}.</p>
<p>Opposition members said they would press for an independent review. Residents' groups in ${town} have
collected more than ${1200 + i} signatures calling for the plan to be scaled back.</p>
<p>The council said the consultation documents would be available at the town hall and online from next week.</p>
</article><footer>© Valley Ledger</footer></body></html>`;
}

/** A local news server with `count` distinct stories at /story/<i>. */
export async function startNewsSite(count: number): Promise<FixtureServer & { storyUrl(i: number): string }> {
  const site = await startFixtureServer();
  for (let i = 0; i < count; i++) {
    site.route(`/story/${i}`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: newsArticleHtml(i),
    });
  }
  return Object.assign(site, { storyUrl: (i: number) => `${site.url}/story/${i}` });
}
