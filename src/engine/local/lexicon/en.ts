import type { DateWords, Lexicon, NameWords, OrgWords } from './lexicon';

/** Space-separated words as a list. */
const list = (words: string): string[] => words.trim().split(/\s+/);

const WEEKDAYS = list('monday tuesday wednesday thursday friday saturday sunday');
const MONTHS = list('january february march april may june july august september october november december');

/** English words of the date stages. */
const dates: DateWords = {
  weekdays: WEEKDAYS,
  months: MONTHS,
  monthAbbreviations: list('jan feb mar apr jun jul aug sep sept oct nov dec'),
  relativeDays: list('today tomorrow tonight'),
  speechVerbs: list('said says told tells added adds announced announces stated confirmed warned'),
  planWords: list('scheduled rescheduled planned slated set due expected'),
  moveWords: [...list('postponed delayed moved rescheduled'), 'pushed back', 'put off', 'brought forward'],
  cancelWords: [...list('cancelled canceled scrapped axed'), 'called off'],
  moveTargets: list('to until till for'),
  clauseJoiners: list('but and while although whereas'),
  pastEventPhrases: ['was held', 'were held', 'took place', 'met on', 'had been', 'anniversary of'],
  habitualAdverbs: list('normally usually typically generally traditionally customarily'),
  recurringWords: list('every each'),
  periodNouns: list('year month week day'),
  timePrepositions: [
    ...list('on at by before after until till over for since from during in of around through'),
    'ahead of',
  ],
  replacedPhrases: ['instead of', 'rather than', 'in place of', 'into'],
  monthModifiers: list('early late mid end beginning start middle'),
  eventNouns: list(
    'talks negotiations meeting summit conference vote referendum ballot election elections primary trial hearing ' +
      'verdict sentencing ruling launch release debut premiere opening ceremony inauguration visit deadline sale ' +
      'auction strike walkout protest march rally match final game race tournament festival show exhibition fair',
  ),
  futureMarkers: list('next coming upcoming forthcoming'),
  pastMarkers: list('last past previous'),
  aheadPhrases: [
    ...list('before for until at in on to'),
    'ahead of',
    'in the run-up to',
    'preparing for',
    'prepare for',
  ],
  vaguePeriods: list('week weekend summer winter spring autumn fall year season decade'),
  vagueLeads: ['within', 'over', 'the middle of', 'the course of', 'sometime', 'some time'],
  limitLeads: ['no earlier than', 'not before', 'until at least', 'at the earliest'],
  recurringNouns: list('evenings mornings afternoons nights editions services sessions shows'),
  rhetoricalLeads: ['come back', 'check back', 'tune in', 'whatever happens', 'no matter what happens'],
  futureAuxiliaries: [
    ...list('will shall'),
    ...['is', 'are'].flatMap((be) => ['due', 'set', 'expected', 'scheduled', 'to'].map((w) => `${be} ${w}`)),
  ],
  timetableVerbs: list(
    'play plays meet meets face faces host hosts visit visits travel travels race races open opens start starts ' +
      'resume resumes return returns kick kicks tour tours perform performs',
  ),
};

/** English words of the people detector. */
const names: NameWords = {
  titles: new Set(
    (
      'president vice-president president-elect minister premier chancellor secretary spokesman spokeswoman spokesperson ' +
      'senator sen governor gov mayor chief executive ceo cfo coo cto director chairman chairwoman chair chairperson head ' +
      'leader ambassador envoy commissioner general gen admiral colonel col captain capt commander lieutenant lt sergeant ' +
      'major marshal officer judge justice king queen prince princess emperor empress pope archbishop bishop cardinal ' +
      'rabbi imam sheikh emir sultan premier analyst economist professor prof lawyer attorney prosecutor frontman frontwoman ' +
      'singer guitarist drummer actor actress coach manager striker goalkeeper player founder co-founder owner investor ' +
      'representative rep congressman congresswoman lawmaker legislator mp mep official diplomat negotiator correspondent ' +
      'reporter editor author writer researcher scientist candidate challenger counterpart deputy undersecretary ' +
      'treasurer auditor inspector superintendent sheriff detective dean rector chancellor principal activist campaigner ' +
      'journalist photographer artist musician rapper producer filmmaker novelist poet boss leader governor-general ' +
      'administrator adviser advisor aide consultant strategist pollster spokesmen ministers presidents head-of-state ' +
      'partner member chairman-elect nominee secretary-general director-general vice-chairman vice-chair minister-president ' +
      'councillor councilor alderman magistrate ombudsman regent crown dictator strongman warlord commander-in-chief'
    ).split(/\s+/),
  ),
  roleModifiers: new Set(
    (
      'prime former ex then acting interim outgoing incoming current new late deputy vice senior top chief lead assistant ' +
      'associate principal managing executive general joint sitting retired newly elected appointed designated special'
    ).split(/\s+/),
  ),
  departments: new Set(
    (
      'state foreign affairs defence defense interior home treasury justice health energy commerce finance economy ' +
      'economic trade agriculture education labour labor transport environment culture industry security intelligence ' +
      'diplomacy communications development research product products operations marketing sales technology public ' +
      'international domestic national homeland veterans housing infrastructure budget staff armed forces navy army ' +
      'police communication policy strategy digital climate research investment'
    ).split(/\s+/),
  ),
  roleConnectors: new Set(['of', 'for', 'to', 'at', 'and', 'on']),
  honorifics: new Set(
    'mr mrs ms miss mme mm messrs mlle dr sir dame lord lady monsieur madame herr frau señor senor sr sra m'.split(
      /\s+/,
    ),
  ),
  neverName: new Set(
    (
      'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
      'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
      'i he she it we they you his her its their our my this that these those there here the a an and or but if when while ' +
      'after before during since until although though however meanwhile according also yet so then now still even ' +
      'christmas easter ramadan eid hanukkah thanksgiving new year internet web online god allah read article ' +
      'world war north south east west northern southern eastern western central western upper lower greater ' +
      'mm mr mrs ms dr covid coronavirus one two three four five six seven eight nine ten first second third'
    ).split(/\s+/),
  ),
  speechVerbs: new Set(
    (
      'said says say added adds told tells stated states explained explains noted notes concluded concludes argued argues ' +
      'wrote writes insisted insists warned warns announced announces declared declares recalled recalls stressed stresses ' +
      'acknowledged acknowledges admitted admits claimed claims asked asks replied replies tweeted posted confirmed ' +
      'confirms denied denies urged urges called calls met meets spoke speaks'
    ).split(/\s+/),
  ),
  particles: new Set(
    'de da di del della der den van von le la du dos das bin ibn al el y ter ten'.split(/\s+/),
  ),
};

