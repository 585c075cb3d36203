/** officeHolders.json as the extractor reads it: people who held offices of states and blocs. */
import { describe, expect, it } from 'vitest';
import { extractDataset } from '../../../../src/lib/extract/dataset.ts';
import { parseDataset } from '../../../../src/lib/model/schema.ts';

describe('officeHolders.json: a person whose only listed office is a bloc’s', () => {
  const ds = extractDataset([
    {
      file: 'a.txt',
      text: 'Headline\nBRUSSELS, Aug 27, 2008 - NATO Secretary General Jaap de Hoop Scheffer said the recognition of the two regions broke UN resolutions.',
    },
  ]);

  it('extracts a dataset the schema accepts, so the article can be added and built', () => {
    const checked = parseDataset(ds);
    expect(checked.ok ? 'ok' : checked.message).toBe('ok');
  });

  it('is linked to the bloc as its office, and given no state', () => {
    const scheffer = ds.actors.find((a) => a.name === 'Jaap de Hoop Scheffer');
    expect(scheffer?.country).toBeNull();
    const name = new Map(ds.actors.map((a) => [a.id, a.name]));
    expect(
      ds.relations.map((r) => `${r.type}: ${name.get(r.source)} > ${name.get(r.target)}`),
    ).toContain('office-held: Jaap de Hoop Scheffer > NATO');
  });
});

/** A person the list knows, named without their state: the office they held on the article's date. */
function officeOf(text: string, person: string) {
  const ds = extractDataset([{ file: 'a.txt', text }]);
  const actor = ds.actors.find((a) => a.name === person);
  const name = new Map(ds.actors.map((a) => [a.id, a.name]));
  const held = ds.relations
    .filter((r) => r.type === 'office-held' && r.source === actor?.id)
    .map((r) => name.get(r.target));
  return { role: actor?.role ?? null, held };
}

describe('officeHolders.json: states added in 2026 (Latin America, the Pacific, Timor-Leste)', () => {
  it.each([
    [
      'Sea claim\nLA PAZ, March 3, 2018 - President Evo Morales said Bolivia would take its claim to the sea back to the court.',
      'Evo Morales',
      'President of Bolivia',
      'Bolivia',
    ],
    [
      'Agenda\nLA PAZ, May 9, 2010 - David Choquehuanca said Bolivia and Chile had agreed an agenda of talks.',
      'David Choquehuanca',
      'Foreign Minister of Bolivia',
      'Bolivia',
    ],
    [
      'Coup attempt\nLA PAZ, June 27, 2024 - David Choquehuanca said Bolivia had defeated an attempted coup.',
      'David Choquehuanca',
      'Vice President of Bolivia',
      'Bolivia',
    ],
    [
      'Emergency\nSANTIAGO, Oct 20, 2019 - Sebastian Pinera declared a state of emergency in Chile as protests spread.',
      'Sebastián Piñera',
      'President of Chile',
      'Chile',
    ],
    [
      'Lithium\nSANTIAGO, April 21, 2023 - Gabriel Boric said Chile would bring its lithium under state control.',
      'Gabriel Boric',
      'President of Chile',
      'Chile',
    ],
    [
      'Islands\nBUENOS AIRES, Jan 3, 2024 - Milei said Argentina would not give up its claim to the Falklands.',
      'Javier Milei',
      'President of Argentina',
      'Argentina',
    ],
    [
      'Unrest\nHAVANA, July 12, 2021 - Miguel Diaz-Canel blamed the United States for the protests in Cuba.',
      'Miguel Díaz-Canel',
      'President of Cuba',
      'Cuba',
    ],
    [
      'Vote\nSUVA, Jan 3, 2010 - Frank Bainimarama said Fiji would hold no election before 2014.',
      'Frank Bainimarama',
      'Prime Minister of Fiji',
      'Fiji',
    ],
    [
      'Tribunal\nDILI, Aug 10, 2005 - Xanana Gusmão said Timor-Leste would not ask for an international tribunal.',
      'Xanana Gusmão',
      'President of East Timor',
      'East Timor',
    ],
    [
      'Budget\nDILI, Aug 10, 2023 - Xanana Gusmao said Timor-Leste would cut spending on fuel subsidies.',
      'Xanana Gusmão',
      'Prime Minister of East Timor',
      'East Timor',
    ],
    [
      'Pact\nPORT MORESBY, Sept 15, 2023 - James Marape said Papua New Guinea would sign a defence pact with Australia.',
      'James Marape',
      'Prime Minister of Papua New Guinea',
      'Papua New Guinea',
    ],
    [
      'Blockades\nLIMA, Jan 20, 2023 - Dina Boluarte said Peru would not bow to the blockades.',
      'Dina Boluarte',
      'President of Peru',
      'Peru',
    ],
  ])('%s', (text, person, role, state) => {
    expect(officeOf(text, person)).toEqual({ role, held: [state] });
  });
});

