import type { Brief } from '../../src/engine/brief';

/**
 * Briefs of one Paris newsroom channel, written for the channel page tests (not from the corpus).
 * "Now" is Tuesday 1 December 2026, 09:00 in Paris.
 */
export const pageNow = '2026-12-01T08:00:00Z';
export const pageZone = 'Europe/Paris';

export const nightBusBrief: Brief = {
  url: 'https://courrier.example/paris/night-bus-vote',
  title: 'Paris council sets vote on night-bus plan',
  site: 'Le Courrier',
  published: '2026-11-30',
  who: [
    { name: 'Anne Hidalgo', kind: 'person', role: 'Mayor of Paris' },
    { name: 'RATP', kind: 'organization' },
  ],
  what: 'The city council will vote on extending night buses to every arrondissement after a month of consultation.',
  next: [
    {
      date: '2026-11-20',
      time: null,
      timezone: null,
      what: 'consultation closed',
      where: null,
      quote: 'The consultation closed on November 20 with 12,000 replies.',
    },
    {
      date: '2026-12-08',
      time: null,
      timezone: null,
      what: 'council vote on night buses',
      where: 'Hôtel de Ville',
      quote: 'Councillors will vote on the plan on December 8 at the Hôtel de Ville.',
    },
    {
      date: '2026-12-15',
      time: '18:30',
      timezone: 'Europe/Paris',
      what: 'public hearing',
      where: 'Mairie du 11e',
      quote: 'A public hearing is set for 6.30pm on December 15 at the Mairie du 11e.',
    },
    {
      date: '2027-02-10',
      time: null,
      timezone: null,
      what: 'first night routes start',
      where: null,
      quote: 'The first new night routes would start on February 10.',
    },
  ],
  engine: 'local',
};

export const unVoteBrief: Brief = {
  url: 'https://wire.example/un/security-council-vote',
  title: 'Security Council to vote on Sahel mission',
  site: 'Wire Example',
  published: '2026-11-29',
  who: [{ name: 'Linda Thomas-Greenfield', kind: 'person', role: 'US ambassador to the UN' }],
  what: 'The Security Council will vote on renewing the Sahel peacekeeping mission on Thursday evening in New York.',
  next: [
    {
      date: '2026-12-03',
      time: '20:00',
      timezone: 'America/New_York',
      what: 'Security Council vote on Sahel mission',
      where: 'New York',
      quote: 'The vote is scheduled for 8 p.m. on Thursday, December 3.',
    },
  ],
  engine: 'local',
};

/** Markup, script links and chat mentions everywhere an article or model can put text. */
export const hostileBrief: Brief = {
  url: 'javascript:alert(1)//https://evil.example/',
  title: '<script>alert("title")</script><img src=x onerror=alert(2)> @everyone <!channel>',
  site: '<b>Evil</b> Times',
  published: '2026-11-30',
  who: [{ name: '<iframe src="https://evil.example/frame"></iframe>', kind: 'person', role: '<@U123> & co' }],
  what: 'Read <a href="javascript:alert(3)">this</a> now <@U999> <#C123> `code` \'quoted\'',
  next: [
    {
      date: '2026-12-20',
      time: null,
      timezone: null,
      what: '"><svg onload=alert(4)>',
      where: '<style>body{display:none}</style>',
      quote: '</blockquote><script>alert(5)</script> on December 20',
    },
  ],
  engine: 'local',
};
