import { externalLink, html, type SafeHtml } from '../channel-page/html';
import { renderLayout } from '../channel-page/page-layout';
import type { FeedHealthLine, StatusData } from './status-data';

/** "2026-12-01 09:14 UTC" */
function utc(at: number | null): string {
  if (at === null) return 'unknown';
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function queuesTable(data: StatusData): SafeHtml {
  return html`<table>
    <caption class="meta">
      Jobs in each queue now
    </caption>
    <thead>
      <tr>
        <th scope="col">Queue</th>
        <th scope="col">Waiting</th>
        <th scope="col">Active</th>
        <th scope="col">Delayed</th>
        <th scope="col">Failed</th>
        <th scope="col">Completed</th>
      </tr>
    </thead>
    <tbody>
      ${data.queues.map(
        (q) =>
          html`<tr>
            <th scope="row">${q.queue}</th>
            <td>${q.counts.waiting}</td>
            <td>${q.counts.active}</td>
            <td>${q.counts.delayed}</td>
            <td>${q.counts.failed}</td>
            <td>${q.counts.completed}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function failuresList(data: StatusData): SafeHtml {
  if (data.failures.length === 0) return html`<p>No failed jobs are kept.</p>`;
  return html`<ul class="plain">
    ${data.failures.map(
      (f) =>
        html`<li class="event">
          <p><span class="when">${utc(f.at)}</span> · ${f.queue} · job ${f.id}</p>
          <p>${f.reason}</p>
          ${f.url ? html`<p class="meta">${externalLink(f.url, f.url)}</p>` : ''}
        </li>`,
    )}
  </ul>`;
}

function deliveryErrors(data: StatusData): SafeHtml {
  if (data.deliveryErrors.length === 0) return html`<p>No failed deliveries.</p>`;
  return html`<table>
    <caption class="meta">
      Failed delivery jobs kept, by platform
    </caption>
    <thead>
      <tr>
        <th scope="col">Platform</th>
        <th scope="col">Failed</th>
        <th scope="col">Last reason</th>
      </tr>
    </thead>
    <tbody>
      ${data.deliveryErrors.map(
        (e) =>
          html`<tr>
            <th scope="row">${e.platform}</th>
            <td>${e.failed}</td>
            <td>${e.lastReason} <span class="muted">(${utc(e.lastAt)})</span></td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function remindersList(data: StatusData): SafeHtml {
  if (data.reminders.length === 0) return html`<p>No reminders due in the next 24 hours.</p>`;
  return html`<ul class="plain">
    ${data.reminders.map(
      (r) =>
        html`<li>
          <span class="when">${utc(r.at)}</span> · ${r.platform} ${r.channel} ·
          ${r.what ?? 'event no longer stored'} <span class="muted">(${r.lead} before)</span>
        </li>`,
    )}
  </ul>`;
}

function feedsPart(feeds: FeedHealthLine[] | undefined): SafeHtml {
  if (feeds === undefined) return html`<p>Followed feeds are not part of this briefbot yet.</p>`;
  if (feeds.length === 0) return html`<p>No feeds are followed.</p>`;
  return html`<ul class="plain">
    ${feeds.map(
      (f) =>
        html`<li>
          ${externalLink(f.url, f.url)} · ${f.channels} channel${f.channels === 1 ? '' : 's'} · last polled
          ${utc(f.lastPolledAt)}${f.lastError ? html` · <span class="status">${f.lastError}</span>` : ''}
        </li>`,
    )}
  </ul>`;
}

/** The admin status page of the whole install. */
export function renderStatusPage(data: StatusData): string {
  const section = (id: string, title: string, body: SafeHtml) =>
    html`<section id="${id}" aria-labelledby="${id}-h">
      <h2 id="${id}-h">${title}</h2>
      ${body}
    </section>`;
  return renderLayout({
    title: 'briefbot status',
    kicker: 'briefbot · admin',
    heading: 'Status',
    sections: [
      ['queues', 'Queues'],
      ['failures', 'Last failures'],
      ['deliveries', 'Delivery errors'],
      ['reminders', 'Reminders'],
      ['feeds', 'Feeds'],
    ],
    main: [
      section(
        'queues',
        'Queues',
        html`${queuesTable(data)}${data.boardHref ? html`<p><a href="${data.boardHref}">Open the queue board (Bull Board)</a> to retry or inspect jobs.</p>` : ''}`,
      ),
      section('failures', 'Last failures', failuresList(data)),
      section('deliveries', 'Delivery errors per platform', deliveryErrors(data)),
      section('reminders', 'Reminders due in the next 24 hours', remindersList(data)),
      section('feeds', 'Feeds', feedsPart(data.feeds)),
    ],
    footer: `As of ${utc(data.now.getTime())}.`,
  }).value;
}
