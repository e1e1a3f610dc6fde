/**
 * The shared command replies say `/brief watch on`; on Discord the same command is typed with named
 * options, `/brief watch on:True`. This rewrites every `/brief …` in backticks to Discord's syntax,
 * so help and error replies show what a Discord user can type.
 */
function discordCommand(inner: string): string {
  const [sub = '', ...restWords] = inner.trim().split(/\s+/);
  const rest = restWords.join(' ');
  if (/^(<link>|<url>|https?:\/\/|www\.)/i.test(sub)) return `link url:${inner.trim()}`;
  switch (sub) {
    case 'link':
      return rest ? `link url:${rest}` : 'link';
    case 'events': {
      const remove = /^remove\s+(\S+)/.exec(rest);
      if (remove) return `events remove:${remove[1]}`;
      return rest ? `events days:${rest.replace(/^\[(\w+)\]$/, '$1')}` : 'events';
    }
    case 'digest':
      return rest ? `digest time:${rest}` : 'digest';
    case 'remind':
      return rest ? `remind leads:${rest}` : 'remind';
    case 'watch':
      if (rest === 'on') return 'watch on:True';
      if (rest === 'off') return 'watch on:False';
      if (/^on\s*\|\s*off$/.test(rest)) return 'watch on:True|False';
      return 'watch';
    case 'tz':
      return rest ? `tz zone:${rest.replace(/^<zone>$/, 'Europe/Paris')}` : 'tz';
    case 'calendar':
      return rest ? `calendar action:${rest}` : 'calendar';
    default:
      return inner;
  }
}

export function toDiscordSyntax(text: string): string {
  return text.replace(/`\/brief ([^`]*)`/g, (_m, inner: string) => `\`/brief ${discordCommand(inner)}\``);
}
