import type { NameWords, OrgWords } from './lexicon';

/**
 * English words of the people and organization detectors. The dates' words are in `en.ts`; a language's
 * lists of names sit in a file of their own (`xx-names.ts`) beside its dates.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** English words of the people detector. */
export const names: NameWords = {
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
      'collector councillor councilor alderman magistrate ombudsman regent crown dictator strongman warlord commander-in-chief'
    ).split(/\s+/),
  ),
  roleModifiers: new Set(
    (
      'prime former ex then acting interim outgoing incoming current new late deputy vice senior top chief lead assistant ' +
      'additional associate principal managing executive general joint sitting retired newly elected appointed designated special'
    ).split(/\s+/),
  ),
  departments: new Set(
    (
      'state foreign affairs defence defense interior home treasury justice health energy commerce finance economy ' +
      'economic trade agriculture education labour labor transport environment culture industry security intelligence ' +
      'diplomacy communications development research product products operations marketing sales technology public ' +
      'international domestic national homeland veterans housing infrastructure budget staff armed forces navy army ' +
      'police communication policy strategy digital climate research investment district'
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
  descriptors: words(
    'student graduate undergraduate investor resident residents farmer teacher nurse doctor surgeon driver pilot ' +
      'fan mother father son daughter wife husband brother sister uncle aunt cousin grandmother grandfather ' +
      'friend neighbour neighbor victim survivor witness suspect defendant plaintiff patient worker employee ' +
      'entrepreneur businessman businesswoman pensioner retiree veteran volunteer organiser organizer historian ' +
      'engineer designer architect chef baker farmer fisherman miner soldier officer firefighter paramedic ' +
      'athlete runner cyclist swimmer boxer wrestler golfer skier rider jockey forward defender midfielder winger ' +
      'quarterback pitcher batsman bowler captain teammate newcomer rookie champion winner runner-up finalist ' +
      'donor philanthropist billionaire millionaire developer landlord tenant homeowner shopkeeper trader ' +
      'vendor owner farmer lecturer teacher pupil child boy girl man woman teenager mom dad fiancé fiancée ' +
      'partner girlfriend boyfriend widow widower spokesperson campaigner protester demonstrator priest pastor ' +
      'monk nun physician psychologist therapist pharmacist scholar expert specialist critic commentator host ' +
      'presenter anchor comedian dancer composer conductor pianist violinist vocalist bassist band-mate bandmate',
  ),
  // No word that is also a common surname ("Hall", "Park", "Hill", "Woods", "Church", "Lake").
  venueWords: words(
    'arena stadium centre center theatre theater gardens street avenue road boulevard square bridge airport ' +
      'station terminal tower building hotel mall museum gallery library cathedral chapel mosque temple ' +
      'synagogue palace plaza racecourse circuit speedway pavilion amphitheatre amphitheater auditorium ' +
      'coliseum colosseum pier harbour harbor beach reservoir canal highway motorway freeway expressway ' +
      'refinery tavern pub restaurant cafe café band orchestra choir quartet quintet ensemble',
  ),
  nicknames: new Map(
    Object.entries({
      william: 'bill billy will willie liam',
      robert: 'bob bobby rob robbie bert',
      richard: 'dick rick ricky rich richie',
      james: 'jim jimmy jamie',
      john: 'jack johnny jon',
      joseph: 'joe joey',
      thomas: 'tom tommy',
      michael: 'mike mikey mick',
      edward: 'ed eddie ted ned',
      charles: 'charlie chuck chas',
      elizabeth: 'liz lizzie beth betty eliza',
      margaret: 'maggie meg peggy',
      katherine: 'kate katie kathy kat',
      catherine: 'cathy kate katie',
      christopher: 'chris kit',
      christine: 'chris chrissy',
      daniel: 'dan danny',
      david: 'dave davey',
      anthony: 'tony',
      antonio: 'tony',
      alexander: 'alex sandy',
      alexandra: 'alex sandra',
      benjamin: 'ben benny bibi',
      samuel: 'sam sammy',
      matthew: 'matt',
      nicholas: 'nick nicky',
      patrick: 'pat paddy',
      patricia: 'pat patty trish',
      steven: 'steve',
      stephen: 'steve',
      susan: 'sue susie',
      jennifer: 'jen jenny',
      deborah: 'deb debbie',
      rebecca: 'becky becca',
      timothy: 'tim timmy',
      andrew: 'andy drew',
      gregory: 'greg',
      jeffrey: 'jeff',
      kenneth: 'ken kenny',
      lawrence: 'larry',
      leonard: 'len lenny',
      peter: 'pete',
      philip: 'phil',
      raymond: 'ray',
      ronald: 'ron ronnie',
      donald: 'don donnie',
      gerald: 'gerry jerry',
      frederick: 'fred freddie',
      abraham: 'abe',
      albert: 'al bert',
      alan: 'al',
      vladimir: 'volodymyr',
    }).map(([full, short]) => [full, new Set(short.split(' '))]),
  ),
  compoundTails: words(
    'based led backed born owned run era style like wide free related made bound linked funded born raised ' +
      'bred controlled occupied held allied aligned friendly facing inspired influenced affiliated registered ' +
      'listed flagged themed centric speaking majority elect designate',
  ),
};

/** English words of the organization detector. */
export const orgs: OrgWords = {
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
      'airport operator dynamics events productions promotions solutions consulting aerospace robotics electronics logistics semiconductors ventures markets'
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
      'meeting tournament open marathon prize day week act treaty accord agreement protocol declaration ' +
      'oscars grammys emmys baftas playoffs finals paralympics'
    ).split(/\s+/),
  ),
  vehicleWords: new Set(
    'probe spacecraft ship satellite rover lander orbiter telescope vessel rocket shuttle capsule submarine'.split(
      ' ',
    ),
  ),
  placeNames: new Set(['west bank', 'gaza strip', 'golan heights', 'left bank', 'south bank', 'middle east']),
  facilityWords: words(
    'airport telescope arena stadium centre center hall theatre theater park museum gallery library ' +
      'station terminal tower building hotel mall area zone region sea ocean strait gulf bay coast peninsula ' +
      'valley basin desert island islands mountains river lake',
  ),
  teamVerbs: [
    ...words(
      'beat beats defeated defeats edged edges thrashed thrashes routed downed overcame overcome outplayed',
    ),
    ...words('hammered crushed stunned upset eliminated knocked toppled swept blanked whitewashed'),
    ...['drew with', 'draw with', 'lost to', 'lose to', 'fell to', 'tied with', 'drew against'],
  ],
  byPhrases: [
    'hosted by',
    'organised by',
    'organized by',
    'run by',
    'owned by',
    'sponsored by',
    'operated by',
  ],
  armedGroupNouns: words(
    'militants rebels militia militias fighters insurgents jihadists guerrillas paramilitaries',
  ),
  bodyNouns: [
    ...words('ministry agency department authority commission regulator watchdog'),
    ...words('bureau directorate secretariat inspectorate ombudsman'),
    ...['central bank', 'security service', 'space agency', 'coast guard'],
  ],
  // Not "mayor", "governor" or "minister": they are of a place, not of a body.
  bodyRoleTitles: words(
    'spokesman spokeswoman spokesperson chairman chairwoman chair ceo cfo coo cto founder co-founder manager ' +
      'coach striker goalkeeper player captain forward defender midfielder analyst economist strategist lawyer ' +
      'director executive official leader chief boss owner president vice-president',
  ),
  actingAuxiliaries: words('has have had will would is are was were also then later again'),
};
