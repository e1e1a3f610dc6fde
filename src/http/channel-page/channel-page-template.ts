import type { NextDate } from '../../engine/brief';
import type { ChannelEvent } from '../../events/channel-event';
import { addDays } from '../../events/zoned-time';
import { defaultAllDayLeads, defaultTimedLeads, reminderHour } from '../../events/reminder-plan';
import type { ChannelBriefEntry } from '../../storage/channel-brief-log';
import type { ChannelSettings } from '../../storage/channel-settings-store';
import { groupByDay, type ChannelPageData, type DayGroup, type FollowedFeedLine } from './channel-page-data';
import { externalLink, html, type SafeHtml } from './html';
import { renderLayout } from './page-layout';
import { instantText, isBefore, longDate, shortDate, todayIn } from './page-dates';

const platformNames: Record<string, string> = { slack: 'Slack', discord: 'Discord' };

function statusNote(event: ChannelEvent): SafeHtml {
  if (event.status === 'cancelled') return html` <span class="status">called off</span>`;
  if (event.status === 'postponed') return html` <span class="status">postponed</span>`;
  if (event.status === 'rescheduled')
    return html` <span class="status"
      >moved${event.previousDate ? ` from ${shortDate(event.previousDate)}` : ''}</span
    >`;
  return html``;
}

function dayHeading(group: DayGroup, today: string): string {
  if (/^\d{4}-\d{2}$/.test(group.key)) return `Some time in ${longDate(group.key)}`;
  const label = longDate(group.key);
  if (group.key === today) return `Today, ${label}`;
  if (group.key === addDays(today, 1)) return `Tomorrow, ${label}`;
  return label;
}

function renderUpcoming(data: ChannelPageData): SafeHtml {
  const zone = data.settings.timezone;
  const groups = groupByDay(data.events, zone);
  const today = todayIn(data.now, zone);
  const body =
    groups.length === 0
      ? html`<p>No dates in the next ${data.days} days. Dates from new briefs appear here.</p>`
      : groups.map(
          (group) =>
            html`<section aria-labelledby="day-${group.key}">
              <h3 id="day-${group.key}"><time datetime="${group.key}">${dayHeading(group, today)}</time></h3>
              <ul class="plain">
                ${group.items.map(
                  ({ event, time, originalTime }) =>
                    html`<li class="event">
                      <p>
                        <span class="when">${time ?? 'All day'}</span> —
                        ${event.what}${event.where ? html`, ${event.where}` : ''}${statusNote(event)}${originalTime ? html` <span class="muted">(${originalTime})</span>` : ''}
                      </p>
                      ${event.sources.map(
                        (s) =>
                          html`<p class="meta">From ${externalLink(s.url, s.title)}</p>
                            <blockquote>${s.quote}</blockquote>`,
                      )}
                    </li>`,
                )}
              </ul>
            </section>`,
        );
  return html`<section id="upcoming" aria-labelledby="upcoming-h">
    <h2 id="upcoming-h">Next ${data.days} days</h2>
    <p class="meta">Times in ${zone}.</p>
    ${body}
  </section>`;
}

function nextDateLine(item: NextDate, today: string): SafeHtml {
  const past = isBefore(item.date, today);
  const when = [shortDate(item.date), item.time, item.time ? item.timezone : null].filter(Boolean).join(' ');
  return html`<li class="event${past ? ' past' : ''}">
    <p>
      <span class="when">${when}</span> —
      ${item.what}${item.where ? html`, ${item.where}` : ''}${past ? html` <span class="muted">(past)</span>` : ''}
    </p>
    <blockquote>${item.quote}</blockquote>
  </li>`;
}

