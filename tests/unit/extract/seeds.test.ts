/**
 * What the extractor must make of the two seed articles (issue 2's acceptance list). The
 * expectations are the issue's words, not a copy of the output; golden.test.ts pins the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/model/schema.ts';
import { SEEDS_DIR, allEvidence, byName, seedDataset } from '../helpers.ts';

const d = seedDataset();
const id = (name: string) => byName(d, name)?.id;

describe('actors from the seeds', () => {
  it.each([
    ['Japan', 'country', 'JP'],
    ['India', 'country', 'IN'],
    ['China', 'country', 'CN'],
    ['Russia', 'country', 'RU'],
    ['United States', 'country', 'US'],
    ['European Union', 'bloc', 'EU'],
    ['Ukraine', 'country', 'UA'],
    ['Sri Lanka', 'country', 'LK'],
    ['Yoko Kamikawa', 'person', 'JP'],
    ['Minoru Kihara', 'person', 'JP'],
    ['Rajnath Singh', 'person', 'IN'],
    ['Subrahmanyam Jaishankar', 'person', 'IN'],
    ['Narendra Modi', 'person', 'IN'],
    ['Japan Self-Defense Forces', 'force', 'JP'],
    ['Chinese Coast Guard', 'force', 'CN'],
    ['Senkaku Islands', 'place', 'JP'],
    ['Okinawa', 'place', 'JP'],
    ['Galwan Valley', 'place', 'IN'],
    ['Indo-Pacific', 'region', null],
  ])('%s is a %s (%s)', (name, kind, country) => {
    const actor = byName(d, name);
    expect(actor, `${name} missing`).toBeDefined();
    expect(actor?.kind).toBe(kind);
    expect(actor?.country).toBe(country);
  });

  it.each([
    ['Yoko Kamikawa', 'Foreign Minister of Japan'],
    ['Minoru Kihara', 'Defense Minister of Japan'],
    ['Rajnath Singh', 'Defense Minister of India'], // as both articles word it
    ['Subrahmanyam Jaishankar', 'External Affairs Minister of India'],
    ['Narendra Modi', 'Prime Minister of India'],
  ])('%s holds the office %s', (name, role) => {
    expect(byName(d, name)?.role).toBe(role);
  });

  it('merges name variants into one actor', () => {
    expect(byName(d, 'Japan Self-Defense Forces')?.aliases).toContain(
      "Japan's Self-Defense Forces",
    );
    // "the Indian military" is India acting, not a body of its own.
    expect(byName(d, 'India')?.aliases).toContain('Indian military');
    expect(byName(d, 'Indian Armed Forces')).toBeUndefined();
    expect(byName(d, 'United States')?.aliases).toContain('US');
    expect(byName(d, 'European Union')?.aliases).toContain('Europe');
    expect(d.actors.filter((a) => /Kamikawa/.test(a.name))).toHaveLength(1);
  });

  it('counts demonyms as mentions of their country', () => {
    const quotes = (name: string) => byName(d, name)?.mentions.map((m) => m.quote) ?? [];
    expect(quotes('China')).toContain('Chinese'); // "a Chinese research vessel"
    expect(quotes('Russia')).toContain('Russian'); // "Russian crude oil"
    expect(quotes('India')).toContain('Indian'); // "Indian Defense Minister"
  });

  it('makes no actor from page boilerplate', () => {
    const names = d.actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const junk of [
      'Raju Ghose',
      'Threads',
      'Messages',
      'Members',
      'Back',
      'Top',
      'Related News',
    ]) {
      expect(names).not.toContain(junk);
    }
    for (const doc of d.documents) {
      const text = readFileSync(join(SEEDS_DIR, doc.file), 'utf8');
      const junk = doc.boilerplate.map((b) => text.slice(b.start, b.end));
      for (const { ev } of allEvidence(d).filter((x) => x.ev.doc === doc.id)) {
        expect(
          doc.boilerplate.some((b) => ev.start < b.end && b.start < ev.end),
          ev.quote,
        ).toBe(false);
      }
      expect(junk.length).toBeGreaterThan(0);
    }
  });
});

describe('relations from the seeds', () => {
  const has = (type: string, a: string, b: string, domain?: string) =>
    d.relations.some(
      (r) =>
        r.type === type &&
        ((r.source === id(a) && r.target === id(b)) ||
          (!r.directed && r.source === id(b) && r.target === id(a))) &&
        (!domain || (r.domains as string[]).includes(domain)),
    );

  it.each([
    ['cooperation', 'Japan', 'India', 'space'],
    ['cooperation', 'Japan', 'India', 'cyber'],
    ['cooperation', 'Japan', 'India', 'defence-industry'],
    ['cooperation', 'Japan', 'India', 'military-exercises'],
    ['cooperation', 'Japan Self-Defense Forces', 'India', 'military-exercises'],
    ['armed-clash', 'India', 'China', 'land-border'],
    ['tension', 'India', 'China', undefined],
    ['incursion', 'Chinese Coast Guard', 'Senkaku Islands', 'maritime'],
    ['arms-trade', 'Russia', 'India', 'defence-industry'],
    ['arms-trade', 'Japan', 'India', 'defence-industry'],
    ['energy-trade', 'Russia', 'India', 'energy'],
    ['sanctions', 'Japan', 'Russia', 'economy-sanctions'],
    ['sanctions', 'United States', 'Russia', 'economy-sanctions'],
    ['sanctions', 'European Union', 'Russia', 'economy-sanctions'],
    ['aggression', 'Russia', 'Ukraine', undefined],
    ['office-held', 'Yoko Kamikawa', 'Japan', undefined],
    ['office-held', 'Minoru Kihara', 'Japan', undefined],
    ['office-held', 'Rajnath Singh', 'India', undefined],
    ['office-held', 'Subrahmanyam Jaishankar', 'India', undefined],
    ['office-held', 'Narendra Modi', 'India', undefined],
    ['member-of', 'Chinese Coast Guard', 'China', undefined],
    ['located-in', 'Senkaku Islands', 'Okinawa', undefined],
  ])('%s: %s -> %s (%s)', (type, a, b, domain) => {
    expect(has(type, a, b, domain)).toBe(true);
  });

  it('does not invent sanctions by India (it refrained)', () => {
    expect(has('sanctions', 'India', 'Russia')).toBe(false);
  });

  it('uses only domains from the one vocabulary', async () => {
    const { DOMAINS } = await import('../../../src/lib/model/vocabulary.ts');
    for (const r of d.relations) for (const dom of r.domains) expect(DOMAINS).toContain(dom);
  });
});

describe('events from the seeds', () => {
  const find = (re: RegExp) => d.events.filter((e) => re.test(e.title));
  const one = (re: RegExp) => {
    const found = find(re);
    expect(
      found.map((e) => e.title),
      `one event matching ${re}`,
    ).toHaveLength(1);
    return found[0];
  };

  it.each([
    [
      /^India–Japan Joint Declaration on Security Cooperation$/,
      '2008',
      'year',
      'occurred',
      'agreement',
    ],
    [/talks on cyberspace/, '2012', 'year', 'occurred', 'meeting'],
    [/joint drills/, '2018', 'year', 'ongoing', 'exercise'],
    [/dialogue on space/, '2019', 'year', 'occurred', 'meeting'],
    [/clash in the Galwan Valley/, '2020-06', 'month', 'occurred', 'armed-clash'],
    [/^Revised joint declaration$/, '2024', 'year', 'planned', 'revision'],
  ])('%s: %s (%s), %s', (re, date, precision, status, kind) => {
    const e = one(re);
    expect([e.date, e.precision, e.status, e.kind]).toEqual([date, precision, status, kind]);
  });

  it('keeps the words that gave each date', () => {
    expect(one(/joint drills/).dateText).toBe('since 2018');
    expect(one(/Galwan/).dateText).toBe('in June 2020');
    expect(one(/^Revised joint declaration/).dateText).toBe("by the year's end");
  });

  it('finds the 2+2 of September 2022 as its own, earlier meeting', () => {
    const e = d.events.find((x) => /two-plus-two|2\+2/.test(x.title) && x.date === '2022-09');
    expect(e?.precision).toBe('month');
    expect(e?.status).toBe('occurred');
  });

  it('makes the third 2+2 ONE event, previewed by one article and reported by the other', () => {
    const e = one(/two-plus-two meeting$/);
    expect(new Set(e.evidence.map((x) => x.doc)).size).toBe(2);
    expect(e.status).toBe('occurred');
    expect(e.actors).toEqual(expect.arrayContaining([id('Japan'), id('India')]));
  });

  it('marks the date of the third 2+2 as analyst-supplied, with its source', () => {
    const e = one(/two-plus-two meeting$/);
    expect(e.analyst.map((n) => n.field)).toEqual(['date']);
    expect(e.analyst[0].source).toMatch(/Ministry of Foreign Affairs/);
    expect(e.date).toBe(e.analyst[0].value);
  });

  it('puts Modi on the planned revision (to be finalised during his visit)', () => {
    expect(one(/^Revised joint declaration/).actors).toContain(id('Narendra Modi'));
  });

  it('makes no milestone of what the articles state without a date or a plan', () => {
    // The coast guard intrusions, the aggression in Ukraine and the sanctions on Russia are
    // relations (tested above), not dated or planned milestones.
    for (const re of [/Senkaku/, /aggression in Ukraine/, /^Sanctions on Russia$/]) {
      expect(find(re), String(re)).toHaveLength(0);
    }
  });

  it('keeps the vessel docking "recently" undated, with its words', () => {
    const e = one(/research vessel docked/);
    expect([e.date, e.precision]).toEqual([null, null]);
  });

  it('keeps "recently" as the date words of the vessel docking, with no date', () => {
    expect(one(/research vessel/).dateText).toBe('recently');
  });

  it('gives no date from the forum statistics (3,386 and 2,052 are not years)', () => {
    const years = d.events.map((e) => e.date?.slice(0, 4)).filter(Boolean);
    expect(years).not.toContain('2052');
    expect(years.every((y) => Number(y) <= 2024)).toBe(true);
  });

  it('lists dated events in date order, undated last', () => {
    const dates = d.events.map((e) => e.date);
    const firstUndated = dates.indexOf(null);
    expect(dates.slice(firstUndated).every((x) => x === null)).toBe(true);
    const dated = dates.slice(0, firstUndated) as string[];
    expect(dated).toEqual([...dated].sort());
  });
});

describe('evidence', () => {
  it('every quote equals the text at its offsets, for every actor, relation and event', () => {
    const texts = new Map(
      d.documents.map((doc) => [doc.id, readFileSync(join(SEEDS_DIR, doc.file), 'utf8')]),
    );
    const all = allEvidence(d);
    expect(all.length).toBeGreaterThan(100);
    for (const { what, ev } of all) {
      expect(texts.get(ev.doc)?.slice(ev.start, ev.end), what).toBe(ev.quote);
    }
  });

  it('no fact without evidence, and the dataset matches its schema', () => {
    const parsed = parseDataset(d);
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
    for (const r of d.relations) expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of d.events) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it('relations and events point at actors that exist', () => {
    const ids = new Set(d.actors.map((a) => a.id));
    for (const r of d.relations)
      expect([ids.has(r.source), ids.has(r.target)]).toEqual([true, true]);
    for (const e of d.events)
      for (const a of e.actors) expect(ids.has(a), `${e.id} -> ${a}`).toBe(true);
  });
});
