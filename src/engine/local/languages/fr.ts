import * as chronofr from 'chrono-node/fr';
import type { NativeLexicon } from './native-lexicon';

const words = (list: string): Set<string> => new Set(list.split(' '));
const numbered = (list: string): Record<string, number> =>
  Object.fromEntries(list.split(' ').map((entry) => [entry.split('=')[0]!, Number(entry.split('=')[1])]));

/** French: the words the native date, sentence and name rules read. */
export const fr: NativeLexicon = {
  lang: 'fr',
  chrono: () => chronofr.casual.clone(),
  // prettier-ignore
  months: numbered('janvier=1 janv=1 février=2 fevrier=2 févr=2 mars=3 avril=4 avr=4 mai=5 juin=6 juillet=7 juil=7 août=8 aout=8 septembre=9 sept=9 octobre=10 oct=10 novembre=11 nov=11 décembre=12 decembre=12 déc=12'),
  // prettier-ignore
  weekdays: numbered('dimanche=0 lundi=1 mardi=2 mercredi=3 jeudi=4 vendredi=5 samedi=6'),
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
  futureCues: /(?<!\p{L})(?:\p{Ll}{2,}(?:era|eront|ira|iront|ra|ront|rai|rons|rez)|va|vont|doit|doivent|devra|devront|devrait|devraient|prévu|prévue|prévus|prévues|prévoit|prévoient|programmé|programmée|convoqué|convoquée|attendu|attendue|envisage|compte|entend|souhaite|prochain|prochaine|prochainement|à\s+venir|se\s+tient|aura\s+lieu|auront\s+lieu)(?!\p{L})/iu,
  // prettier-ignore
  pastCues: /(?<!\p{L})(?:(?:a|ont|avait|avaient|est|sont|était|étaient|aurait|a\s+été|ont\s+été|avait\s+été)\s+(?:déjà\s+|été\s+|eu\s+)?\p{Ll}+(?:é|ée|és|ées|i|is|ie|it|u|ue|ert|erte|eint|eu)|\p{Ll}{2,}(?:ait|aient)|hier|déjà|dernier|dernière|passé|récemment|depuis)(?!\p{L})/iu,
  // prettier-ignore
  targetBefore: /(?:jusqu['’]\s*(?:à|au|aux|en)(?:\s+l[ea])?|d['’]\s*ici(?:\s+(?:le|à|au|la))?|avant(?:\s+l[ea]|\s+le)?|au\s+plus\s+tard(?:\s+le)?|depuis(?:\s+l[ea])?|dès(?:\s+l[ea])?)\s*$/iu,
  // prettier-ignore
  scheduledBefore: /(?:pour\s+l[ea]|prévue?s?\s+(?:l[ea]|pour\s+l[ea]))\s*$/iu,
  // prettier-ignore
  conditional: /^(?:Si|S['’]il|S['’]ils|En\s+cas|Au\s+cas|Faute\s+d)(?!\p{L})|,\s*(?:si|s['’]il)\s/u,
  // prettier-ignore
  abbreviations: words('m mm mme mmes mlle dr pr me mgr st ste av bd n no p env cf etc ex vol chap art al hab min max'),
  // prettier-ignore
  titles: words('président présidente ministre premier première secrétaire porte-parole maire député députée sénateur sénatrice préfet préfète directeur directrice pdg patron patronne chef cheffe juge procureur procureure avocat avocate ambassadeur ambassadrice commissaire général générale évêque pape cardinal professeur professeure docteur m mme mlle monsieur madame me dr pr chargé chargée délégué déléguée adjoint adjointe ancien ancienne entraîneur sélectionneur chercheur chercheuse économiste leader'),
  // prettier-ignore
  particles: words('de du des d la le van von der ben al el'),
  // prettier-ignore
  notNames: words('le la les l un une des du de en au aux à a et ou mais il elle ils elles on nous vous je ce cette ces selon pour par dans sur avec sans après avant depuis pendant lors dès si ainsi alors enfin aussi avis notre nos leur leurs son sa ses mon ma dieu paris france'),
  // prettier-ignore
  orgHeads: words('ministère commission conseil cour assemblée sénat tribunal parti syndicat banque agence office autorité fédération confédération union comité mairie préfecture région institut fondation université rassemblement mouvement caisse direction haut haute organisation association groupe société compagnie musée'),
  // prettier-ignore
  orgJoiners: words('de du des la le l d et pour nationale national'),
};
