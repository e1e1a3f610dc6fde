import type { DateWords, Lexicon, NameWords, OrgWords } from './lexicon';
import type { NativeWords } from './native-words';

/** Space-separated words as a list, a set, or a `word=number` record. */
const list = (words: string): string[] => words.trim().split(/\s+/);
const set = (words: string): Set<string> => new Set(list(words));
const numbered = (words: string): Record<string, number> =>
  Object.fromEntries(list(words).map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]));

/** German words of the date stages. */
const dates: DateWords = {
  weekdays: list('montag dienstag mittwoch donnerstag freitag samstag sonntag'),
  months: list('januar februar märz april mai juni juli august september oktober november dezember'),
  monthAbbreviations: list('jan feb mär apr jun jul aug sep sept okt nov dez'),
  relativeDays: list('heute morgen übermorgen heute abend'),
  speechVerbs: list('sagte sagten erklärte betonte teilte kündigte kündigten bestätigte'),
  planWords: list(
    'geplant geplante geplanten vorgesehen vorgesehene angesetzt angesetzte terminiert anberaumt',
  ),
  // prettier-ignore
  moveWords: list('verschoben verschiebt verschieben vertagt vertagte vertagen verlegt verlegte vorgezogen'),
  // prettier-ignore
  cancelWords: [...list('abgesagt absagen gestrichen storniert annulliert abgeblasen ausgesetzt entfällt entfallen'), 'fällt aus', 'fallen aus', 'findet nicht statt', 'nicht stattfinden'],
  moveTargets: ['auf', 'auf den', 'auf die', 'in den'],
  moveVerbLast: true,
  clauseJoiners: list('aber doch sondern während und'),
  pastEventPhrases: ['fand statt', 'fanden statt', 'hat stattgefunden', 'jahrestag'],
  habitualAdverbs: list('normalerweise üblicherweise traditionell gewöhnlich'),
  recurringWords: list('jeden jede jedes alle'),
  periodNouns: list('jahr monat woche tag'),
  timePrepositions: list('am an vor nach bis seit ab während über zu'),
  replacedPhrases: ['statt am', 'anstatt am', 'statt wie geplant'],
  monthModifiers: list('anfang mitte ende'),
  eventNouns: list(
    'gipfel treffen sitzung konferenz abstimmung wahl wahlen prozess anhörung urteil start eröffnung ' +
      'besuch streik kundgebung demonstration spiel finale festival messe ausstellung debatte',
  ),
  futureMarkers: list('kommenden kommender kommende nächsten nächster nächste'),
  pastMarkers: list('vergangenen vergangener letzten letzter vorigen'),
  aheadPhrases: ['vor', 'im vorfeld'],
  vaguePeriods: list('woche wochenende sommer winter frühjahr herbst jahr saison'),
  vagueLeads: ['innerhalb', 'im laufe', 'binnen'],
  limitLeads: ['nicht vor', 'frühestens'],
  recurringNouns: list('abende sitzungen ausgaben'),
  rhetoricalLeads: ['was auch immer passiert'],
  futureAuxiliaries: list('wird werden soll sollen'),
};

/** German words of the people detector and its native rules. */
const names: NameWords = {
  // prettier-ignore
  titles: set('beauftragte beauftragter beauftragten lehrer lehrerin arzt ärztin autor autorin pfarrerin bundeskanzler bundeskanzlerin kanzler kanzlerin bundespräsident bundespräsidentin präsident präsidentin ministerpräsident ministerpräsidentin minister ministerin regierungssprecher regierungssprecherin sprecher sprecherin chef chefin vorsitzende vorsitzender parteichef parteichefin oberbürgermeister oberbürgermeisterin bürgermeister bürgermeisterin abgeordnete abgeordneter staatssekretär staatssekretärin bischof erzbischof kardinal papst pfarrer richter richterin anwalt anwältin professor professorin prof dr herr frau direktor direktorin leiter leiterin vorstand personalvorstand chefvolkswirt trainer trainerin kapitän botschafter botschafterin journalist journalistin wirtschaftsjournalist experte expertin analyst analystin kommissionspräsidentin kommissionspräsident landeschef landeschefin generalsekretär generalsekretärin fraktionschef fraktionschefin oppositionsführer oppositionsführerin innenminister innenministerin außenminister außenministerin finanzminister finanzministerin verkehrsminister verkehrsministerin gesundheitsminister gesundheitsministerin verteidigungsminister verteidigungsministerin früheren frühere ehemalige ehemaligen amtierende designierte'),
  roleModifiers: set(
    'ehemalige ehemaligen frühere früheren amtierende designierte neue neuen stellvertretende',
  ),
  departments: set('innen außen finanzen justiz gesundheit arbeit bildung kultur verteidigung verkehr'),
  roleConnectors: set('für der des von'),
  honorifics: set('herr frau dr prof'),
  // prettier-ignore
  neverName: set('der die das den dem des ein eine einen einem einer im am in auf nach bei mit für vor seit bis auch doch aber und oder es er sie wir ich man noch schon bereits dort hier damit dabei zudem laut sollte wie was wer als wenn dass diese dieser dieses kritik mann deutsche deutscher deutschen europäische europäischen französische britische amerikanische syrische neue neuen frau herr gesetz regierung union bund land staat stadt seiten kunden teilnehmer vortrag entscheidung verhandlungen abstimmung diskussion motion zeugnis modelle jesus christus gott brüssel berlin london paris wien'),
  speechVerbs: set(
    'sagt sagte sagten erklärt erklärte betont betonte meint meinte teilte kündigte fordert forderte warnt warnte',
  ),
  particles: set('von der zu vom van de al el bin'),
};

