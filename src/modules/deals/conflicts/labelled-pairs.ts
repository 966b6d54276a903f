import { registrableDomain } from '../../partners/domains.js';
import type { MatchSubject } from './score.js';

/**
 * A hand-labelled set of customer pairs for measuring the conflict detector (accuracy.test.ts).
 *
 * Every spelling below was written by hand the way partners type customers into registration
 * forms — nothing here is generated from the scorer. Positives are one customer written two ways
 * by two partners; negatives are two different customers, most of them chosen to be hard (a shared
 * first word, a shared industry, a near-identical spelling of a different company).
 *
 * The only mechanical part is how websites and countries are attached to the positives: each
 * company lists its registrable domain once, and the pairs rotate, in a fixed order, through the
 * ways partners actually fill the form — both sites given but written differently (www., a
 * subdomain, a path, http/https, upper case), one side or both sides without a website, one side
 * without a country. Most positives therefore have to be recognised from the name alone.
 *
 * Real company names are public knowledge; the synthetic ones ("Harborview Dental Partners") are
 * plausible small businesses.
 */
export type LabelledSubject = {
  customerName: string;
  website: string | null;
  country: string | null;
  productLineIds?: string[];
  expectedCloseDate?: string | null;
};

export type LabelledPair = {
  a: LabelledSubject;
  b: LabelledSubject;
  /** true: the same customer (a conflict the detector must find). */
  same: boolean;
  /** What makes the pair interesting: "suffix", "typo", "hard-shared-word", "random" … */
  category: string;
  note?: string;
};

/** The subject the scorer sees, with the domain computed exactly as the app does. */
export function toMatchSubject(s: LabelledSubject): MatchSubject {
  return {
    customerName: s.customerName,
    domain: s.website ? registrableDomain(s.website) : null,
    country: s.country,
    productLineIds: s.productLineIds ?? [],
    expectedCloseDate: s.expectedCloseDate ?? null,
  };
}

/**
 * pg_trgm's similarity() for the normalised names (lower-case ASCII words separated by single
 * spaces, which is what customer_name_norm holds): each word padded with two spaces in front and
 * one behind, the set of its 3-grams; similarity = |A ∩ B| / |A ∪ B|.
 */
export function trigramSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Set<string>();
    for (const w of s.split(' ')) {
      if (!w) continue;
      const p = `  ${w} `;
      for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
    }
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let common = 0;
  for (const g of ga) if (gb.has(g)) common++;
  return common / (ga.size + gb.size - common);
}

/** deal_name_terms() (migration 0016): the distinctive words and, for several, the words run together. */
export function nameTerms(rare: string): string[] {
  const words = rare.split(' ').filter(Boolean);
  if (words.length > 1) words.push(words.join(''));
  return [...new Set(words)].sort();
}

