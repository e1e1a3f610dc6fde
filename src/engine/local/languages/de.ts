import * as chronode from 'chrono-node/de';
import type { NativeLexicon } from './native-lexicon';

const words = (list: string): Set<string> => new Set(list.split(' '));
const numbered = (list: string): Record<string, number> =>
  Object.fromEntries(list.split(' ').map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]));

/** German: the words the native date, sentence and name rules read. */
export const de: NativeLexicon = {
  lang: 'de',
  chrono: () => chronode.casual.clone(),
  // prettier-ignore
  months: numbered('januar=1 jan=1 jänner=1 februar=2 feb=2 märz=3 mär=3 april=4 apr=4 mai=5 juni=6 jun=6 juli=7 jul=7 august=8 aug=8 september=9 sep=9 sept=9 oktober=10 okt=10 november=11 nov=11 dezember=12 dez=12'),
  // prettier-ignore
  weekdays: numbered('sonntag=0 montag=1 dienstag=2 mittwoch=3 donnerstag=4 freitag=5 samstag=6 sonnabend=6'),
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
  conditional: /^(?:Sollte|Sollten|Falls|Wenn|Im\s+Fall|Für\s+den\s+Fall|Ob)\b|\bim\s+Fall\s+einer?\b|,\s*(?:falls|sofern)\b/u,
  // prettier-ignore
  abbreviations: words('bzw ca dr prof nr str st z b u a v chr evtl ggf inkl vgl sog usw etc jh mio mrd hr fr abs art bd dipl ing gen mag geb'),
  // prettier-ignore
  titles: words('bundeskanzler bundeskanzlerin kanzler kanzlerin bundespräsident bundespräsidentin präsident präsidentin ministerpräsident ministerpräsidentin minister ministerin regierungssprecher regierungssprecherin sprecher sprecherin chef chefin vorsitzende vorsitzender parteichef parteichefin oberbürgermeister oberbürgermeisterin bürgermeister bürgermeisterin abgeordnete abgeordneter staatssekretär staatssekretärin bischof erzbischof kardinal papst pfarrer richter richterin anwalt anwältin professor professorin prof dr herr frau direktor direktorin leiter leiterin vorstand personalvorstand chefvolkswirt trainer trainerin kapitän botschafter botschafterin journalist journalistin wirtschaftsjournalist experte expertin analyst analystin kommissionspräsidentin kommissionspräsident landeschef landeschefin generalsekretär generalsekretärin fraktionschef fraktionschefin oppositionsführer oppositionsführerin innenminister innenministerin außenminister außenministerin finanzminister finanzministerin verkehrsminister verkehrsministerin gesundheitsminister gesundheitsministerin verteidigungsminister verteidigungsministerin früheren frühere ehemalige ehemaligen amtierende designierte'),
  // prettier-ignore
  particles: words('von der zu vom van de al el bin'),
  // prettier-ignore
  notNames: words('der die das den dem des ein eine einen einem einer im am in auf nach bei mit für vor seit bis auch doch aber und oder es er sie wir ich man noch schon bereits dort hier damit dabei zudem laut sollte wie was wer als wenn dass diese dieser dieses kritik mann deutsche deutscher deutschen europäische europäischen französische britische amerikanische syrische neue neuen frau herr gesetz regierung union bund land staat stadt seiten kunden teilnehmer vortrag entscheidung verhandlungen abstimmung diskussion motion zeugnis modelle jesus christus gott brüssel berlin london paris wien'),
  // prettier-ignore
  orgHeads: words('ministerium bundesministerium amt bundesamt landesamt agentur bundesagentur verband bund kammer stiftung partei ausschuss gericht gerichtshof kanzlei bank gewerkschaft vereinigung verein institut universität hochschule behörde kommission rat parlament landtag senat gruppe konzern fraktion bahn werke'),
  // prettier-ignore
  orgJoiners: words('für der des von zur zum und deutscher deutschen'),
};
