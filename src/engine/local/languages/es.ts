import * as chronoes from 'chrono-node/es';
import type { NativeLexicon } from './native-lexicon';

const words = (list: string): Set<string> => new Set(list.split(' '));
const numbered = (list: string): Record<string, number> =>
  Object.fromEntries(list.split(' ').map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]));

/** Spanish: the words the native date, sentence and name rules read. */
export const es: NativeLexicon = {
  lang: 'es',
  chrono: () => chronoes.casual.clone(),
  // prettier-ignore
  months: numbered('enero=1 ene=1 febrero=2 feb=2 marzo=3 mar=3 abril=4 abr=4 mayo=5 junio=6 jun=6 julio=7 jul=7 agosto=8 ago=8 septiembre=9 setiembre=9 sept=9 sep=9 octubre=10 oct=10 noviembre=11 nov=11 diciembre=12 dic=12'),
  // prettier-ignore
  weekdays: numbered('domingo=0 lunes=1 martes=2 miércoles=3 miercoles=3 jueves=4 viernes=5 sábado=6 sabado=6'),
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
  conditional: /^(?:Si|En\s+caso\s+de|De\s+no)(?!\p{L})|,\s*si\s/u,
  // prettier-ignore
  abbreviations: words('sr sra sres srta dr dra d dña da ud uds lic ing prof avda av núm n no pág etc ee uu aprox gral cía art vol cap'),
  // prettier-ignore
  titles: words('presidente presidenta ministro ministra vicepresidente vicepresidenta secretario secretaria portavoz alcalde alcaldesa diputado diputada senador senadora director directora consejero consejera conseller consellera delegado delegada líder jefe jefa juez jueza fiscal abogado abogada embajador embajadora rey reina papa obispo cardenal general sr sra señor señora don doña dr dra profesor profesora adjunto adjunta segunda segundo primera primero tercera tercero entrenador seleccionador economista sindical'),
  // prettier-ignore
  particles: words('de del de la la las los y i van von al el'),
  // prettier-ignore
  notNames: words('el la los las un una unos unas de del en a al y o pero él ella ellos ellas nosotros este esta estos estas ese esa según para por con sin tras antes después desde durante si así también su sus nuestro nuestra dios madrid españa'),
  // prettier-ignore
  orgHeads: words('ministerio consejo congreso senado tribunal partido sindicato banco agencia autoridad federación confederación unión comité ayuntamiento junta comisión organización instituto fundación universidad servicio parlamento asamblea audiencia corte grupo asociación cámara diputación generalitat xunta cabildo gobierno oficina dirección metro'),
  // prettier-ignore
  orgJoiners: words('de del la las los el y para nacional general'),
};
