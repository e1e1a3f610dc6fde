import type { DateWords, Lexicon, NameWords, OrgWords } from './lexicon';
import type { NativeWords } from './native-words';

/** Space-separated words as a list, a set, or a `word=number` record. */
const list = (words: string): string[] => words.trim().split(/\s+/);
const set = (words: string): Set<string> => new Set(list(words));
const numbered = (words: string): Record<string, number> =>
  Object.fromEntries(list(words).map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]));

/** Spanish words of the date stages. */
const dates: DateWords = {
  weekdays: list('lunes martes miércoles jueves viernes sábado domingo'),
  months: list('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  monthAbbreviations: list('ene feb abr jun jul ago sept oct nov dic'),
  relativeDays: ['hoy', 'mañana', 'pasado mañana', 'esta noche'],
  speechVerbs: list('dijo declaró anunció afirmó explicó aseguró señaló indicó confirmó'),
  planWords: list(
    'previsto prevista previstos previstas programado programada convocado convocada fijado fijada',
  ),
  // prettier-ignore
  moveWords: list('aplazado aplazada aplazados aplazadas aplaza aplazan pospuesto pospuesta pospuestos pospone posponen retrasado retrasada retrasa trasladado trasladada adelantado adelantada postergado postergada'),
  // prettier-ignore
  cancelWords: [...list('cancelado cancelada cancelados canceladas cancela cancelan anulado anulada anulados anuladas anula suspendido suspendida suspendidos suspendidas suspende suspenden suprimido suprimida'), 'no se celebrará', 'no tendrá lugar'],
  moveTargets: ['al', 'a', 'a la', 'hasta el', 'hasta la', 'para el', 'para la'],
  clauseJoiners: list('pero y mientras aunque sino'),
  pastEventPhrases: ['tuvo lugar', 'se celebró', 'se celebraron', 'aniversario de'],
  habitualAdverbs: list('habitualmente normalmente generalmente tradicionalmente'),
  recurringWords: list('cada todos todas'),
  periodNouns: list('año mes semana día'),
  timePrepositions: list('el en a antes después durante desde para hacia hasta'),
  replacedPhrases: ['en lugar del', 'en lugar de', 'en vez del', 'en vez de'],
  monthModifiers: list('principios mediados finales fines'),
  eventNouns: list(
    'cumbre reunión conferencia votación elecciones juicio vista sentencia lanzamiento inauguración ' +
      'ceremonia visita huelga manifestación partido final festival feria exposición debate',
  ),
  futureMarkers: list('próximo próxima'),
  pastMarkers: list('pasado pasada último última anterior'),
  aheadPhrases: ['antes de', 'de cara a', 'ante'],
  vaguePeriods: list('semana verano invierno primavera otoño año temporada'),
  vagueLeads: ['dentro de', 'a lo largo de', 'en el transcurso de'],
  limitLeads: ['no antes de', 'como pronto'],
  recurringNouns: list('noches sesiones ediciones'),
  rhetoricalLeads: ['pase lo que pase'],
  futureAuxiliaries: list('va van deberá deberán'),
};

/** Spanish words of the people detector and its native rules. */
const names: NameWords = {
  // prettier-ignore
  titles: set('representante comisario comisaria canciller presidente presidenta ministro ministra vicepresidente vicepresidenta secretario secretaria portavoz alcalde alcaldesa diputado diputada senador senadora director directora consejero consejera conseller consellera delegado delegada líder jefe jefa juez jueza fiscal abogado abogada embajador embajadora rey reina papa obispo cardenal general sr sra señor señora don doña dr dra profesor profesora adjunto adjunta segunda segundo primera primero tercera tercero entrenador seleccionador economista sindical'),
  roleModifiers: set('ex exministro antiguo antigua nuevo nueva primer primera vice segundo segunda'),
  departments: set('interior economía hacienda justicia sanidad trabajo educación cultura defensa'),
  roleConnectors: set('de del la el y'),
  honorifics: set('sr sra srta señor señora don doña dr dra'),
  // prettier-ignore
  neverName: set('el la los las un una unos unas de del en a al y o pero él ella ellos ellas nosotros este esta estos estas ese esa según para por con sin tras antes después desde durante si así también su sus nuestro nuestra dios madrid españa'),
  speechVerbs: set('dijo declaró anunció afirmó explicó aseguró señaló indicó subrayó añadió'),
  particles: set('de del de la la las los y i van von al el'),
};

/** Spanish words of the organization detector and its native rules. */
const orgs: OrgWords = {
  // prettier-ignore
  suffixes: set('ministerio consejo congreso senado tribunal partido sindicato banco agencia autoridad federación confederación unión comité ayuntamiento junta comisión organización instituto fundación universidad servicio parlamento asamblea audiencia corte grupo asociación cámara diputación generalitat xunta cabildo gobierno oficina dirección metro'),
  institutions: ['Moncloa', 'Congreso de los Diputados', 'Senado', 'Generalitat', 'Xunta'],
  acronyms: set('PSOE PP UGT CCOO CNMV INE OTAN ONU UE BCE FMI'),
  notOrg: set('iva pib dni'),
  introducers: set('grupo empresa compañía sindicato partido asociación banco'),
  eventWords: set('cumbre conferencia festival feria copa campeonato juegos'),
  vehicleWords: set('sonda satélite cohete buque'),
  placeNames: new Set(['castilla-la mancha', 'país vasco']),
};

/** The words only the Spanish native rules read (src/engine/local/languages/). */
const native: NativeWords = {
  // prettier-ignore
  monthNumbers: numbered('enero=1 ene=1 febrero=2 feb=2 marzo=3 mar=3 abril=4 abr=4 mayo=5 junio=6 jun=6 julio=7 jul=7 agosto=8 ago=8 septiembre=9 setiembre=9 sept=9 sep=9 octubre=10 oct=10 noviembre=11 nov=11 diciembre=12 dic=12'),
  // prettier-ignore
  weekdayNumbers: numbered('domingo=0 lunes=1 martes=2 miércoles=3 miercoles=3 jueves=4 viernes=5 sábado=6 sabado=6'),
  nextWeekday: 'próximo|próxima|proximo|proxima|que\\s+viene|entrante',
  lastWeekday: 'pasado|pasada|último|última|anterior',
  monthPart:
    'a\\s+principios\\s+de|a\\s+comienzos\\s+de|a\\s+mediados\\s+de|a\\s+finales\\s+de|a\\s+fines\\s+de|principios\\s+de|mediados\\s+de|finales\\s+de|fines\\s+de|inicios\\s+de',
  monthLead: 'en|desde|hasta|para|durante|en\\s+el\\s+mes\\s+de',
  rangeFrom: 'del|entre\\s+el',
  rangeTo: 'al|y\\s+el',
  relativeDays: 'mañana|pasado\\s+mañana|hoy|ayer|anteayer',
  followingDay: '(?:al\\s+)?día\\s+siguiente',
  // prettier-ignore
  futureCues: /(?<!\p{L})(?:\p{Ll}{2,}(?:rá|rán|ré|remos|réis)|va\s+a|van\s+a|vamos\s+a|prevé|prevén|previsto|prevista|previstos|previstas|programado|programada|convocado|convocada|próximo|próxima|tiene\s+previsto|está\s+previsto|espera|esperan|pretende|pretenden|planea|planean|deberá|deberán|debe|deben|se\s+celebra|tendrá\s+lugar)(?!\p{L})/iu,
  // prettier-ignore
  pastCues: /(?<!\p{L})(?:(?:ha|han|había|habían|hubo|fue|fueron)(?:\s+\p{Ll}+(?:ado|ada|ido|ida|to|cho))?|\p{Ll}{2,}(?:ó|aron|ieron|ió)|era|eran|estaba|estaban|ayer|ya|pasado|pasada|anterior|recientemente|desde)(?!\p{L})/iu,
  // prettier-ignore
  targetBefore: /(?:hasta(?:\s+el|\s+la)?|antes\s+del?|a\s+más\s+tardar(?:\s+el)?|desde(?:\s+el)?|plazo\s+(?:del?|hasta(?:\s+el)?))\s*$/iu,
  // prettier-ignore
  scheduledBefore: /(?:para\s+(?:el|la)|previst[oa]s?\s+para\s+(?:el|la))\s*$/iu,
  // prettier-ignore
  planBefore: /(?<!\p{L})(?:previst[oa]s?|programad[oa]s?|fijad[oa]s?|inicialmente|en\s+principio|debía|debían|iba\s+a|iban\s+a)(?!\p{L})[^.;:,]{0,30}$/iu,
  planAfter: /^\s*(?:inicialmente\s+)?(?:previst[oa]s?|programad[oa]s?)(?!\p{L})/iu,
  // prettier-ignore
  conditional: /^(?:Si|En\s+caso\s+de|De\s+no)(?!\p{L})|,\s*si\s/u,
  // prettier-ignore
  abbreviations: set('sr sra sres srta dr dra d dña da ud uds lic ing prof avda av núm n no pág etc ee uu aprox gral cía art vol cap'),
  orgJoiners: set('de del la las los el y para nacional general'),
};

/** The Spanish lexicon: every Spanish word list of the local engine. */
export const es: Lexicon = { lang: 'es', dates, names, orgs, native };
