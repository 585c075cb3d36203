/**
 * What the extractor knows before it reads: countries (with demonyms), blocs, office-holders
 * (with name-order variants), forces, organisations and places of Indo-Pacific security.
 * Unknown people, forces and places are still found by the patterns in actors.ts.
 */
import type { GazetteerEntry } from './types.ts';

type Country = [name: string, iso: string, aliases: string[], demonyms: string[]];

const COUNTRIES: Country[] = [
  ['Japan', 'JP', ['Tokyo'], ['Japanese']],
  ['India', 'IN', ['New Delhi'], ['Indian']],
  ['China', 'CN', ["People's Republic of China", 'PRC', 'Beijing'], ['Chinese']],
  ['Russia', 'RU', ['Russian Federation', 'Moscow'], ['Russian']],
  ['United States', 'US', ['US', 'U.S.', 'USA', 'America', 'Washington'], ['American']],
  ['Ukraine', 'UA', ['Kyiv', 'Kiev'], ['Ukrainian']],
  ['Sri Lanka', 'LK', ['Colombo'], ['Sri Lankan']],
  ['Australia', 'AU', ['Canberra'], ['Australian']],
  ['Pakistan', 'PK', ['Islamabad'], ['Pakistani']],
  ['Bangladesh', 'BD', ['Dhaka'], ['Bangladeshi']],
  ['Nepal', 'NP', ['Kathmandu'], ['Nepalese', 'Nepali']],
  ['Maldives', 'MV', [], ['Maldivian']],
  ['Myanmar', 'MM', ['Burma'], ['Burmese']],
  ['Bhutan', 'BT', [], ['Bhutanese']],
  ['Afghanistan', 'AF', ['Kabul'], ['Afghan']],
  ['Iran', 'IR', ['Tehran'], ['Iranian']],
  ['Israel', 'IL', [], ['Israeli']],
  ['Philippines', 'PH', ['Manila'], ['Philippine', 'Filipino']],
  ['Vietnam', 'VN', ['Viet Nam', 'Hanoi'], ['Vietnamese']],
  ['Indonesia', 'ID', ['Jakarta'], ['Indonesian']],
  ['Malaysia', 'MY', ['Kuala Lumpur'], ['Malaysian']],
  ['Singapore', 'SG', [], ['Singaporean']],
  ['Thailand', 'TH', ['Bangkok'], ['Thai']],
  ['South Korea', 'KR', ['Republic of Korea', 'ROK', 'Seoul'], ['South Korean']],
  ['North Korea', 'KP', ['DPRK', 'Pyongyang'], ['North Korean']],
  ['Taiwan', 'TW', ['Taipei'], ['Taiwanese']],
  ['United Kingdom', 'GB', ['UK', 'U.K.', 'Britain', 'Great Britain', 'London'], ['British']],
  ['France', 'FR', ['Paris'], ['French']],
  ['Germany', 'DE', ['Berlin'], ['German']],
  ['Italy', 'IT', ['Rome'], ['Italian']],
  ['Canada', 'CA', ['Ottawa'], ['Canadian']],
  ['New Zealand', 'NZ', ['Wellington'], []],
  ['Saudi Arabia', 'SA', ['Riyadh'], ['Saudi']],
  ['United Arab Emirates', 'AE', ['UAE'], ['Emirati']],
  ['Mongolia', 'MN', ['Ulaanbaatar'], ['Mongolian']],
  ['Kazakhstan', 'KZ', [], ['Kazakh']],
];

const BLOCS: GazetteerEntry[] = [
  {
    name: 'Europe',
    kind: 'bloc',
    country: 'EU',
    aliases: ['European Union', 'EU', 'E.U.', 'Brussels'],
    demonyms: ['European'],
  },
  { name: 'NATO', kind: 'bloc', country: null, aliases: ['North Atlantic Treaty Organization'] },
  {
    name: 'ASEAN',
    kind: 'bloc',
    country: null,
    aliases: ['Association of Southeast Asian Nations'],
  },
  {
    name: 'Quad',
    kind: 'bloc',
    country: null,
    aliases: ['Quadrilateral Security Dialogue', 'the Quad'],
  },
  { name: 'United Nations', kind: 'organization', country: null, aliases: ['UN', 'U.N.'] },
];