/** deal_name_keys() (migration 0016): a word and, from five letters on, each one-letter deletion. */
export function nameKeys(word: string): string[] {
  if (word.length < 5) return [word];
  const keys = new Set([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return [...keys];
}

/** Whether the word lookup reaches `a` from `b`: a term of each shares a lookup key. */
export function termsMeet(rareA: string, rareB: string): boolean {
  const keysA = new Set(nameTerms(rareA).flatMap(nameKeys));
  return nameTerms(rareB).some((t) => nameKeys(t).some((k) => keysA.has(k)));
}

/**
 * [canonical name, registrable domain, country, variants]. Each variant is "category|spelling":
 * another partner's way of writing the same customer.
 *   suffix   legal form added, dropped or written in another jurisdiction's style
 *   case     letter case; punct punctuation and dots; spacing  words joined or split
 *   accent   accents / umlauts written differently; translit  another script (any-ascii bridges it)
 *   the      leading "The"; amp  "&" / "and" / "+"; abbrev  Intl, Corp, Mfg, Tech, Sys, Svcs, Bros …
 *   words    "Group", "Holdings", "International", "Company" … added or dropped
 *   typo     one letter wrong, missing, doubled or swapped; order  words in another order
 *   acronym  initials against the full name
 */
type Company = [name: string, domain: string, country: string, variants: string[]];

const COMPANIES: Company[] = [
  [
    'Siemens AG',
    'siemens.com',
    'DE',
    ['suffix|Siemens Aktiengesellschaft', 'case|SIEMENS', 'words|Siemens Group'],
  ],
  [
    'Deutsche Telekom AG',
    'telekom.com',
    'DE',
    ['case|DEUTSCHE TELEKOM', 'typo|Deutsche Telecom AG', 'suffix|Deutsche Telekom'],
  ],
  [
    'Müller Maschinenbau GmbH',
    'mueller-maschinenbau.de',
    'DE',
    ['accent|Mueller Maschinenbau GmbH', 'accent|Muller Maschinenbau', 'case|MÜLLER MASCHINENBAU GMBH'],
  ],
  [
    'Robert Bosch GmbH',
    'bosch.com',
    'DE',
    ['suffix|Robert Bosch', 'case|ROBERT BOSCH GMBH', 'typo|Robert Bosh GmbH'],
  ],
  ['BASF SE', 'basf.com', 'DE', ['suffix|BASF', 'case|Basf SE', 'punct|B.A.S.F. SE']],
  [
    'Henkel AG & Co. KGaA',
    'henkel.com',
    'DE',
    ['suffix|Henkel AG', 'suffix|Henkel', 'case|HENKEL AG & CO KGAA'],
  ],
  ['Zalando SE', 'zalando.de', 'DE', ['suffix|Zalando', 'case|ZALANDO SE', 'typo|Zalanda SE']],
  [
    'Continental AG',
    'continental.com',
    'DE',
    ['suffix|Continental Aktiengesellschaft', 'case|CONTINENTAL AG'],
  ],
  [
    'Kühne + Nagel International AG',
    'kuehne-nagel.com',
    'CH',
    ['accent|Kuehne + Nagel International AG', 'amp|Kühne & Nagel International', 'words|Kühne+Nagel'],
  ],
  ['Nestlé S.A.', 'nestle.com', 'CH', ['accent|Nestle SA', 'case|NESTLE', 'suffix|Nestlé']],
  [
    'Zürich Insurance Group Ltd',
    'zurich.com',
    'CH',
    ['accent|Zurich Insurance Group', 'words|Zurich Insurance', 'case|ZURICH INSURANCE GROUP AG'],
  ],
  [
    'Société Générale S.A.',
    'societegenerale.com',
    'FR',
    ['accent|Societe Generale', 'case|SOCIETE GENERALE SA', 'punct|Société Générale, S.A.'],
  ],
  ["L'Oréal S.A.", 'loreal.com', 'FR', ['accent|LOreal SA', 'accent|L’Oréal', 'case|L OREAL']],
  ['Danone S.A.', 'danone.com', 'FR', ['suffix|Danone', 'case|DANONE SA', 'words|Groupe Danone']],
  ['Capgemini SE', 'capgemini.com', 'FR', ['spacing|Cap Gemini', 'case|CAPGEMINI', 'suffix|Capgemini S.A.']],
  [
    'Boulangerie Dupont SARL',
    'boulangerie-dupont.fr',
    'FR',
    ['suffix|Boulangerie Dupont', 'suffix|Boulangerie Dupont S.A.R.L.', 'case|BOULANGERIE DUPONT'],
  ],
  [
    'Atelier Lumière SAS',
    'atelier-lumiere.fr',
    'FR',
    ['accent|Atelier Lumiere SAS', 'suffix|Atelier Lumière S.A.S.', 'case|ATELIER LUMIERE'],
  ],
  [
    'Škoda Auto a.s.',
    'skoda-auto.com',
    'CZ',
    ['accent|Skoda Auto', 'case|ŠKODA AUTO A.S.', 'suffix|Škoda Auto'],
  ],
  [
    'Citroën Automobiles S.A.',
    'citroen.com',
    'FR',
    ['accent|Citroen Automobiles', 'case|CITROËN AUTOMOBILES SA'],
  ],
  [
    'Telefónica S.A.',
    'telefonica.com',
    'ES',
    ['accent|Telefonica SA', 'case|TELEFÓNICA', 'typo|Telefonika S.A.'],
  ],
  [
    'Banco Santander S.A.',
    'santander.com',
    'ES',
    ['suffix|Banco Santander', 'case|BANCO SANTANDER SA', 'typo|Banco Santnader S.A.'],
  ],
  [
    'Industria de Diseño Textil S.A.',
    'inditex.com',
    'ES',
    ['accent|Industria de Diseno Textil SA', 'case|INDUSTRIA DE DISEÑO TEXTIL'],
  ],
  ['Enel S.p.A.', 'enel.com', 'IT', ['suffix|Enel', 'punct|Enel SpA', 'case|ENEL S.P.A.']],
  ['Ferrero S.p.A.', 'ferrero.com', 'IT', ['suffix|Ferrero', 'punct|Ferrero SpA', 'words|Ferrero Group']],
  [
    'Pasticceria Rossi S.r.l.',
    'pasticceriarossi.it',
    'IT',
    ['suffix|Pasticceria Rossi', 'punct|Pasticceria Rossi SRL', 'typo|Pasticeria Rossi S.r.l.'],
  ],
  [
    'Koninklijke Philips N.V.',
    'philips.com',
    'NL',
    ['suffix|Koninklijke Philips', 'punct|Koninklijke Philips NV', 'case|KONINKLIJKE PHILIPS N.V.'],
  ],
  [
    'Ahold Delhaize N.V.',
    'aholddelhaize.com',
    'NL',
    ['suffix|Ahold Delhaize', 'punct|Ahold-Delhaize NV', 'spacing|AholdDelhaize'],
  ],
  [
    'Booking.com B.V.',
    'booking.com',
    'NL',
    ['suffix|Booking.com', 'punct|Booking com BV', 'case|BOOKING.COM B.V.'],
  ],
  [
    'Van der Berg Logistiek B.V.',
    'vdberglogistiek.nl',
    'NL',
    ['suffix|Van der Berg Logistiek', 'spacing|Vanderberg Logistiek BV', 'case|VAN DER BERG LOGISTIEK B.V.'],
  ],
  [
    'Anheuser-Busch InBev SA/NV',
    'ab-inbev.com',
    'BE',
    ['punct|Anheuser Busch InBev', 'suffix|Anheuser-Busch InBev NV', 'case|ANHEUSER-BUSCH INBEV'],
  ],
  [
    'Telefonaktiebolaget LM Ericsson',
    'ericsson.com',
    'SE',
    [
      'case|TELEFONAKTIEBOLAGET LM ERICSSON',
      'punct|Telefonaktiebolaget L.M. Ericsson',
      'words|Ericsson AB (publ)',
      'words|Ericsson',
    ],
  ],
  [
    'Hennes & Mauritz AB',
    'hm.com',
    'SE',
    ['amp|Hennes and Mauritz AB', 'suffix|Hennes & Mauritz', 'case|HENNES & MAURITZ AB'],
  ],
  ['Electrolux AB', 'electrolux.com', 'SE', ['suffix|Electrolux', 'case|ELECTROLUX AB', 'typo|Electrolx AB']],
  ['Nokia Oyj', 'nokia.com', 'FI', ['suffix|Nokia', 'suffix|Nokia Corporation', 'case|NOKIA OYJ']],
  ['Kone Oyj', 'kone.com', 'FI', ['suffix|KONE Corporation', 'suffix|Kone', 'case|KONE OYJ']],
  ['Ørsted A/S', 'orsted.com', 'DK', ['accent|Orsted A/S', 'accent|Oersted', 'suffix|Ørsted']],
  [
    'A.P. Møller - Mærsk A/S',
    'maersk.com',
    'DK',
    ['accent|AP Moller Maersk', 'punct|A.P. Moller-Maersk A/S', 'case|A.P. MØLLER - MÆRSK'],
  ],
  ['Equinor ASA', 'equinor.com', 'NO', ['suffix|Equinor', 'case|EQUINOR ASA', 'typo|Equinorr ASA']],
  ['PKN Orlen S.A.', 'orlen.pl', 'PL', ['suffix|PKN Orlen', 'case|PKN ORLEN SA', 'punct|P.K.N. Orlen S.A.']],
  [
    'Kowalski i Synowie Sp. z o.o.',
    'kowalski-synowie.pl',
    'PL',
    ['suffix|Kowalski i Synowie', 'punct|Kowalski i Synowie Sp z oo', 'case|KOWALSKI I SYNOWIE SP. Z O.O.'],
  ],
  ['OTP Bank Nyrt.', 'otpbank.hu', 'HU', ['suffix|OTP Bank', 'case|Otp Bank Nyrt', 'punct|O.T.P. Bank']],
  [
    'Petróleo Brasileiro S.A.',
    'petrobras.com.br',
    'BR',
    ['accent|Petroleo Brasileiro SA', 'case|PETRÓLEO BRASILEIRO', 'suffix|Petróleo Brasileiro'],
  ],
  [
    'Grupo Bimbo S.A.B. de C.V.',
    'grupobimbo.com',
    'MX',
    ['suffix|Grupo Bimbo', 'punct|Grupo Bimbo SAB de CV', 'case|GRUPO BIMBO'],
  ],
  [
    'Construtora Andrade Ltda.',
    'construtoraandrade.com.br',
    'BR',
    ['suffix|Construtora Andrade', 'case|CONSTRUTORA ANDRADE LTDA', 'typo|Construtora Andrad Ltda'],
  ],
  [
    'Toyota Motor Corporation',
    'toyota-global.com',
    'JP',
    ['suffix|Toyota Motor Corp.', 'suffix|Toyota Motor K.K.', 'translit|トヨタ Motor'],
  ],
  [
    'Yamaha Corporation',
    'yamaha.com',
    'JP',
    ['translit|ヤマハ株式会社', 'suffix|Yamaha K.K.', 'case|YAMAHA CORP'],
  ],
  ['Nikon Corporation', 'nikon.com', 'JP', ['translit|株式会社ニコン', 'suffix|Nikon', 'case|NIKON CORP.']],
  [
    'Suzuki Motor Corporation',
    'globalsuzuki.com',
    'JP',
    ['translit|スズキ Motor', 'suffix|Suzuki Motor Corp', 'case|SUZUKI MOTOR'],
  ],
  ['Shimano Inc.', 'shimano.com', 'JP', ['translit|株式会社シマノ', 'suffix|Shimano', 'case|SHIMANO INC']],
  [
    'Mizuno Corporation',
    'mizuno.com',
    'JP',
    ['translit|ミズノ株式会社', 'suffix|Mizuno', 'suffix|Mizuno K.K.'],
  ],
  [
    'Subaru Corporation',
    'subaru.co.jp',
    'JP',
    ['translit|株式会社スバル', 'suffix|Subaru', 'case|SUBARU CORP.'],
  ],
  [
    'Honda Motor Co., Ltd.',
    'honda.com',
    'JP',
    ['translit|ホンダ Motor', 'suffix|Honda Motor', 'punct|Honda Motor Co Ltd'],
  ],
  ['Gazprom PJSC', 'gazprom.com', 'RU', ['translit|ПАО Газпром', 'suffix|Gazprom', 'case|GAZPROM']],
  ['Sberbank PJSC', 'sberbank.ru', 'RU', ['translit|ПАО Сбербанк', 'suffix|Sberbank', 'case|SBERBANK']],
  ['Yandex LLC', 'yandex.ru', 'RU', ['translit|ООО Яндекс', 'suffix|Yandex', 'case|YANDEX LLC']],
  ['Aeroflot PJSC', 'aeroflot.ru', 'RU', ['translit|ПАО Аэрофлот', 'suffix|Aeroflot', 'case|AEROFLOT']],
  [
    'Severstal PAO',
    'severstal.com',
    'RU',
    ['translit|ПАО Северсталь', 'suffix|Severstal', 'typo|Severstall'],
  ],
  ['Rostelecom PJSC', 'rt.ru', 'RU', ['translit|Ростелеком', 'suffix|Rostelecom', 'case|ROSTELECOM']],
  ['Apple Inc.', 'apple.com', 'US', ['suffix|Apple', 'suffix|Apple Incorporated', 'case|APPLE INC']],
  [
    'Microsoft Corporation',
    'microsoft.com',
    'US',
    ['suffix|Microsoft Corp.', 'suffix|Microsoft', 'typo|Microsfot Corporation'],
  ],
  [
    'The Coca-Cola Company',
    'coca-colacompany.com',
    'US',
    ['the|Coca-Cola Company', 'punct|Coca Cola Co', 'case|COCA-COLA'],
  ],
  [
    'The Home Depot, Inc.',
    'homedepot.com',
    'US',
    ['the|Home Depot', 'case|HOME DEPOT INC', 'spacing|HomeDepot'],
  ],
  [
    'The Walt Disney Company',
    'disney.com',
    'US',
    ['the|Walt Disney Company', 'the|Walt Disney Co.', 'case|THE WALT DISNEY CO'],
  ],
  ['The Boeing Company', 'boeing.com', 'US', ['the|Boeing', 'suffix|Boeing Co', 'case|BOEING COMPANY']],
  [
    'Procter & Gamble Co.',
    'pg.com',
    'US',
    ['amp|Procter and Gamble', 'the|The Procter & Gamble Company', 'typo|Proctor & Gamble'],
  ],
  [
    'Johnson & Johnson',
    'jnj.com',
    'US',
    ['amp|Johnson and Johnson', 'amp|Johnson+Johnson', 'case|JOHNSON & JOHNSON INC'],
  ],
  [
    'Ernst & Young LLP',
    'ey.com',
    'US',
    ['amp|Ernst and Young', 'suffix|Ernst & Young', 'case|ERNST & YOUNG'],
  ],
  [
    'Barnes & Noble, Inc.',
    'barnesandnoble.com',
    'US',
    ['amp|Barnes and Noble', 'punct|Barnes & Noble Inc', 'case|BARNES & NOBLE'],
  ],
  [
    'Marks and Spencer Group plc',
    'marksandspencer.com',
    'GB',
    ['amp|Marks & Spencer', 'words|Marks and Spencer plc', 'case|MARKS & SPENCER GROUP PLC'],
  ],
  ['Tesco PLC', 'tesco.com', 'GB', ['suffix|Tesco', 'case|Tesco plc', 'suffix|Tesco Public Limited Company']],
  ['Unilever PLC', 'unilever.com', 'GB', ['suffix|Unilever', 'case|UNILEVER PLC', 'typo|Unlilever plc']],
  [
    'Rolls-Royce Holdings plc',
    'rolls-royce.com',
    'GB',
    ['punct|Rolls Royce Holdings', 'words|Rolls-Royce plc', 'case|ROLLS-ROYCE HOLDINGS'],
  ],
  [
    'Greenfield Bakery Ltd',
    'greenfieldbakery.co.uk',
    'GB',
    ['suffix|Greenfield Bakery Limited', 'suffix|Greenfield Bakery', 'spacing|Green Field Bakery Ltd'],
  ],
  [
    'Harrington & Sons Ltd',
    'harringtonandsons.co.uk',
    'GB',
    ['amp|Harrington and Sons Limited', 'suffix|Harrington & Sons', 'typo|Harington & Sons Ltd'],
  ],
  ['BHP Group Limited', 'bhp.com', 'AU', ['words|BHP', 'suffix|BHP Group Ltd', 'case|Bhp Group']],
  [
    'Telstra Corporation Limited',
    'telstra.com.au',
    'AU',
    ['suffix|Telstra', 'suffix|Telstra Corp Ltd', 'case|TELSTRA'],
  ],
  [
    'Bondi Coastal Plumbing Pty Ltd',
    'bondicoastalplumbing.com.au',
    'AU',
    [
      'suffix|Bondi Coastal Plumbing',
      'punct|Bondi Coastal Plumbing Pty. Ltd.',
      'typo|Bondi Costal Plumbing Pty Ltd',
    ],
  ],
  [
    'Wesfarmers Limited',
    'wesfarmers.com.au',
    'AU',
    ['suffix|Wesfarmers', 'case|WESFARMERS LTD', 'spacing|Wes Farmers Limited'],
  ],
  ['Infosys Limited', 'infosys.com', 'IN', ['suffix|Infosys', 'suffix|Infosys Ltd.', 'typo|Infosis Limited']],
  [
    'Tata Consultancy Services Limited',
    'tcs.com',
    'IN',
    ['abbrev|Tata Consultancy Svcs Ltd', 'suffix|Tata Consultancy Services', 'acronym|TCS'],
  ],
  [
    'Mahindra & Mahindra Ltd.',
    'mahindra.com',
    'IN',
    ['amp|Mahindra and Mahindra', 'suffix|Mahindra & Mahindra Limited', 'case|MAHINDRA & MAHINDRA'],
  ],
  [
    'Singapore Telecommunications Limited',
    'singtel.com',
    'SG',
    [
      'suffix|Singapore Telecommunications',
      'suffix|Singapore Telecommunications Ltd',
      'case|SINGAPORE TELECOMMUNICATIONS LTD',
    ],
  ],
  [
    'Lim Brothers Trading Pte Ltd',
    'limbrothers.com.sg',
    'SG',
    ['abbrev|Lim Bros Trading Pte Ltd', 'suffix|Lim Brothers Trading', 'abbrev|Lim Bros. Trading'],
  ],
  [
    'International Business Machines Corporation',
    'ibm.com',
    'US',
    ['abbrev|Intl Business Machines Corp', 'acronym|IBM', 'suffix|International Business Machines'],
  ],
  [
    'General Electric Company',
    'ge.com',
    'US',
    ['suffix|General Electric', 'suffix|General Electric Co.', 'acronym|GE'],
  ],
  [
    'Acme Manufacturing Inc.',
    'acmemfg.com',
    'US',
    ['abbrev|Acme Mfg Inc', 'abbrev|Acme Mfg. Co.', 'suffix|Acme Manufacturing'],
  ],
  [
    'Northwind Technologies LLC',
    'northwindtech.com',
    'US',
    ['abbrev|Northwind Tech', 'suffix|Northwind Technologies', 'typo|Nortwind Technologies LLC'],
  ],
  [
    'Contoso Systems Inc.',
    'contoso.com',
    'US',
    ['abbrev|Contoso Sys Inc', 'suffix|Contoso Systems', 'case|CONTOSO SYSTEMS'],
  ],
  [
    'Fabrikam Financial Services LLC',
    'fabrikamfs.com',
    'US',
    [
      'abbrev|Fabrikam Financial Svcs',
      'suffix|Fabrikam Financial Services',
      'case|FABRIKAM FINANCIAL SERVICES, L.L.C.',
    ],
  ],
  [
    'Warner Bros. Entertainment Inc.',
    'warnerbros.com',
    'US',
    [
      'abbrev|Warner Brothers Entertainment',
      'punct|Warner Bros Entertainment Inc',
      'case|WARNER BROS. ENTERTAINMENT',
    ],
  ],
  [
    'Delta Air Lines, Inc.',
    'delta.com',
    'US',
    ['spacing|Delta Airlines', 'suffix|Delta Air Lines', 'case|DELTA AIR LINES INC'],
  ],
  [
    'PricewaterhouseCoopers LLP',
    'pwc.com',
    'US',
    [
      'spacing|Price Waterhouse Coopers',
      'spacing|Pricewaterhouse Coopers LLP',
      'case|PRICEWATERHOUSECOOPERS',
    ],
  ],
  ['FedEx Corporation', 'fedex.com', 'US', ['suffix|FedEx', 'spacing|Fed Ex Corp', 'case|FEDEX CORP']],
  ['YouTube LLC', 'youtube.com', 'US', ['spacing|You Tube', 'suffix|YouTube', 'case|YOUTUBE LLC']],
  [
    'Blue Ridge Orthopedics PLLC',
    'blueridgeortho.com',
    'US',
    ['suffix|Blue Ridge Orthopedics', 'spacing|Blueridge Orthopedics', 'typo|Blue Ridge Orthopaedics PLLC'],
  ],
  [
    'Harborview Dental Partners LLC',
    'harborviewdental.com',
    'US',
    [
      'suffix|Harborview Dental Partners',
      'spacing|Harbor View Dental Partners',
      'typo|Harborveiw Dental Partners',
    ],
  ],
  [
    'Silverline Logistics Group',
    'silverlinelogistics.com',
    'US',
    [
      'words|Silverline Logistics',
      'suffix|Silverline Logistics Group LLC',
      'spacing|Silver Line Logistics Group',
    ],
  ],
  [
    'Summit Ridge Capital Holdings LLC',
    'summitridgecap.com',
    'US',
    [
      'words|Summit Ridge Capital',
      'suffix|Summit Ridge Capital Holdings',
      'case|SUMMIT RIDGE CAPITAL HOLDINGS',
    ],
  ],
  [
    'Cascade Health Holdings, Inc.',
    'cascadehealth.org',
    'US',
    ['words|Cascade Health', 'words|Cascade Health Group', 'punct|Cascade Health Holdings Inc'],
  ],
  [
    'Alphabet Inc.',
    'abc.xyz',
    'US',
    ['suffix|Alphabet', 'case|ALPHABET INC', 'suffix|Alphabet Incorporated'],
  ],
  [
    'Salesforce, Inc.',
    'salesforce.com',
    'US',
    ['suffix|Salesforce', 'spacing|Sales Force Inc', 'punct|salesforce.com, inc.'],
  ],
  ['Oracle Corporation', 'oracle.com', 'US', ['suffix|Oracle', 'suffix|Oracle Corp', 'case|ORACLE CORP']],
  ['Cisco Systems, Inc.', 'cisco.com', 'US', ['abbrev|Cisco Sys', 'words|Cisco', 'case|CISCO SYSTEMS INC']],
  [
    'Dell Technologies Inc.',
    'delltechnologies.com',
    'US',
    ['abbrev|Dell Tech', 'suffix|Dell Technologies', 'case|DELL TECHNOLOGIES'],
  ],
  [
    'Hewlett Packard Enterprise Company',
    'hpe.com',
    'US',
    ['suffix|Hewlett Packard Enterprise', 'punct|Hewlett-Packard Enterprise Co.', 'acronym|HPE'],
  ],
  [
    'United Parcel Service, Inc.',
    'ups.com',
    'US',
    ['abbrev|United Parcel Svcs', 'suffix|United Parcel Service', 'acronym|UPS'],
  ],
  ['3M Company', '3m.com', 'US', ['suffix|3M', 'case|3m Co', 'suffix|3M Co.']],
  [
    'Caterpillar Inc.',
    'caterpillar.com',
    'US',
    ['suffix|Caterpillar', 'typo|Caterpiller Inc', 'case|CATERPILLAR INC.'],
  ],
  [
    'Kimberly-Clark Corporation',
    'kimberly-clark.com',
    'US',
    ['punct|Kimberly Clark Corp', 'spacing|KimberlyClark', 'typo|Kimberley-Clark Corporation'],
  ],
  [
    'Wells Fargo & Company',
    'wellsfargo.com',
    'US',
    ['amp|Wells Fargo and Company', 'suffix|Wells Fargo', 'spacing|WellsFargo'],
  ],
  [
    'JPMorgan Chase & Co.',
    'jpmorganchase.com',
    'US',
    ['spacing|JP Morgan Chase', 'punct|J.P. Morgan Chase & Co', 'amp|JPMorgan Chase and Co'],
  ],
  [
    'McDonald’s Corporation',
    'mcdonalds.com',
    'US',
    ['punct|McDonalds Corp', "punct|McDonald's", 'case|MCDONALDS CORPORATION'],
  ],
  [
    'Goldman Sachs Group, Inc.',
    'goldmansachs.com',
    'US',
    ['words|Goldman Sachs', 'the|The Goldman Sachs Group', 'case|GOLDMAN SACHS GROUP INC'],
  ],
  [
    'Berkshire Hathaway Inc.',
    'berkshirehathaway.com',
    'US',
    ['suffix|Berkshire Hathaway', 'typo|Berkshire Hathway', 'case|BERKSHIRE HATHAWAY INC'],
  ],
  [
    'Exxon Mobil Corporation',
    'exxonmobil.com',
    'US',
    ['spacing|ExxonMobil', 'suffix|Exxon Mobil', 'case|EXXON MOBIL CORP'],
  ],
  [
    'Lockheed Martin Corporation',
    'lockheedmartin.com',
    'US',
    ['suffix|Lockheed Martin', 'typo|Lockhead Martin Corp', 'case|LOCKHEED MARTIN'],
  ],
  [
    'Pinecrest Veterinary Clinic, P.C.',
    'pinecrestvet.com',
    'US',
    [
      'suffix|Pinecrest Veterinary Clinic',
      'spacing|Pine Crest Veterinary Clinic',
      'typo|Pinecrest Veterinery Clinic',
    ],
  ],
  [
    'Riverside Community Credit Union',
    'riversideccu.org',
    'US',
    [
      'case|RIVERSIDE COMMUNITY CREDIT UNION',
      'typo|Riverside Comunity Credit Union',
      'spacing|River Side Community Credit Union',
    ],
  ],
  [
    'Oakmont Property Management Inc.',
    'oakmontpm.com',
    'US',
    [
      'abbrev|Oakmont Property Mgmt',
      'suffix|Oakmont Property Management',
      'case|OAKMONT PROPERTY MANAGEMENT INC',
    ],
  ],
  [
    'Brightwater International Inc.',
    'brightwaterintl.com',
    'US',
    ['abbrev|Brightwater Intl', 'abbrev|Brightwater Intl., Inc.', 'suffix|Brightwater International'],
  ],
  [
    'Meridian Global Services Ltd',
    'meridianglobal.co.uk',
    'GB',
    [
      'abbrev|Meridian Global Svcs Ltd',
      'suffix|Meridian Global Services',
      'case|MERIDIAN GLOBAL SERVICES LIMITED',
    ],
  ],
  [
    'Kessler & Partner Steuerberatung GmbH',
    'kessler-partner.de',
    'DE',
    [
      'amp|Kessler und Partner Steuerberatung',
      'suffix|Kessler & Partner Steuerberatung',
      'case|KESSLER & PARTNER STEUERBERATUNG GMBH',
    ],
  ],
  [
    'Bäckerei Schröder GmbH',
    'baeckerei-schroeder.de',
    'DE',
    ['accent|Baeckerei Schroeder GmbH', 'accent|Backerei Schroder', 'case|BÄCKEREI SCHRÖDER'],
  ],
  [
    'Weißenfels Gerätebau GmbH',
    'weissenfels-geraetebau.de',
    'DE',
    ['accent|Weissenfels Geraetebau GmbH', 'case|WEISSENFELS GERÄTEBAU', 'suffix|Weißenfels Gerätebau'],
  ],
  [
    'Société des Eaux de Normandie SAS',
    'eaux-normandie.fr',
    'FR',
    [
      'accent|Societe des Eaux de Normandie',
      'suffix|Société des Eaux de Normandie S.A.S.',
      'case|SOCIETE DES EAUX DE NORMANDIE',
    ],
  ],
  [
    'Café Olé Distribution SARL',
    'cafeole.fr',
    'FR',
    [
      'accent|Cafe Ole Distribution',
      'suffix|Café Olé Distribution S.A.R.L.',
      'case|CAFE OLE DISTRIBUTION SARL',
    ],
  ],
  [
    'Hoteles Peñalara S.L.',
    'hotelespenalara.es',
    'ES',
    ['accent|Hoteles Penalara SL', 'suffix|Hoteles Peñalara', 'case|HOTELES PEÑALARA S.L.'],
  ],
  [
    'Ålandsbanken Abp',
    'alandsbanken.fi',
    'FI',
    ['accent|Alandsbanken', 'case|ÅLANDSBANKEN', 'typo|Alandsbankken'],
  ],
  [
    'Dvořák Strojírny s.r.o.',
    'dvorak-strojirny.cz',
    'CZ',
    ['accent|Dvorak Strojirny s.r.o.', 'suffix|Dvořák Strojírny', 'case|DVORAK STROJIRNY SRO'],
  ],
  [
    'Çelik Yapı A.Ş.',
    'celikyapi.com.tr',
    'TR',
    ['accent|Celik Yapi AS', 'case|ÇELİK YAPI', 'accent|Celik Yapı'],
  ],
  [
    'Nordlys Energi AS',
    'nordlysenergi.no',
    'NO',
    ['suffix|Nordlys Energi', 'case|NORDLYS ENERGI AS', 'spacing|Nord Lys Energi AS'],
  ],
  [
    'Rahman Textiles Sdn Bhd',
    'rahmantextiles.com.my',
    'MY',
    ['suffix|Rahman Textiles', 'suffix|Rahman Textiles Sdn. Bhd.', 'typo|Rahman Textile Sdn Bhd'],
  ],
  [
    'Andes Minería S.A.C.',
    'andesmineria.pe',
    'PE',
    ['accent|Andes Mineria', 'case|ANDES MINERÍA', 'typo|Andes Mineira SAC'],
  ],
  [
    'Kiwi Orchards Limited',
    'kiwiorchards.co.nz',
    'NZ',
    ['suffix|Kiwi Orchards', 'suffix|Kiwi Orchards Ltd', 'typo|Kiwi Orchads Ltd'],
  ],
  [
    'Maple Leaf Foods Inc.',
    'mapleleaffoods.com',
    'CA',
    ['suffix|Maple Leaf Foods', 'spacing|MapleLeaf Foods', 'case|MAPLE LEAF FOODS INC'],
  ],
  ['Shopify Inc.', 'shopify.com', 'CA', ['suffix|Shopify', 'case|SHOPIFY INC', 'typo|Shoppify Inc']],
  ['Naspers Limited', 'naspers.com', 'ZA', ['suffix|Naspers', 'case|NASPERS LTD', 'typo|Nasper Limited']],
  [
    'Emirates Group',
    'emirates.com',
    'AE',
    ['words|Emirates', 'the|The Emirates Group', 'case|EMIRATES GROUP'],
  ],
  [
    'Samsung Electronics Co., Ltd.',
    'samsung.com',
    'KR',
    ['suffix|Samsung Electronics', 'punct|Samsung Electronics Co Ltd', 'typo|Samsung Electroncs'],
  ],
  [
    'Hyundai Motor Company',
    'hyundai.com',
    'KR',
    ['suffix|Hyundai Motor', 'suffix|Hyundai Motor Co.', 'typo|Hyundia Motor Company'],
  ],
  [
    'Alibaba Group Holding Limited',
    'alibabagroup.com',
    'CN',
    ['words|Alibaba Group', 'words|Alibaba', 'case|ALIBABA GROUP HOLDING LTD'],
  ],
  [
    'Tencent Holdings Ltd.',
    'tencent.com',
    'CN',
    ['words|Tencent', 'suffix|Tencent Holdings', 'case|TENCENT HOLDINGS LIMITED'],
  ],
  [
    'Lenovo Group Limited',
    'lenovo.com',
    'CN',
    ['words|Lenovo', 'suffix|Lenovo Group', 'case|LENOVO GROUP LTD'],
  ],
  ['Accenture plc', 'accenture.com', 'IE', ['suffix|Accenture', 'case|ACCENTURE PLC', 'typo|Acenture plc']],
  ['Stripe, Inc.', 'stripe.com', 'US', ['suffix|Stripe', 'case|STRIPE INC', 'suffix|Stripe Incorporated']],
  [
    'Atlassian Corporation',
    'atlassian.com',
    'AU',
    ['suffix|Atlassian', 'suffix|Atlassian Pty Ltd', 'typo|Atlasian Corporation'],
  ],
  ['SAP SE', 'sap.com', 'DE', ['suffix|SAP', 'suffix|SAP AG', 'punct|S.A.P. SE']],
  [
    'Bayerische Motoren Werke AG',
    'bmwgroup.com',
    'DE',
    [
      'suffix|Bayerische Motoren Werke',
      'case|BAYERISCHE MOTOREN WERKE AG',
      'typo|Bayerische Motorenwerke AG',
    ],
  ],
  [
    'Novo Nordisk A/S',
    'novonordisk.com',
    'DK',
    ['suffix|Novo Nordisk', 'spacing|NovoNordisk', 'case|NOVO NORDISK A/S'],
  ],
  [
    'Heineken N.V.',
    'theheinekencompany.com',
    'NL',
    ['suffix|Heineken', 'punct|Heineken NV', 'the|The Heineken Company'],
  ],
  [
    'Adecco Group AG',
    'adeccogroup.com',
    'CH',
    ['words|Adecco', 'suffix|Adecco Group', 'case|ADECCO GROUP AG'],
  ],
  [
    'Vestas Wind Systems A/S',
    'vestas.com',
    'DK',
    ['abbrev|Vestas Wind Sys', 'suffix|Vestas Wind Systems', 'case|VESTAS WIND SYSTEMS'],
  ],
  ['Sandvik AB', 'home.sandvik', 'SE', ['suffix|Sandvik', 'case|SANDVIK AB', 'typo|Sandvick AB']],
  ['Wärtsilä Oyj Abp', 'wartsila.com', 'FI', ['accent|Wartsila Oyj', 'accent|Waertsilae', 'suffix|Wärtsilä']],
];

/** How the second partner filled the website and country fields, rotated over the positives. */
const WEBSITE_FORMS: ((d: string) => string)[] = [
  (d) => `http://${d}`,
  (d) => `https://shop.${d}/en/contact`,
  (d) => d.toUpperCase(),
  (d) => `https://www.${d}/about-us`,
  (d) => `investors.${d}`,
];

function positives(): LabelledPair[] {
  const out: LabelledPair[] = [];
  let k = 0;
  for (const [name, domain, country, variants] of COMPANIES) {
    for (const v of variants) {
      const [category, spelling] = v.split('|') as [string, string];
      // 0: both websites (written differently), both countries; 1: the variant without a website;
      // 2: the canonical side without a website; 3: no websites at all; 4: both websites, one
      // country unknown; 5: no websites, one country unknown. Two thirds are name-only.
      const mode = k % 6;
      const siteA = mode === 2 || mode === 3 || mode === 5 ? null : `https://www.${domain}`;
      const siteB =
        mode === 1 || mode === 3 || mode === 5 ? null : WEBSITE_FORMS[k % WEBSITE_FORMS.length]!(domain);
      const countryB = mode === 4 || mode === 5 ? null : country;
      // Alternate which side is the earlier registration: the scorer must not care.
      const a: LabelledSubject = { customerName: name, website: siteA, country };
      const b: LabelledSubject = { customerName: spelling, website: siteB, country: countryB };
      out.push(k % 2 === 0 ? { a, b, same: true, category } : { a: b, b: a, same: true, category });
      k++;
    }
  }
  return out;
}

/**
 * Hard negatives: [name, website, country, name, website, country, category, note?].
 * A null website is a partner that left the field empty (a third of them), so the name has to
 * carry the decision.
 */
type Neg = [string, string | null, string | null, string, string | null, string | null, string, string?];

const HARD_NEGATIVES: Neg[] = [
  // A shared first word.
  ['Delta Air Lines', 'delta.com', 'US', 'Delta Dental', 'deltadental.com', 'US', 'shared-word'],
  ['Delta Air Lines Inc.', null, 'US', 'Delta Dental of California', null, 'US', 'shared-word'],
  ['American Airlines', 'aa.com', 'US', 'American Express', 'americanexpress.com', 'US', 'shared-word'],
  ['American Airlines Group Inc.', null, 'US', 'American Express Company', null, 'US', 'shared-word'],
  ['General Electric', 'ge.com', 'US', 'General Motors', 'gm.com', 'US', 'shared-word'],
  ['General Electric Company', null, 'US', 'General Motors Company', null, 'US', 'shared-word'],
  [
    'Apple Inc.',
    'apple.com',
    'US',
    'Apple Hospitality REIT',
    'applehospitalityreit.com',
    'US',
    'shared-word',
  ],
  ['Apple', null, 'US', 'Apple Hospitality REIT, Inc.', null, 'US', 'shared-word'],
  ['Pacific Gas & Electric', 'pge.com', 'US', 'Pacific Life', 'pacificlife.com', 'US', 'shared-word'],
  [
    'Pacific Gas and Electric Company',
    null,
    'US',
    'Pacific Life Insurance Company',
    null,
    'US',
    'shared-word',
  ],
  ['United Airlines', 'united.com', 'US', 'United Rentals', 'unitedrentals.com', 'US', 'shared-word'],
  ['United Airlines Holdings', null, 'US', 'United Rentals Inc', null, 'US', 'shared-word'],
  ['Johnson & Johnson', 'jnj.com', 'US', 'Johnson Controls', 'johnsoncontrols.com', 'IE', 'shared-word'],
  ['Johnson & Johnson', null, 'US', 'Johnson Controls International plc', null, null, 'shared-word'],
  ['First Solar', 'firstsolar.com', 'US', 'First Data', 'firstdata.com', 'US', 'shared-word'],
  ['First Solar, Inc.', null, 'US', 'First Data Corporation', null, 'US', 'shared-word'],
  ['Alpha Bank', 'alpha.gr', 'GR', 'Alphabet', 'abc.xyz', 'US', 'shared-word'],
  ['Alpha Bank S.A.', null, 'GR', 'Alphabet Inc.', null, 'US', 'shared-word'],
  ['Meta Platforms', 'meta.com', 'US', 'Metaswitch Networks', 'metaswitch.com', 'GB', 'shared-word'],
  ['Meta', null, 'US', 'Metaswitch', null, null, 'shared-word'],
  ['Ford Motor Company', 'ford.com', 'US', 'Fordham University', 'fordham.edu', 'US', 'shared-word'],
  ['Ford', null, 'US', 'Fordham University', null, 'US', 'shared-word'],
  ['Shell plc', 'shell.com', 'GB', 'Shell Shock Studios', 'shellshockstudios.com', 'GB', 'shared-word'],
  ['Shell', null, 'GB', 'Shell Shock Studios Ltd', null, 'GB', 'shared-word'],
  ['Continental AG', 'continental.com', 'DE', 'Continental Airlines', null, 'US', 'shared-word'],
  ['Continental', null, 'DE', 'Continental Resources', null, 'US', 'shared-word'],
  [
    'Mitsubishi Corporation',
    'mitsubishicorp.com',
    'JP',
    'Mitsubishi Electric',
    'mitsubishielectric.com',
    'JP',
    'shared-word',
  ],
  ['Mitsubishi Corporation', null, 'JP', 'Mitsubishi Electric Corporation', null, 'JP', 'shared-word'],
  ['Deutsche Bank AG', 'db.com', 'DE', 'Deutsche Bahn AG', 'deutschebahn.com', 'DE', 'near-spelling'],
  ['Deutsche Bank', null, 'DE', 'Deutsche Bahn', null, 'DE', 'near-spelling'],
  ['Deutsche Post', null, 'DE', 'Deutsche Börse', null, 'DE', 'shared-word'],
  ['Deutsche Telekom', 'telekom.com', 'DE', 'Deutsche Lufthansa', 'lufthansa.com', 'DE', 'shared-word'],
  ['Royal Bank of Canada', 'rbc.com', 'CA', 'Royal Bank of Scotland', 'rbs.com', 'GB', 'shared-word'],
  ['Royal Bank of Canada', null, 'CA', 'Royal Bank of Scotland', null, null, 'shared-word'],
  [
    'National Grid plc',
    'nationalgrid.com',
    'GB',
    'National Express',
    'nationalexpress.com',
    'GB',
    'shared-word',
  ],
  ['National Grid', null, 'GB', 'National Express Group', null, 'GB', 'shared-word'],
  [
    'Southern Company',
    'southerncompany.com',
    'US',
    'Southwest Airlines',
    'southwest.com',
    'US',
    'shared-word',
  ],
  ['Bank of America', 'bankofamerica.com', 'US', 'Bank of China', 'boc.cn', 'CN', 'shared-word'],
  ['Bank of America Corporation', null, 'US', 'Bank of Montreal', null, 'CA', 'shared-word'],
  ['Standard Chartered', 'sc.com', 'GB', 'Standard Life', 'standardlife.co.uk', 'GB', 'shared-word'],
  ['Standard Chartered PLC', null, 'GB', 'Standard Life Aberdeen', null, 'GB', 'shared-word'],
  ['Sun Life Financial', 'sunlife.com', 'CA', 'Sun Microsystems', 'sun.com', 'US', 'shared-word'],
  ['Sun Life', null, 'CA', 'Sun Pharma', null, 'IN', 'shared-word'],
  ['Union Pacific', 'up.com', 'US', 'Union Bank', 'unionbank.com', 'US', 'shared-word'],
  ['Liberty Mutual', 'libertymutual.com', 'US', 'Liberty Global', 'libertyglobal.com', 'GB', 'shared-word'],
  ['Liberty Mutual Insurance', null, 'US', 'Liberty Media Corporation', null, 'US', 'shared-word'],
  ['Western Digital', 'westerndigital.com', 'US', 'Western Union', 'westernunion.com', 'US', 'shared-word'],
  ['Western Digital Corp', null, 'US', 'Western Union Company', null, 'US', 'shared-word'],
  [
    'Global Payments Inc.',
    'globalpayments.com',
    'US',
    'Global Industries Ltd',
    'globalind.com',
    'US',
    'shared-word',
  ],
  [
    'Hyundai Motor Company',
    'hyundai.com',
    'KR',
    'Hyundai Heavy Industries',
    'hhi.co.kr',
    'KR',
    'shared-word',
  ],
  ['Hyundai Motor', null, 'KR', 'Hyundai Heavy Industries', null, 'KR', 'shared-word'],
  ['Samsung Electronics', null, 'KR', 'Samsung Life Insurance', null, 'KR', 'shared-word'],
  ['Tata Steel', 'tatasteel.com', 'IN', 'Tata Motors', 'tatamotors.com', 'IN', 'shared-word'],
  ['Tata Steel Limited', null, 'IN', 'Tata Consultancy Services', null, 'IN', 'shared-word'],
  [
    'Fidelity Investments',
    'fidelity.com',
    'US',
    'Fidelity National Financial',
    'fnf.com',
    'US',
    'shared-word',
  ],
  ['Dominion Energy', 'dominionenergy.com', 'US', "Domino's Pizza", 'dominos.com', 'US', 'near-spelling'],
  [
    'Prudential Financial',
    'prudential.com',
    'US',
    'Prudential plc',
    'prudentialplc.com',
    'GB',
    'same-name-other-company',
    'unrelated since 1923 despite the name',
  ],
  ['Prudential Financial Inc.', null, 'US', 'Prudential plc', null, 'GB', 'same-name-other-company'],
  [
    'Merck & Co.',
    'merck.com',
    'US',
    'Merck KGaA',
    'merckgroup.com',
    'DE',
    'same-name-other-company',
    'separate companies since 1917',
  ],
  ['Merck & Co., Inc.', null, 'US', 'Merck KGaA', null, 'DE', 'same-name-other-company'],
  [
    'Siemens AG',
    'siemens.com',
    'DE',
    'Siemens Energy AG',
    'siemens-energy.com',
    'DE',
    'spin-off',
    'separately listed since 2020',
  ],
  ['Siemens', null, 'DE', 'Siemens Energy', null, 'DE', 'spin-off'],
  [
    'Siemens Healthineers',
    'siemens-healthineers.com',
    'DE',
    'Siemens Energy',
    'siemens-energy.com',
    'DE',
    'spin-off',
  ],
  [
    'Oracle Corporation',
    'oracle.com',
    'US',
    'Oracle Financial Services Software Ltd',
    'https://www.oracle.com/in/financial-services/',
    'IN',
    'subsidiary',
    'a separately listed Indian subsidiary with its own procurement: not the same customer, but it shares oracle.com — it should reach a reviewer as "possible", never be an automatic conflict',
  ],
  ['Oracle', null, 'US', 'Oracle Financial Services Software', null, 'IN', 'subsidiary'],
  [
    'Nokia Oyj',
    'nokia.com',
    'FI',
    'Nokian Tyres plc',
    'nokiantyres.com',
    'FI',
    'near-spelling',
    'unrelated since 1988',
  ],
  ['Nokia', null, 'FI', 'Nokian Tyres', null, 'FI', 'near-spelling'],
  ['Allianz SE', 'allianz.com', 'DE', 'Alliant Energy', 'alliantenergy.com', 'US', 'near-spelling'],
  ['Allianz', null, 'DE', 'Alliant Energy Corp', null, 'US', 'near-spelling'],
  ['Samsung', 'samsung.com', 'KR', 'Samsonite', 'samsonite.com', 'US', 'near-spelling'],
  ['Fujitsu', 'fujitsu.com', 'JP', 'Fujifilm', 'fujifilm.com', 'JP', 'near-spelling'],
  ['Fujitsu Limited', null, 'JP', 'Fujifilm Holdings', null, 'JP', 'near-spelling'],
  ['Infosys', 'infosys.com', 'IN', 'Infosec Institute', 'infosecinstitute.com', 'US', 'near-spelling'],
  ['Accenture', 'accenture.com', 'IE', 'Accuray', 'accuray.com', 'US', 'near-spelling'],
  ['Adobe Inc.', 'adobe.com', 'US', 'Adobe Dental Group', null, 'US', 'shared-word'],
  ['Amazon.com, Inc.', 'amazon.com', 'US', 'Amazonas Energia', 'amazonasenergia.com', 'BR', 'near-spelling'],
  ['Amazon', null, 'US', 'Amazonas Energia', null, 'BR', 'near-spelling'],
  ['Target Corporation', 'target.com', 'US', 'Target Logistics', 'targetlogistics.net', 'US', 'shared-word'],
  ['Target', null, 'US', 'Target Logistics Inc', null, 'US', 'shared-word'],
  ['Visa Inc.', 'visa.com', 'US', 'Visa Lighting', 'visalighting.com', 'US', 'shared-word'],
  ['Oracle', 'oracle.com', 'US', 'Oracle Cleaning Services', 'oraclecleaning.co.uk', 'GB', 'shared-word'],
  ['Intel Corporation', 'intel.com', 'US', 'Intelsat', 'intelsat.com', 'LU', 'near-spelling'],
  ['Intel', null, 'US', 'Intelsat S.A.', null, 'LU', 'near-spelling'],
  ['Cisco Systems', 'cisco.com', 'US', 'Sysco Corporation', 'sysco.com', 'US', 'near-spelling'],
  ['Cisco', null, 'US', 'Sysco', null, 'US', 'near-spelling'],
  ['Sony Group', 'sony.com', 'JP', 'Sonos', 'sonos.com', 'US', 'near-spelling'],
  ['Sony', null, 'JP', 'Sonos Inc', null, 'US', 'near-spelling'],
  ['Nestlé', 'nestle.com', 'CH', 'Nest Labs', 'nest.com', 'US', 'near-spelling'],
  ['Mars, Incorporated', 'mars.com', 'US', 'Marsh & McLennan', 'marshmclennan.com', 'US', 'near-spelling'],
  ['Mars Inc', null, 'US', 'Marsh McLennan', null, 'US', 'near-spelling'],
  ['Unilever', 'unilever.com', 'GB', 'Univar Solutions', 'univarsolutions.com', 'US', 'near-spelling'],
  ['Bosch', 'bosch.com', 'DE', 'Bausch & Lomb', 'bausch.com', 'US', 'near-spelling'],
  ['Bosch', null, 'DE', 'Bausch Health', null, 'CA', 'near-spelling'],
  ['Heineken', 'theheinekencompany.com', 'NL', 'Heinz', 'kraftheinzcompany.com', 'US', 'near-spelling'],
  [
    'Volvo Cars',
    'volvocars.com',
    'SE',
    'AB Volvo',
    'volvogroup.com',
    'SE',
    'spin-off',
    'Volvo Cars (Geely) and AB Volvo (trucks) are separate since 1999',
  ],
  ['Volvo Car Corporation', null, 'SE', 'Volvo Group Trucks', null, 'SE', 'spin-off'],
  ['Hewlett Packard Enterprise', 'hpe.com', 'US', 'HP Inc.', 'hp.com', 'US', 'spin-off'],
  [
    'Summit Dental Care',
    'summitdentalcare.com',
    'US',
    'Summit Dental Care',
    'summitdental.com.au',
    'AU',
    'same-name-other-company',
    'two unrelated practices',
  ],
  [
    'Evergreen Landscaping LLC',
    'evergreenlandscaping.com',
    'US',
    'Evergreen Landscaping Ltd',
    'evergreenlandscaping.co.uk',
    'GB',
    'same-name-other-company',
  ],
  [
    'Phoenix Consulting Group',
    'phoenixcg.com',
    'US',
    'Phoenix Consulting GmbH',
    'phoenix-consulting.de',
    'DE',
    'same-name-other-company',
  ],
  ['Atlas Copco', 'atlascopco.com', 'SE', 'Atlas Air', 'atlasair.com', 'US', 'shared-word'],
  ['Atlas Copco AB', null, 'SE', 'Atlas Air Worldwide', null, 'US', 'shared-word'],
  ['Pioneer Natural Resources', 'pxd.com', 'US', 'Pioneer Corporation', 'pioneer.jp', 'JP', 'shared-word'],
  ['Pioneer Natural Resources', null, 'US', 'Pioneer Electronics', null, 'JP', 'shared-word'],
  ['Crown Holdings', 'crowncork.com', 'US', 'Crown Castle', 'crowncastle.com', 'US', 'shared-word'],
  ['Crown Holdings Inc', null, 'US', 'Crown Castle Inc', null, 'US', 'shared-word'],
  ['Eagle Materials', 'eaglematerials.com', 'US', 'Eagle Bancorp', 'eaglebankcorp.com', 'US', 'shared-word'],
  ['Granite Construction', null, 'US', 'Granite Telecommunications', null, 'US', 'shared-word'],
  [
    'Cardinal Health',
    'cardinalhealth.com',
    'US',
    'Cardinal Glass Industries',
    'cardinalcorp.com',
    'US',
    'shared-word',
  ],
  ['Cardinal Health', null, 'US', 'Cardinal Glass Industries', null, 'US', 'shared-word'],
  [
    'Harborview Dental Partners',
    'harborviewdental.com',
    'US',
    'Harborview Medical Center',
    'uwmedicine.org',
    'US',
    'shared-word',
  ],
  ['Harborview Dental Partners', null, 'US', 'Harborview Capital Partners', null, 'US', 'shared-word'],
  ['Blue Ridge Orthopedics', null, 'US', 'Blue Ridge Bankshares', null, 'US', 'shared-word'],
  ['Silverline Logistics Group', null, 'US', 'Silverline Dental Lab', null, 'US', 'shared-word'],
  ['Northwind Technologies', null, 'US', 'Northwind Traders', null, 'US', 'shared-word'],
  ['Contoso Systems', null, 'US', 'Contoso Pharmaceuticals', null, 'US', 'shared-word'],
  ['Acme Manufacturing', null, 'US', 'Acme Brick Company', null, 'US', 'shared-word'],
  ['Greenfield Bakery Ltd', null, 'GB', 'Greenfield Consulting Ltd', null, 'GB', 'shared-word'],
  ['Müller Maschinenbau GmbH', null, 'DE', 'Müller Logistik GmbH', null, 'DE', 'shared-word'],
  [
    'Schmidt Elektrotechnik GmbH',
    null,
    'DE',
    'Schmitt Elektrotechnik GmbH',
    null,
    'DE',
    'near-spelling',
    'two real-sounding family firms one letter apart; the name alone cannot tell',
  ],
  ['Boulangerie Dupont', null, 'FR', 'Boulangerie Durand', null, 'FR', 'shared-word'],
  ['Kowalski i Synowie', null, 'PL', 'Nowak i Synowie', null, 'PL', 'shared-word'],
  ['Lim Brothers Trading', null, 'SG', 'Tan Brothers Trading', null, 'SG', 'shared-word'],
  ['Harrington & Sons', null, 'GB', 'Harrison & Sons', null, 'GB', 'near-spelling'],
  ['Riverside Community Credit Union', null, 'US', 'Riverside Community Hospital', null, 'US', 'shared-word'],
  ['Pinecrest Veterinary Clinic', null, 'US', 'Pinecrest Dental Clinic', null, 'US', 'shared-word'],
  ['Oakmont Property Management', null, 'US', 'Oakmont Capital Management', null, 'US', 'shared-word'],
  ['Cascade Health', null, 'US', 'Cascade Natural Gas', null, 'US', 'shared-word'],
  ['Summit Ridge Capital', null, 'US', 'Summit Ridge Energy', null, 'US', 'shared-word'],
  ['Meridian Global Services', null, 'GB', 'Meridian Global Logistics', null, 'GB', 'shared-word'],
  ['Brightwater International', null, 'US', 'Brightwater Senior Living', null, 'US', 'shared-word'],
  ['Nordlys Energi AS', null, 'NO', 'Nordlys Eiendom AS', null, 'NO', 'shared-word'],
  ['Kiwi Orchards Limited', null, 'NZ', 'Kiwi Property Group', null, 'NZ', 'shared-word'],
  ['Maple Leaf Foods', null, 'CA', 'Maple Leaf Sports & Entertainment', null, 'CA', 'shared-word'],
  ['Andes Minería', null, 'PE', 'Andes Energía', null, 'AR', 'shared-word'],
  ['Rahman Textiles', null, 'MY', 'Rahman Trading', null, 'MY', 'shared-word'],
  ['Emirates Group', null, 'AE', 'Emirates NBD', null, 'AE', 'shared-word'],
  ['Emirates', 'emirates.com', 'AE', 'Emirates Global Aluminium', 'ega.ae', 'AE', 'shared-word'],
  ['Toyota Motor Corporation', null, 'JP', 'Toyota Tsusho Corporation', null, 'JP', 'shared-word'],
  [
    'Toyota Motor',
    'toyota-global.com',
    'JP',
    'Toyota Industries',
    'toyota-industries.com',
    'JP',
    'shared-word',
  ],
  ['Honda Motor', null, 'JP', 'Honda Aircraft Company', null, 'US', 'shared-word'],
  ['Suzuki Motor', null, 'JP', 'Suzuki Garphyttan', null, 'SE', 'shared-word'],
  [
    'Yamaha Corporation',
    'yamaha.com',
    'JP',
    'Yamaha Motor',
    'global.yamaha-motor.com',
    'JP',
    'spin-off',
    'separate since 1955',
  ],
  [
    'Electrolux AB',
    null,
    'SE',
    'Electrolux Professional AB',
    null,
    'SE',
    'spin-off',
    'separately listed since 2020',
  ],
  ['Sandvik', null, 'SE', 'Sandoz', null, 'CH', 'near-spelling'],
  ['Wells Fargo', null, 'US', 'Wells Real Estate Funds', null, 'US', 'shared-word'],
  ['Goldman Sachs', null, 'US', 'Goldman Properties', null, 'US', 'shared-word'],
  ['Berkshire Hathaway', null, 'US', 'Berkshire Bank', null, 'US', 'shared-word'],
  ['Lockheed Martin', null, 'US', 'Martin Marietta Materials', null, 'US', 'shared-word'],
  ['Caterpillar Inc.', null, 'US', 'Caterpillar Day Nursery', null, 'GB', 'shared-word'],
  ['3M Company', null, 'US', '3D Systems', null, 'US', 'near-spelling'],
  ['Stripe', null, 'US', 'Stripes Group', null, 'US', 'near-spelling'],
  ['Atlassian', null, 'AU', 'Atlantic Health System', null, 'US', 'near-spelling'],
  ['Shopify', null, 'CA', 'Shopkeep', null, 'US', 'near-spelling'],
  ['Capgemini', null, 'FR', 'Cap Rock Energy', null, 'US', 'shared-word'],
  ['Danone', null, 'FR', 'Danaher', null, 'US', 'near-spelling'],
  ['Zalando', null, 'DE', 'Zalaris', null, 'NO', 'near-spelling'],
  ['Enel', null, 'IT', 'Eneco', null, 'NL', 'near-spelling'],
  ['Equinor', null, 'NO', 'Equinix', null, 'US', 'near-spelling'],
  ['Equinor ASA', 'equinor.com', 'NO', 'Equinix Inc', 'equinix.com', 'US', 'near-spelling'],
  ['Telstra', null, 'AU', 'Telia Company', null, 'SE', 'near-spelling'],
  ['Telefónica', null, 'ES', 'Telenor', null, 'NO', 'near-spelling'],
  ['Naspers', null, 'ZA', 'Nasdaq', null, 'US', 'near-spelling'],
  ['Kone', null, 'FI', 'Konecranes', null, 'FI', 'spin-off', 'separate since 1994'],
  [
    'Ericsson',
    null,
    'SE',
    'Ericsson Nikola Tesla',
    null,
    'HR',
    'subsidiary',
    'a Croatian listed company in which Ericsson holds a minority-plus stake; its own customer',
  ],
  [
    'Heineken N.V.',
    null,
    'NL',
    'Heineken Holding N.V.',
    null,
    'NL',
    'subsidiary',
    'the listed holding that controls Heineken N.V.: another legal entity and buyer; a reviewer may look ("possible"), no automatic conflict',
  ],
];

/** Different companies of one industry and country, names with no word in common. */
const SAME_INDUSTRY: Neg[] = [
  ['Pfizer', null, 'US', 'Eli Lilly and Company', null, 'US', 'same-industry'],
  ['Bristol-Myers Squibb', 'bms.com', 'US', 'Merck & Co.', 'merck.com', 'US', 'same-industry'],
  ['Coca-Cola', null, 'US', 'PepsiCo', null, 'US', 'same-industry'],
  ['Visa', null, 'US', 'Mastercard', null, 'US', 'same-industry'],
  ['BMW', null, 'DE', 'Mercedes-Benz Group', null, 'DE', 'same-industry'],
  ['Volkswagen AG', 'volkswagen.de', 'DE', 'Porsche AG', 'porsche.com', 'DE', 'same-industry'],
  ['Airbus SE', 'airbus.com', 'NL', 'The Boeing Company', 'boeing.com', 'US', 'same-industry'],
  ['Lufthansa', null, 'DE', 'Condor Flugdienst', null, 'DE', 'same-industry'],
  ['Barclays', null, 'GB', 'Lloyds Banking Group', null, 'GB', 'same-industry'],
  ['HSBC Holdings', null, 'GB', 'NatWest Group', null, 'GB', 'same-industry'],
  ['Carrefour', null, 'FR', 'Auchan', null, 'FR', 'same-industry'],
  ['TotalEnergies', null, 'FR', 'Engie', null, 'FR', 'same-industry'],
  ['Iberdrola', null, 'ES', 'Endesa', null, 'ES', 'same-industry'],
  ['Intesa Sanpaolo', null, 'IT', 'UniCredit', null, 'IT', 'same-industry'],
  ['ING Groep', null, 'NL', 'ABN AMRO', null, 'NL', 'same-industry'],
  ['Nordea', null, 'FI', 'Danske Bank', null, 'DK', 'same-industry'],
  ['Toyota', null, 'JP', 'Nissan', null, 'JP', 'same-industry'],
  ['Panasonic', null, 'JP', 'Sharp Corporation', null, 'JP', 'same-industry'],
  ['Canon Inc.', 'canon.com', 'JP', 'Nikon Corporation', 'nikon.com', 'JP', 'same-industry'],
  ['Infosys', null, 'IN', 'Wipro', null, 'IN', 'same-industry'],
  ['Tata Consultancy Services', null, 'IN', 'HCL Technologies', null, 'IN', 'same-industry'],
  ['Petrobras', null, 'BR', 'Vale S.A.', null, 'BR', 'same-industry'],
  ['Woolworths Group', null, 'AU', 'Coles Group', null, 'AU', 'same-industry'],
  ['Telstra', null, 'AU', 'Optus', null, 'AU', 'same-industry'],
  ['Shopify', null, 'CA', 'Lightspeed Commerce', null, 'CA', 'same-industry'],
  ['Alibaba', null, 'CN', 'JD.com', null, 'CN', 'same-industry'],
  ['Tencent', null, 'CN', 'Baidu', null, 'CN', 'same-industry'],
  ['Samsung Electronics', null, 'KR', 'LG Electronics', null, 'KR', 'same-industry'],
  ['SK Hynix', null, 'KR', 'Samsung Electronics', null, 'KR', 'same-industry'],
  ['Microsoft', null, 'US', 'Google', null, 'US', 'same-industry'],
  ['Salesforce', null, 'US', 'HubSpot', null, 'US', 'same-industry'],
  ['Oracle', null, 'US', 'SAP', null, 'DE', 'same-industry'],
  ['Dell Technologies', null, 'US', 'Lenovo Group', null, 'CN', 'same-industry'],
  ['Cisco Systems', null, 'US', 'Juniper Networks', null, 'US', 'same-industry'],
  ['Harborview Dental Partners', null, 'US', 'Lakeside Family Dentistry', null, 'US', 'same-industry'],
  ['Pinecrest Veterinary Clinic', null, 'US', 'Maplewood Animal Hospital', null, 'US', 'same-industry'],
  ['Greenfield Bakery', null, 'GB', 'Hillside Patisserie', null, 'GB', 'same-industry'],
  ['Boulangerie Dupont', null, 'FR', 'Pâtisserie Lefèvre', null, 'FR', 'same-industry'],
  ['Kessler & Partner Steuerberatung', null, 'DE', 'Brandt Wirtschaftsprüfung', null, 'DE', 'same-industry'],
  ['Bondi Coastal Plumbing', null, 'AU', 'Manly Pipe & Drain', null, 'AU', 'same-industry'],
  ['Silverline Logistics Group', null, 'US', 'Ironclad Freight Services', null, 'US', 'same-industry'],
  ['Oakmont Property Management', null, 'US', 'Cedar Grove Realty Management', null, 'US', 'same-industry'],
  [
    'Riverside Community Credit Union',
    null,
    'US',
    'Hometown Federal Credit Union',
    null,
    'US',
    'same-industry',
  ],
  ['Blue Ridge Orthopedics', null, 'US', 'Piedmont Sports Medicine', null, 'US', 'same-industry'],
  ['Northwind Technologies', null, 'US', 'Tailspin Toys Technologies', null, 'US', 'same-industry'],
  [
    'Contoso Systems',
    null,
    'US',
    'Fabrikam Systems',
    null,
    'US',
    'same-industry',
    'only the generic word in common',
  ],
  [
    'Acme Manufacturing',
    null,
    'US',
    'Globex Manufacturing',
    null,
    'US',
    'same-industry',
    'only the generic word in common',
  ],
  [
    'Meridian Global Services',
    null,
    'GB',
    'Paragon Global Services',
    null,
    'GB',
    'same-industry',
    'only generic words in common',
  ],
  [
    'Brightwater International',
    null,
    'US',
    'Stonebridge International',
    null,
    'US',
    'same-industry',
    'only the generic word in common',
  ],
  [
    'Summit Ridge Capital Holdings',
    null,
    'US',
    'Granite Peak Capital Holdings',
    null,
    'US',
    'same-industry',
    'only generic words in common',
  ],
  [
    'Fabrikam Financial Services',
    null,
    'US',
    'Woodgrove Financial Services',
    null,
    'US',
    'same-industry',
    'only generic words in common',
  ],
  [
    'Cascade Health Holdings',
    null,
    'US',
    'Sierra Health Holdings',
    null,
    'US',
    'same-industry',
    'only generic words in common',
  ],
  [
    'Vestas Wind Systems',
    null,
    'DK',
    'Nordex Wind Systems',
    null,
    'DE',
    'same-industry',
    'only generic words in common',
  ],
  [
    'Müller Maschinenbau',
    null,
    'DE',
    'Schneider Maschinenbau',
    null,
    'DE',
    'same-industry',
    'a shared industry word',
  ],
  [
    'Construtora Andrade',
    null,
    'BR',
    'Construtora Oliveira',
    null,
    'BR',
    'same-industry',
    'a shared industry word',
  ],
  [
    'Hoteles Peñalara',
    null,
    'ES',
    'Hoteles Guadarrama',
    null,
    'ES',
    'same-industry',
    'a shared industry word',
  ],
  [
    'Pasticceria Rossi',
    null,
    'IT',
    'Pasticceria Bianchi',
    null,
    'IT',
    'same-industry',
    'a shared industry word',
  ],
  [
    'Van der Berg Logistiek',
    null,
    'NL',
    'Van den Heuvel Logistiek',
    null,
    'NL',
    'same-industry',
    'a shared industry word',
  ],
  [
    'Société des Eaux de Normandie',
    null,
    'FR',
    'Société des Eaux de Provence',
    null,
    'FR',
    'same-industry',
    'all but the region in common',
  ],
  ['Dvořák Strojírny', null, 'CZ', 'Novák Strojírny', null, 'CZ', 'same-industry', 'a shared industry word'],
];

function toNeg([an, aw, ac, bn, bw, bc, category, note]: Neg): LabelledPair {
  return {
    a: { customerName: an, website: aw, country: ac },
    b: { customerName: bn, website: bw, country: bc },
    same: false,
    category,
    ...(note ? { note } : {}),
  };
}

/**
 * Easy negatives: each company against one far along the list (a fixed stride), half of them
 * without websites. Random, unrelated customers — the bulk of what a real check compares.
 */
function randomNegatives(): LabelledPair[] {
  const out: LabelledPair[] = [];
  const n = COMPANIES.length;
  for (let i = 0; i < n; i++) {
    const [an, ad, ac] = COMPANIES[i]!;
    const [bn, bd, bc] = COMPANIES[(i * 37 + 11) % n]!;
    if (an === bn) continue;
    const withSites = i % 2 === 0;
    out.push({
      a: { customerName: an, website: withSites ? `https://www.${ad}` : null, country: ac },
      b: { customerName: bn, website: withSites ? bd : null, country: i % 3 === 0 ? null : bc },
      same: false,
      category: 'random',
    });
  }
  return out;
}

export const labelledPairs: LabelledPair[] = [
  ...positives(),
  ...HARD_NEGATIVES.map(toNeg),
  ...SAME_INDUSTRY.map(toNeg),
  ...randomNegatives(),
];