/** German words of the organization detector and its native rules. */
const orgs: OrgWords = {
  // prettier-ignore
  suffixes: set('ministerium bundesministerium amt bundesamt landesamt agentur bundesagentur verband bund kammer stiftung partei ausschuss gericht gerichtshof kanzlei bank gewerkschaft vereinigung verein institut universität hochschule behörde kommission rat parlament landtag senat gruppe konzern fraktion bahn werke'),
  institutions: ['Bundestag', 'Bundesrat', 'Kanzleramt', 'Bundesverfassungsgericht'],
  acronyms: set('CDU CSU SPD FDP AfD BSW EU UN NATO GDL DGB EZB IWF DB'),
  notOrg: set('gmbh ag kg mwst bip'),
  introducers: set('konzern unternehmen agentur hersteller denkfabrik firma sender zeitung'),
  eventWords: set('gipfel konferenz festival messe pokal meisterschaft spiele'),
  vehicleWords: set('sonde satellit rakete schiff'),
  placeNames: new Set(['nordrhein-westfalen', 'baden-württemberg']),
};

/** The words only the German native rules read (src/engine/local/languages/). */
const native: NativeWords = {
  // prettier-ignore
  monthNumbers: numbered('januar=1 jan=1 jänner=1 februar=2 feb=2 märz=3 mär=3 april=4 apr=4 mai=5 juni=6 jun=6 juli=7 jul=7 august=8 aug=8 september=9 sep=9 sept=9 oktober=10 okt=10 november=11 nov=11 dezember=12 dez=12'),
  // prettier-ignore
  weekdayNumbers: numbered('sonntag=0 montag=1 dienstag=2 mittwoch=3 donnerstag=4 freitag=5 samstag=6 sonnabend=6'),
  nextWeekday: 'kommenden|kommender|kommende|nächsten|nächster|nächste|folgenden',
  lastWeekday: 'vergangenen|vergangener|vergangene|vorigen|voriger|letzten|letzter',
  monthPart: 'anfang|mitte|ende|ab\\s+anfang|ab\\s+mitte|ab\\s+ende',
  monthLead: 'im|ab|seit|bis|für|zum|vom',
  rangeFrom: 'vom|zwischen\\s+dem',
  rangeTo: 'bis(?:\\s+zum)?|und\\s+dem',
  relativeDays: 'morgen|übermorgen|heute|gestern|vorgestern',
  followingDay: '(?:am\\s+)?(?:folgenden|nächsten)\\s+tag',
  // prettier-ignore
  futureCues: /(?<!\p{L})(?:wird|werden|werde|würden?|soll|sollen|solle|will|wollen|wolle|plant|planen|geplant|vorgesehen|angesetzt|terminiert|anberaumt|angekündigt|bevorstehend\p{L}*|künftig|demnächst|voraussichtlich|erwartet|stattfinden|zusammenkommen|beginnt|beginnen|startet|tagt|trifft|reist|kommt|findet|steht\s+an|an(?:zu)?stehen|\p{L}+zu\p{L}+en)(?!\p{L})/iu,
  // prettier-ignore
  pastCues: /(?<!\p{L})(?:hatte|hatten|hat|haben|habe|war|waren|wurde|wurden|worden|gewesen|bereits|schon|zuvor|damals|sagte|sagten|teilte|teilten|kündigte|erklärte|betonte|forderte|nannte|meldete|sprach|kam|kamen|ging|gab|fand|stand|lag|traf|trafen|beschloss|lehnte|lobte|kritisierte|warnte|bestätigte|berichtete|stimmte|wählte|scheiterte|gelang|begann|endete|unterzeichnete|verkündete|\p{L}+ierte|\p{L}+ierten|(?!erste|zweite|dritte|letzte|beste|meiste|gute|alte|weite|rechte|feste|harte|neueste|nächste)\p{Ll}{2,}te)(?!\p{L})/iu,
  // prettier-ignore
  targetBefore: /\b(?:bis(?:\s+zum|\s+spätestens|\s+zu)?|spätestens(?:\s+am|\s+bis)?|vor\s+dem|noch\s+vor|seit(?:\s+dem)?|frühestens)\s*$/iu,
  // prettier-ignore
  scheduledBefore: /\b(?:für\s+(?:den|das)|auf\s+den)\s*$/iu,
  // prettier-ignore
  planBefore: /(?<!\p{L})(?:ursprünglich|eigentlich|zunächst|geplant\p{L}*|vorgesehen\p{L}*|angesetzt\p{L}*|sollte|sollten)(?!\p{L})[^.;:,]{0,30}$/iu,
  planAfter: /^\s*(?:geplant|vorgesehen|angesetzt|anberaumt|terminiert)\p{L}*/iu,
  // prettier-ignore
  conditional: /^(?:Sollte|Sollten|Falls|Wenn|Im\s+Fall|Für\s+den\s+Fall|Ob)\b|\bim\s+Fall\s+einer?\b|,\s*(?:falls|sofern)\b/u,
  // prettier-ignore
  abbreviations: set('bzw ca dr prof nr str st z b u a v chr evtl ggf inkl vgl sog usw etc jh mio mrd hr fr abs art bd dipl ing gen mag geb'),
  orgJoiners: set('für der des von zur zum und deutscher deutschen'),
};

/** The German lexicon: every German word list of the local engine. */
export const de: Lexicon = { lang: 'de', dates, names, orgs, native };
