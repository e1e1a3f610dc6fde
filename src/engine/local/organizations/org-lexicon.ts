/**
 * Word lists for organization detection. All entries lowercase.
 */

/** Last words that make a capitalised phrase an organization ("State Property Agency", "Ford Motor Company"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(
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
);

/** Institutions usually named by their seat or a single word. */
export const KNOWN_INSTITUTIONS: readonly string[] = [
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
];

/** Acronyms of well-known bodies; other acronyms count only when defined in the text or tagged by compromise. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'NATO OSCE UN EU IMF WHO WTO OPEC ASEAN APEC G7 G20 FBI CIA NSA NASA ESA BBC CNN NHS ECB IAEA UNESCO UNICEF ' +
    'UNHCR OECD AU ICC ICJ FIFA UEFA IOC SEC FDA EPA CDC GOP ANC PLO NAACP ACLU MI5 MI6 KGB FSB SNCF IRS DOJ'
  ).split(/\s+/),
);

/** Acronyms and capitalised words that are not organizations (countries, units, time zones, titles). */
export const NOT_ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'us usa u.s. uk u.k. uae ussr prc gmt utc est edt pst pdt cet cest bst ceo cfo coo cto mp mep tv led gb mb kb ' +
    'tb hd usb pc ok am pm ad bc id pdf faq ii iii iv vi vii viii ix xi xii dna covid aids hiv gdp vat'
  ).split(/\s+/),
);

/** Nouns that introduce an organization's name ("automaker Chrysler", "the technology blog Gizmodo"). */
export const ORG_INTRODUCERS: ReadonlySet<string> = new Set(
  (
    'company automaker carmaker car-maker firm group blog giant maker manufacturer bank retailer airline newspaper ' +
    'agency network carrier broadcaster publisher insurer startup start-up website site label band party ' +
    'conglomerate chain operator supplier developer brand broadcaster channel magazine daily outlet regulator ' +
    'watchdog charity organisation organization union club team studio lender fund investor plant factory subsidiary ' +
    'division affiliate unit service steelmaker drugmaker chipmaker miner automaker planemaker shipbuilder ' +
    'association auditor auditors consultancy'
  ).split(/\s+/),
);

/** Last words that make a capitalised phrase an event, not an organization ("Worldwide Developers Conference"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  (
    'conference summit games cup festival show expo awards award championship championships olympics war talks ' +
    'meeting tournament open marathon prize day week act treaty accord agreement protocol declaration'
  ).split(/\s+/),
);

/** Nouns after a name that make it the name of a craft, not of a person or body ("the Huygens probe"). */
export const VEHICLE_WORDS: ReadonlySet<string> = new Set(
  'probe spacecraft ship satellite rover lander orbiter telescope vessel rocket shuttle capsule submarine'.split(
    ' ',
  ),
);

/** Places whose names look like an organization's ("West Bank" ends in "Bank"). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'west bank',
  'gaza strip',
  'golan heights',
  'left bank',
  'south bank',
  'middle east',
]);
