/**
 * Word lists the people and organization detectors share: titles and role nouns that
 * precede a name, honorifics, and words that are never part of a person's name.
 * All entries are lowercase; compare with `word.toLowerCase()`.
 */

/** Nouns that name a position; they make the words around them a role, never a name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
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
);

/** Words that qualify a title ("former", "acting") and belong to the role. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'prime former ex then acting interim outgoing incoming current new late deputy vice senior top chief lead assistant ' +
    'associate principal managing executive general joint sitting retired newly elected appointed designated special'
  ).split(/\s+/),
);

/** Portfolio and department words that appear inside titles ("Secretary of State", "head of finance"). */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  (
    'state foreign affairs defence defense interior home treasury justice health energy commerce finance economy ' +
    'economic trade agriculture education labour labor transport environment culture industry security intelligence ' +
    'diplomacy communications development research product products operations marketing sales technology public ' +
    'international domestic national homeland veterans housing infrastructure budget staff armed forces navy army ' +
    'police communication policy strategy digital climate research investment'
  ).split(/\s+/),
);

/** Words that join the parts of a role ("Minister for Foreign Affairs", "ambassador to China"). */
export const ROLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'and', 'on']);

/** Courtesy titles: dropped from the name, kept in the alias form ("Mr. Putin"). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss mme mm messrs mlle dr sir dame lord lady monsieur madame herr frau señor senor sr sra m'.split(
    /\s+/,
  ),
);

/** Capitalised words that are never a person's name: months, weekdays, pronouns and sentence openers. */
export const NEVER_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
    'i he she it we they you his her its their our my this that these those there here the a an and or but if when while ' +
    'after before during since until although though however meanwhile according also yet so then now still even ' +
    'christmas easter ramadan eid hanukkah thanksgiving new year internet web online god allah read article ' +
    'world war north south east west northern southern eastern western central western upper lower greater ' +
    'mm mr mrs ms dr covid coronavirus one two three four five six seven eight nine ten first second third'
  ).split(/\s+/),
);

/** Verbs of speech and action that follow a person's name ("Peskov added", "Barra said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say added adds told tells stated states explained explains noted notes concluded concludes argued argues ' +
    'wrote writes insisted insists warned warns announced announces declared declares recalled recalls stressed stresses ' +
    'acknowledged acknowledges admitted admits claimed claims asked asks replied replies tweeted posted confirmed ' +
    'confirms denied denies urged urges called calls met meets spoke speaks'
  ).split(/\s+/),
);

/** Lowercase particles allowed inside a name ("Charles de Gaulle", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da di del della der den van von le la du dos das bin ibn al el y ter ten'.split(/\s+/),
);