type Person = [name: string, iso: string, role: string, aliases: string[]];

/** Office-holders, with the office the articles of this corpus's period give them. */
const PEOPLE: Person[] = [
  ['Yoko Kamikawa', 'JP', 'Foreign Minister of Japan', ['Kamikawa', 'Kamikawa Yoko']],
  ['Minoru Kihara', 'JP', 'Defense Minister of Japan', ['Kihara', 'Kihara Minoru']],
  ['Fumio Kishida', 'JP', 'Prime Minister of Japan', ['Kishida', 'Kishida Fumio']],
  ['Shigeru Ishiba', 'JP', 'Prime Minister of Japan', ['Ishiba', 'Ishiba Shigeru']],
  ['Shinzo Abe', 'JP', 'Prime Minister of Japan', ['Abe', 'Abe Shinzo']],
  ['Yoshimasa Hayashi', 'JP', 'Foreign Minister of Japan', ['Hayashi', 'Hayashi Yoshimasa']],
  ['Yasukazu Hamada', 'JP', 'Defense Minister of Japan', ['Hamada', 'Hamada Yasukazu']],
  ['Takeshi Iwaya', 'JP', 'Foreign Minister of Japan', ['Iwaya', 'Iwaya Takeshi']],
  ['Gen Nakatani', 'JP', 'Defense Minister of Japan', ['Nakatani', 'Nakatani Gen']],
  ['Narendra Modi', 'IN', 'Prime Minister of India', ['Modi']],
  ['Rajnath Singh', 'IN', 'Defence Minister of India', []],
  [
    'Subrahmanyam Jaishankar',
    'IN',
    'External Affairs Minister of India',
    ['Jaishankar', 'S. Jaishankar', 'S Jaishankar'],
  ],
  ['Ajit Doval', 'IN', 'National Security Adviser of India', ['Doval']],
  ['Manmohan Singh', 'IN', 'Prime Minister of India', []],
  ['Xi Jinping', 'CN', 'President of China', ['Xi']],
  ['Wang Yi', 'CN', 'Foreign Minister of China', []],
  ['Vladimir Putin', 'RU', 'President of Russia', ['Putin']],
  ['Joe Biden', 'US', 'President of the United States', ['Biden']],
  ['Donald Trump', 'US', 'President of the United States', ['Trump']],
  ['Antony Blinken', 'US', 'Secretary of State of the United States', ['Blinken']],
  ['Lloyd Austin', 'US', 'Secretary of Defense of the United States', []],
  ['Volodymyr Zelensky', 'UA', 'President of Ukraine', ['Zelensky', 'Zelenskyy']],
  ['Anthony Albanese', 'AU', 'Prime Minister of Australia', ['Albanese']],
  ['Ranil Wickremesinghe', 'LK', 'President of Sri Lanka', ['Wickremesinghe']],
];

