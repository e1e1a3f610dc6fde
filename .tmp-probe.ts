import { resolveDates } from './src/engine/local/dates/resolve-dates';
import { LocalEngine } from './src/engine/local/local-engine';
import { fixedClock } from './src/clock/clock';
import { portStrikeArticle, injectedPortArticle, correctPortAnswer } from './tests/fixtures/openai/port-strike-article';
for (const n of correctPortAnswer.next) console.log(n.quote, JSON.stringify(resolveDates(n.quote, '2024-03-04')));
console.log(JSON.stringify(resolveDates('a follow-up hearing on January 1, 2099', '2024-03-04')));
const e = new LocalEngine({ clock: fixedClock('2024-03-04T10:00:00Z') });
e.brief(portStrikeArticle).then((b) => console.log(JSON.stringify(b, null, 1)));
e.brief(injectedPortArticle).then((b) => console.log(JSON.stringify(b.next)));