describe('officeHolders.json: states added in 2026 (Europe, the Gulf, Tunisia, Palestine)', () => {
  it.each([
    [
      'Border\nDUBLIN, Oct 2, 2019 - Leo Varadkar said Ireland would not accept checks on the border.',
      'Leo Varadkar',
      'Prime Minister of Ireland',
      'Ireland',
    ],
    [
      'Debate\nDUBLIN, Feb 14, 2021 - Micheal Martin said Ireland would ask for a debate on the blockade.',
      'Micheál Martin',
      'Prime Minister of Ireland',
      'Ireland',
    ],
    [
      'Recognition\nDUBLIN, Feb 14, 2024 - Micheál Martin said Ireland was ready to recognise a Palestinian state.',
      'Micheál Martin',
      'Foreign Minister of Ireland',
      'Ireland',
    ],
    [
      'Summit\nGENEVA, June 16, 2021 - Ignazio Cassis said Switzerland was glad to host the summit.',
      'Ignazio Cassis',
      'Foreign Minister of Switzerland',
      'Switzerland',
    ],
    [
      'Drilling\nNICOSIA, June 3, 2020 - Nikos Christodoulides said Cyprus would complain about the drilling.',
      'Nikos Christodoulides',
      'Foreign Minister of Cyprus',
      'Cyprus',
    ],
    [
      'Drilling\nNICOSIA, June 3, 2024 - Christodoulides said Cyprus would complain about the drilling.',
      'Nikos Christodoulides',
      'President of Cyprus',
      'Cyprus',
    ],
    [
      'Decree\nTUNIS, July 26, 2021 - Kais Saied said Tunisia faced imminent danger as he suspended parliament.',
      'Kais Saied',
      'President of Tunisia',
      'Tunisia',
    ],
    [
      'Mediation\nMUSCAT, May 3, 2023 - Badr Albusaidi said Oman would keep carrying messages to Tehran.',
      'Badr Albusaidi',
      'Foreign Minister of Oman',
      'Oman',
    ],
    [
      'Elections\nRAMALLAH, Sept 20, 2019 - Abu Mazen said Palestine would hold elections in the West Bank.',
      'Mahmoud Abbas',
      'President of Palestine',
      'Palestine',
    ],
  ])('%s', (text, person, role, state) => {
    expect(officeOf(text, person)).toEqual({ role, held: [state] });
  });
});

describe('officeHolders.json: states added in 2026 (Central Asia, Africa, Bhutan, Gulf gaps)', () => {
  it.each([
    [
      'Arrears\nHARARE, June 3, 2016 - Emmerson Mnangagwa said Zimbabwe would pay its arrears to the lenders.',
      'Emmerson Mnangagwa',
      'Vice President of Zimbabwe',
      'Zimbabwe',
    ],
    [
      'Arrears\nHARARE, Aug 3, 2019 - Mnangagwa said Zimbabwe would pay its arrears to the lenders.',
      'Emmerson Mnangagwa',
      'President of Zimbabwe',
      'Zimbabwe',
    ],
    [
      'Railway\nTASHKENT, May 3, 2015 - Shavkat Mirziyoyev said Uzbekistan would build a railway to the east.',
      'Shavkat Mirziyoyev',
      'Prime Minister of Uzbekistan',
      'Uzbekistan',
    ],
    [
      'Railway\nTASHKENT, May 3, 2021 - Mirziyoyev said Uzbekistan would build a railway to the east.',
      'Shavkat Mirziyoyev',
      'President of Uzbekistan',
      'Uzbekistan',
    ],
    [
      'Port\nDAR ES SALAAM, Oct 3, 2019 - Samia Suluhu Hassan said Tanzania would finish the port on time.',
      'Samia Suluhu Hassan',
      'Vice President of Tanzania',
      'Tanzania',
    ],
    [
      'Port\nDAR ES SALAAM, Oct 3, 2022 - Samia Suluhu said Tanzania would finish the port on time.',
      'Samia Suluhu Hassan',
      'President of Tanzania',
      'Tanzania',
    ],
    [
      'Field\nKUWAIT CITY, May 3, 2022 - Sheikh Mishal said Kuwait would not accept the claim to the field.',
      'Mishal Al-Ahmad Al-Jaber Al-Sabah',
      'Crown Prince of Kuwait',
      'Kuwait',
    ],
    [
      'Field\nKUWAIT CITY, May 3, 2024 - Sheikh Mishal said Kuwait would not accept the claim to the field.',
      'Mishal Al-Ahmad Al-Jaber Al-Sabah',
      'Emir of Kuwait',
      'Kuwait',
    ],
    [
      'Envoy\nACCRA, Feb 2, 2025 - John Mahama said Ghana would name an envoy to the Sahel states.',
      'John Mahama',
      'President of Ghana',
      'Ghana',
    ],
    [
      'Border\nDUSHANBE, Sept 17, 2022 - Emomali Rahmon said Tajikistan would defend its border.',
      'Emomali Rahmon',
      'President of Tajikistan',
      'Tajikistan',
    ],
    [
      'Border\nTHIMPHU, Sept 17, 2024 - Tshering Tobgay said Bhutan would settle its border.',
      'Tshering Tobgay',
      'Prime Minister of Bhutan',
      'Bhutan',
    ],
    [
      'Separatists\nYAOUNDE, Sept 17, 2024 - Paul Biya said Cameroon would not talk to the separatists.',
      'Paul Biya',
      'President of Cameroon',
      'Cameroon',
    ],
  ])('%s', (text, person, role, state) => {
    expect(officeOf(text, person)).toEqual({ role, held: [state] });
  });
});