function renderBrief(entry: ChannelBriefEntry, index: number, data: ChannelPageData): SafeHtml {
  const { brief } = entry;
  const zone = data.settings.timezone;
  const today = todayIn(data.now, zone);
  const meta = [
    brief.site ?? null,
    brief.published ? `published ${shortDate(brief.published)}` : null,
    `posted here ${instantText(new Date(entry.deliveredAt), zone)}`,
  ].filter((p): p is string => p !== null);
  const who = brief.who.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(' · ');
  return html`<article class="card" aria-labelledby="brief-${index}">
    <h3 id="brief-${index}">${externalLink(brief.url, brief.title)}</h3>
    <p class="meta">${meta.join(' · ')}</p>
    <p>${brief.what}</p>
    ${who ? html`<p><strong>Who:</strong> ${who}</p>` : ''}
    ${
      brief.next.length > 0
        ? html`<h4>Next dates</h4>
            <ul class="plain">
              ${brief.next.map((n) => nextDateLine(n, today))}
            </ul>`
        : html`<p class="muted">No dates ahead in this article.</p>`
    }
  </article>`;
}

function renderBriefs(data: ChannelPageData): SafeHtml {
  return html`<section id="briefs" aria-labelledby="briefs-h">
    <h2 id="briefs-h">Recent briefs</h2>
    ${
      data.briefs.length === 0
        ? html`<p>No briefs posted here yet. Share a link with <code>/brief https://…</code>.</p>`
        : data.briefs.map((entry, i) => renderBrief(entry, i, data))
    }
  </section>`;
}

function remindersText(settings: ChannelSettings): string {
  const leads = settings.reminderLeads;
  if (leads === null)
    return `default: ${defaultAllDayLeads.join(' and ')} before all-day events (at ${reminderHour}), ${defaultTimedLeads.join(' and ')} before timed ones`;
  if (leads.length === 0) return 'off';
  return `${leads.join(', ')} before each event`;
}

function feedsRow(feeds: readonly FollowedFeedLine[] | undefined): SafeHtml {
  if (feeds === undefined) return html``;
  const list =
    feeds.length === 0
      ? 'none'
      : html`<ul class="plain">
          ${feeds.map(
            (f) =>
              html`<li>
                ${externalLink(f.url, f.title ?? f.url)}${f.note ? html` <span class="muted">(${f.note})</span>` : ''}
              </li>`,
          )}
        </ul>`;
  return html`<dt>Followed feeds</dt>
    <dd>${list}</dd>`;
}

function renderSettings(data: ChannelPageData): SafeHtml {
  const s = data.settings;
  const digest = s.digestTime
    ? `daily at ${s.digestTime}${s.digestSkipEmpty ? ', skipped on days with nothing new' : ''}`
    : 'off';
  return html`<section id="settings" aria-labelledby="settings-h">
    <h2 id="settings-h">Settings</h2>
    <dl class="settings">
      <dt>Time zone</dt>
      <dd>${s.timezone}</dd>
      <dt>Digest</dt>
      <dd>${digest}</dd>
      <dt>Reminders</dt>
      <dd>${remindersText(s)}</dd>
      <dt>Watch</dt>
      <dd>${s.watch ? 'on: every link posted here is briefed' : 'off: only links given to /brief'}</dd>
      ${feedsRow(data.feeds)}
      <dt>Calendar</dt>
      <dd><a href="${data.calendarHref}">Calendar feed (ICS) of this channel’s dates</a></dd>
    </dl>
    <p class="meta">
      Change these in the channel: <code>/brief tz</code>, <code>/brief digest</code>,
      <code>/brief remind</code>, <code>/brief watch</code>.
    </p>
  </section>`;
}

/** The whole channel page: upcoming dates, recent briefs, settings. */
export function renderChannelPage(data: ChannelPageData): string {
  const platform = platformNames[data.ref.platform] ?? data.ref.platform;
  return renderLayout({
    title: `briefbot · ${platform} channel ${data.ref.channel}`,
    kicker: `briefbot · ${platform} channel`,
    heading: `Briefs and dates for ${data.ref.channel}`,
    sections: [
      ['upcoming', 'Next dates'],
      ['briefs', 'Recent briefs'],
      ['settings', 'Settings'],
    ],
    main: [renderUpcoming(data), renderBriefs(data), renderSettings(data)],
    footer: `Page made ${instantText(data.now, data.settings.timezone)} (${data.settings.timezone}). Anyone with this link can read it; /brief page reset replaces it.`,
  }).value;
}