/** English words of the organization detector. */
const orgs: OrgWords = {
  suffixes: new Set(
    (
      'company co corp corporation inc incorporated ltd limited llc plc group holdings agency ministry department ' +
      'council commission committee union organization organisation association party bank university college institute ' +
      'forces army navy court parliament congress senate assembly foundation fund office service services authority ' +
      'federation league alliance network bureau administration board cabinet government motors airlines airways ' +
      'railways industries technologies systems labs laboratories pharmaceuticals entertainment studios records media ' +
      'press times post journal herald tribune gazette news broadcasting television radio club fc police guard ' +
      'commission secretariat tribunal directorate command coalition movement front society trust exchange reserve ' +
      'treasury publishing publishers united athletic rovers wanderers rangers albion hotspur metals steel mining ' +
      'transport sinfonietta orchestra philharmonic choir ensemble biologics therapeutics energy petroleum air ' +
      'airport dynamics aerospace robotics electronics logistics semiconductors ventures markets'
    ).split(/\s+/),
  ),
  institutions: [
    'White House',
    'Kremlin',
    'Pentagon',
    'Élysée',
    'Elysee',
    'Downing Street',
    'Vatican',
    'Bundestag',
    'Duma',
    'Knesset',
    'Elysée',
    'Saeima',
    'Verkhovna Rada',
    'Sejm',
    'Seimas',
    'Riksdag',
    'Storting',
    'Folketing',
    'Riigikogu',
    'Oireachtas',
    'Politburo',
    'Congress',
    'Senate',
    'Federal Reserve',
    'Supreme Court',
    'European Commission',
    'European Union',
    'United Nations',
    'Security Council',
    'Wall Street',
  ],
  acronyms: new Set(
    (
      'NATO OSCE UN EU IMF WHO WTO OPEC ASEAN APEC G7 G20 FBI CIA NSA NASA ESA BBC CNN NHS ECB IAEA UNESCO UNICEF ' +
      'UNHCR OECD AU ICC ICJ FIFA UEFA IOC SEC FDA EPA CDC GOP ANC PLO NAACP ACLU MI5 MI6 KGB FSB SNCF IRS DOJ'
    ).split(/\s+/),
  ),
  notOrg: new Set(
    (
      'us usa u.s. uk u.k. uae ussr prc gmt utc est edt pst pdt cet cest bst ceo cfo coo cto mp mep tv led gb mb kb ' +
      'tb hd usb pc ok am pm ad bc id pdf faq ii iii iv vi vii viii ix xi xii dna covid aids hiv gdp vat'
    ).split(/\s+/),
  ),
  introducers: new Set(
    (
      'company automaker carmaker car-maker firm group blog giant maker manufacturer bank retailer airline newspaper ' +
      'agency network carrier broadcaster publisher insurer startup start-up website site label band party ' +
      'conglomerate chain operator supplier developer brand broadcaster channel magazine daily outlet regulator ' +
      'watchdog charity organisation organization union club team studio lender fund investor plant factory subsidiary ' +
      'division affiliate unit service steelmaker drugmaker chipmaker miner automaker planemaker shipbuilder ' +
      'association auditor auditors consultancy'
    ).split(/\s+/),
  ),
  eventWords: new Set(
    (
      'conference summit games cup festival show expo awards award championship championships olympics war talks ' +
      'meeting tournament open marathon prize day week act treaty accord agreement protocol declaration'
    ).split(/\s+/),
  ),
  vehicleWords: new Set(
    'probe spacecraft ship satellite rover lander orbiter telescope vessel rocket shuttle capsule submarine'.split(
      ' ',
    ),
  ),
  placeNames: new Set(['west bank', 'gaza strip', 'golan heights', 'left bank', 'south bank', 'middle east']),
};

/** The English lexicon: every English word list of the local engine. */
export const en: Lexicon = { lang: 'en', dates, names, orgs };