/** Named forces and agencies; "<Demonym> navy" and the like are found by pattern instead. */
const FORCES: GazetteerEntry[] = [
  {
    name: 'Japan Self-Defense Forces',
    kind: 'force',
    country: 'JP',
    aliases: [
      "Japan's Self-Defense Forces",
      'Self-Defense Forces',
      'Self-Defence Forces',
      'Japan Self-Defence Forces',
      'JSDF',
      'SDF',
    ],
  },
  {
    name: 'Japan Maritime Self-Defense Force',
    kind: 'force',
    country: 'JP',
    aliases: ['Maritime Self-Defense Force', 'JMSDF', 'MSDF'],
  },
  {
    name: 'Japan Ground Self-Defense Force',
    kind: 'force',
    country: 'JP',
    aliases: ['Ground Self-Defense Force', 'JGSDF', 'GSDF'],
  },
  {
    name: 'Japan Air Self-Defense Force',
    kind: 'force',
    country: 'JP',
    aliases: ['Air Self-Defense Force', 'JASDF', 'ASDF'],
  },
  {
    name: "People's Liberation Army",
    kind: 'force',
    country: 'CN',
    aliases: ['PLA', 'PLA Navy', 'PLAN'],
  },
  {
    name: 'Indian Space Research Organisation',
    kind: 'organization',
    country: 'IN',
    aliases: ['ISRO'],
  },
  {
    name: 'Japan Aerospace Exploration Agency',
    kind: 'organization',
    country: 'JP',
    aliases: ['JAXA'],
  },
];

type Place = [name: string, kind: 'place' | 'region', iso: string | null, aliases: string[]];

const PLACES: Place[] = [
  ['Senkaku Islands', 'place', 'JP', ['Senkakus', 'Senkaku']],
  ['Okinawa', 'place', 'JP', ['Okinawa Prefecture']],
  ['Galwan Valley', 'place', 'IN', ['Galwan']],
  ['Ladakh', 'place', 'IN', ['Eastern Ladakh']],
  ['Arunachal Pradesh', 'place', 'IN', []],
  ['Doklam', 'place', 'BT', []],
  ['Hambantota', 'place', 'LK', ['Hambantota port']],
  ['Andaman and Nicobar Islands', 'place', 'IN', ['Andaman Islands']],
  ['Line of Actual Control', 'place', null, ['LAC']],
  ['Visakhapatnam', 'place', 'IN', ['Vizag']],
  ['Mumbai', 'place', 'IN', []],
  ['Chennai', 'place', 'IN', []],
  ['Kochi', 'place', 'IN', []],
  ['Port Blair', 'place', 'IN', []],
  ['Yokosuka', 'place', 'JP', []],
  ['Sasebo', 'place', 'JP', []],
  ['Kure', 'place', 'JP', []],
  ['Scarborough Shoal', 'place', null, []],
  ['Second Thomas Shoal', 'place', null, ['Ayungin Shoal']],
  ['Indo-Pacific', 'region', null, ['Indo-Pacific region', 'Indo Pacific']],
  ['South China Sea', 'region', null, []],
  ['East China Sea', 'region', null, []],
  ['Indian Ocean', 'region', null, ['Indian Ocean Region']],
  ['Bay of Bengal', 'region', null, []],
  ['Arabian Sea', 'region', null, []],
  ['Sea of Japan', 'region', null, []],
  ['Taiwan Strait', 'region', null, []],
  ['Strait of Malacca', 'region', null, ['Malacca Strait']],
  ['South Asia', 'region', null, []],
  ['Asia-Pacific', 'region', null, ['Asia Pacific']],
];

/**
 * Every gazetteer entry, in one list.
 * @example GAZETTEER.find((e) => e.name === 'Japan')?.country // -> 'JP'
 */
export const GAZETTEER: readonly GazetteerEntry[] = [
  ...COUNTRIES.map(([name, iso, aliases, demonyms]): GazetteerEntry => ({
    name,
    kind: 'country',
    country: iso,
    aliases: [name, ...aliases],
    demonyms,
  })),
  ...BLOCS.map((e) => ({ ...e, aliases: [e.name, ...e.aliases] })),
  ...PEOPLE.map(([name, iso, role, aliases]): GazetteerEntry => ({
    name,
    kind: 'person',
    country: iso,
    role,
    aliases: [name, ...aliases],
  })),
  ...FORCES.map((e) => ({ ...e, aliases: [e.name, ...e.aliases] })),
  ...PLACES.map(([name, kind, iso, aliases]): GazetteerEntry => ({
    name,
    kind,
    country: iso,
    aliases: [name, ...aliases],
  })),
];
