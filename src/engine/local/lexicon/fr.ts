import type { DateWords, Lexicon, NameWords, OrgWords } from './lexicon';
import type { NativeWords } from './native-words';

/** Space-separated words as a list, a set, or a `word=number` record. */
const list = (words: string): string[] => words.trim().split(/\s+/);
const set = (words: string): Set<string> => new Set(list(words));
const numbered = (words: string): Record<string, number> =>
  Object.fromEntries(list(words).map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]));

/** French words of the date stages. */
const dates: DateWords = {
  weekdays: list('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  months: list('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  monthAbbreviations: list('janv févr avr juil sept oct nov déc'),
  relativeDays: ["aujourd'hui", 'demain', 'après-demain', 'ce soir'],
  speechVerbs: list('a dit déclaré annoncé affirmé précisé indiqué expliqué assuré estimé confirmé'),
  planWords: list('prévu prévue prévus prévues programmé programmée fixé fixée convoqué convoquée'),
  // prettier-ignore
  moveWords: [...list('reporté reportée reportés reportées reporte reportent repoussé repoussée repoussés repoussées décalé décalée décalés décalées ajourné ajournée avancé avancée différé différée renvoyé renvoyée'), 'remis à'],
  // prettier-ignore
  cancelWords: [...list('annulé annulée annulés annulées annule annulent annulation supprimé supprimée suspendu suspendue suspendus suspendues'), 'n\'aura pas lieu', 'n\'auront pas lieu'],
  moveTargets: ['au', 'à', 'à la', "jusqu'au", 'pour le', 'pour la', 'sur le'],
  clauseJoiners: list('mais et tandis alors'),
  pastEventPhrases: ['a eu lieu', 'ont eu lieu', "s'est tenu", "s'est tenue", 'anniversaire de'],
  habitualAdverbs: list('habituellement généralement traditionnellement normalement'),
  recurringWords: list('chaque tous toutes'),
  periodNouns: list('an année mois semaine jour'),
  timePrepositions: list('le à au avant après pendant depuis pour vers dès jusqu'),
  replacedPhrases: ['au lieu du', 'au lieu de', 'plutôt que'],
  monthModifiers: list('début mi fin courant'),
  eventNouns: list(
    'sommet réunion conférence vote scrutin élection élections procès audience verdict lancement ' +
      'ouverture cérémonie visite grève manifestation match finale festival salon exposition débat',
  ),
  futureMarkers: list('prochain prochaine'),
  pastMarkers: list('dernier dernière passé passée précédent'),
  aheadPhrases: ['avant', "à l'approche de", 'en vue de'],
  vaguePeriods: list('semaine week-end été hiver printemps automne année saison'),
  vagueLeads: ['dans', 'au cours de', 'courant'],
  limitLeads: ['pas avant', 'au plus tôt'],
  recurringNouns: list('soirs matins séances éditions'),
  rhetoricalLeads: ['quoi qu’il arrive', "quoi qu'il arrive"],
  futureAuxiliaries: list('va vont devra devront doit doivent'),
};

/** French words of the people detector and its native rules. */
const names: NameWords = {
  // prettier-ignore
  titles: set('président présidente ministre premier première secrétaire porte-parole maire député députée sénateur sénatrice préfet préfète directeur directrice pdg patron patronne chef cheffe juge procureur procureure avocat avocate ambassadeur ambassadrice commissaire général générale évêque pape cardinal professeur professeure docteur m mme mlle monsieur madame me dr pr chargé chargée délégué déléguée adjoint adjointe ancien ancienne entraîneur sélectionneur chercheur chercheuse économiste leader'),
  roleModifiers: set('ancien ancienne ex futur future nouveau nouvelle premier première vice'),
  departments: set('intérieur économie finances justice santé travail éducation culture armées budget'),
  roleConnectors: set('de du des la le l d et chargé chargée'),
  honorifics: set('m mm mme mmes mlle monsieur madame me dr pr'),
  // prettier-ignore
  neverName: set('le la les l un une des du de en au aux à a et ou mais il elle ils elles on nous vous je ce cette ces selon pour par dans sur avec sans après avant depuis pendant lors dès si ainsi alors enfin aussi avis notre nos leur leurs son sa ses mon ma dieu paris france'),
  speechVerbs: set('dit déclare affirme précise indique explique estime souligne ajoute assure résume'),
  particles: set('de du des d la le van von der ben al el'),
};

/** French words of the organization detector and its native rules. */
const orgs: OrgWords = {
  // prettier-ignore
  suffixes: set('ministère commission conseil cour assemblée sénat tribunal parti syndicat banque agence office autorité fédération confédération union comité mairie préfecture région institut fondation université rassemblement mouvement caisse direction haut haute organisation association groupe société compagnie musée'),
  institutions: ['Élysée', 'Matignon', 'Bercy', 'Assemblée nationale', 'Sénat', 'Conseil constitutionnel'],
  acronyms: set('SNCF RATP CGT CFDT FO UNSA MEDEF INSEE RN LFI LR PS EELV UE ONU OTAN BCE FMI'),
  notOrg: set('tva pib smic rer tgv'),
  introducers: set('groupe entreprise société syndicat parti association constructeur banque'),
  eventWords: set('sommet conférence festival salon coupe championnat jeux'),
  vehicleWords: set('sonde navette satellite fusée navire'),
  placeNames: new Set(['île-de-france', 'outre-mer']),
};

/** The words only the French native rules read (src/engine/local/languages/). */
const native: NativeWords = {
  // prettier-ignore
  monthNumbers: numbered('janvier=1 janv=1 février=2 fevrier=2 févr=2 mars=3 avril=4 avr=4 mai=5 juin=6 juillet=7 juil=7 août=8 aout=8 septembre=9 sept=9 octobre=10 oct=10 novembre=11 nov=11 décembre=12 decembre=12 déc=12'),
  weekdayNumbers: numbered('dimanche=0 lundi=1 mardi=2 mercredi=3 jeudi=4 vendredi=5 samedi=6'),
  nextWeekday: 'prochain|prochaine|qui\\s+vient',
  lastWeekday: 'dernier|dernière|passé|passée',
  monthPart:
    "début|courant|mi-|mi\\s|fin|à\\s+la\\s+mi-|au\\s+début\\s+du\\s+mois\\s+d[e']\\s*|à\\s+la\\s+fin\\s+du\\s+mois\\s+d[e']\\s*|fin\\s+du\\s+mois\\s+d[e']\\s*|début\\s+du\\s+mois\\s+d[e']\\s*",
  monthLead: "en|dès|depuis|d'ici|jusqu'en|au\\s+mois\\s+d[e']",
  rangeFrom: 'du|entre\\s+le',
  rangeTo: 'au|et\\s+le',
  relativeDays: "demain|après-demain|aujourd['’]hui|hier|avant-hier",
  followingDay: 'le\\s+lendemain',
  // prettier-ignore
  futureCues: /(?<!\p{L})(?:\p{Ll}{2,}(?:era|eront|ira|iront|ra|ront|rai|rons|rez)|va|vont|doit|doivent|devra|devront|devrait|devraient|prévu|prévue|prévus|prévues|prévoit|prévoient|programmé|programmée|convoqué|convoquée|attendu|attendue|envisage|compte|entend|souhaite|prochain|prochaine|prochainement|maintenu|maintenue|maintenus|maintenues|à\s+venir|se\s+tient|aura\s+lieu|auront\s+lieu)(?!\p{L})/iu,
  // prettier-ignore
  pastCues: /(?<!\p{L})(?:(?:a|ont|avait|avaient|est|sont|était|étaient|aurait|a\s+été|ont\s+été|avait\s+été)\s+(?:déjà\s+|été\s+|eu\s+)?\p{Ll}+(?:é|ée|és|ées|i|is|ie|it|u|ue|ert|erte|eint|eu)|\p{Ll}{2,}(?:ait|aient)|hier|déjà|dernier|dernière|passé|récemment|depuis)(?!\p{L})/iu,
  // prettier-ignore
  targetBefore: /(?:jusqu['’]\s*(?:à|au|aux|en)(?:\s+l[ea])?|d['’]\s*ici(?:\s+(?:le|à|au|la))?|avant(?:\s+l[ea]|\s+le)?|au\s+plus\s+tard(?:\s+le)?|depuis(?:\s+l[ea])?|dès(?:\s+l[ea])?)\s*$/iu,
  // prettier-ignore
  scheduledBefore: /(?:pour\s+l[ea]|prévue?s?\s+(?:l[ea]|pour\s+l[ea]))\s*$/iu,
  // prettier-ignore
  planBefore: /(?<!\p{L})(?:prévue?s?|programmée?s?|fixée?s?|initialement|d['’]abord|devait|devaient|censée?s?)(?!\p{L})[^.;:,]{0,30}$/iu,
  planAfter: /^\s*(?:initialement\s+)?(?:prévue?s?|programmée?s?)(?!\p{L})/iu,
  // prettier-ignore
  conditional: /^(?:Si|S['’]il|S['’]ils|En\s+cas|Au\s+cas|Faute\s+d)(?!\p{L})|,\s*(?:si|s['’]il)\s/u,
  // prettier-ignore
  abbreviations: set('m mm mme mmes mlle dr pr me mgr st ste av bd n no p env cf etc ex vol chap art al hab min max'),
  orgJoiners: set('de du des la le l d et pour nationale national'),
};

/** The French lexicon: every French word list of the local engine. */
export const fr: Lexicon = { lang: 'fr', dates, names, orgs, native };
