/**
 * What the text says about the people in it: which names are people, the fullest form of each
 * name, and which person a description (`the Pakistani leader`, `the prime minister`) fits, by the
 * roles and demonyms written with the names (and the nlp stage's entity roles).
 */
import { isHonorific, isInstitutionWord, isRole, isSpeechVerb } from './_lexicon.ts';
import type { Mention } from './mentions.ts';

/** One person (or speaking organisation) of the article, with everything written about the name. */
export interface Person {
  readonly name: string;
  readonly entity: string | null;
  readonly roles: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  readonly person: boolean;
  /** Where the name is written, in order. */
  readonly positions: readonly number[];
}

/** The last word of a name, lower-cased (names are written with single spaces). */
function lastWord(name: string): string {
  const at = name.search(/\s\S*$/);
  return (at < 0 ? name : name.slice(at + 1)).toLowerCase();
}

/** Roles written the same way: `premier`, `prime minister` and `pm` are one role. */
function normalRole(word: string): string {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'premier' || w === 'prime' || w === 'pm') return 'prime-minister';
  return w;
}

const genericRoles = new Set(['leader', 'official', 'head', 'chief', 'politician', 'statesman']);

/** Roles and demonyms of modifier words; with `asWritten`, only capitalised words are demonyms. */
function splitModifiers(words: readonly string[], asWritten = false): { roles: string[]; demonyms: string[] } {
  const roles: string[] = [];
  const demonyms: string[] = [];
  for (const word of words) {
    const w = word.toLowerCase();
    if (isRole(w) || isHonorific(w)) {
      if (w !== 'minister' || !roles.includes('prime-minister')) roles.push(normalRole(w));
    } else if (!asWritten || /^\p{Lu}/u.test(word)) demonyms.push(w);
  }
  return { roles, demonyms };
}

/** True when a speech verb follows a name (`X said`, `X further praised`). */
function speaks(text: string, m: Mention): boolean {
  const next = /^,?\s+(?:(?:also|later|further|then|again|\p{L}+ly)\s+)?(\p{L}+)/u.exec(text.slice(m.span.end, m.span.end + 40));
  const verb = next?.[1] ?? '';
  return !m.possessive && isSpeechVerb(verb) && !/^(?:continu|begin|began|point|offer|express|agree|call|read|put|highlight|underline|underscor)/i.test(verb);
}

/** The people of an article: each by full name, and the full name of every form written. */
export interface Persons {
  readonly byName: ReadonlyMap<string, Person>;
  readonly fullNames: ReadonlyMap<string, string>;
}

/** What a name's words say: `institution` (an institution word is one of them), `full` (two to four words), `bare`. */
type NameShape = 'institution' | 'full' | 'bare';

function nameShape(name: string): NameShape {
  const words = name.split(/\s+/);
  if (words.some(isInstitutionWord)) return 'institution';
  return words.length >= 2 && words.length <= 4 ? 'full' : 'bare';
}

const isTitleWord = (w: string): boolean => isRole(w) || isHonorific(w);

/** True for names that read as a person rather than a place or an organisation. */
function looksLikePerson(text: string, m: Mention, shape: NameShape, longer: boolean): boolean {
  if (m.entity !== null) return m.entity.type === 'person';
  if (shape === 'institution') return false;
  if (m.modifiers.some(isTitleWord)) return true;
  if (shape === 'full') return true;
  return longer || speaks(text, m);
}

const twoOrThreeWords = /^\S+(?: \S+){1,2}$/;

/** Names of two to four words with no institution word in them: the full names of people. */
function personNames(names: readonly Mention[]): string[] {
  const found = new Set<string>();
  const rejected = new Set<string>();
  for (const m of names) {
    if (found.has(m.text) || rejected.has(m.text) || (m.entity !== null && m.entity.type !== 'person') || !m.text.includes(' ')) continue;
    if (twoOrThreeWords.test(m.text) && !m.text.split(' ').some(isInstitutionWord)) found.add(m.text);
    else rejected.add(m.text);
  }
  return [...found];
}

/** The longest person name ending in each last word: `ferrada` → `Tomás Ferrada`. */
function longestByLastWord(names: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const n of names) {
    const old = index.get(lastWord(n));
    if (old === undefined || n.length > old.length) index.set(lastWord(n), n);
  }
  return index;
}

interface Draft {
  entity: string | null;
  roles: Set<string>;
  demonyms: Set<string>;
  person: boolean;
  positions: number[];
}

/** The roles and demonyms written with one mention (and its entity's roles). */
function addModifiers(d: Draft, m: Mention): void {
  const { roles, demonyms } = splitModifiers([...m.modifiers, ...(m.entity?.roles ?? []).flatMap((r) => r.toLowerCase().split(/\s+/))]);
  for (const r of roles) d.roles.add(r);
  for (const x of demonyms) d.demonyms.add(x);
}

function shapeOf(shapes: Map<string, NameShape>, name: string): NameShape {
  let shape = shapes.get(name);
  if (shape === undefined) {
    shape = nameShape(name);
    shapes.set(name, shape);
  }
  return shape;
}

/** `addModifiers`, skipped when the same words were already added to the same person (`key`). */
function addModifiersOnce(d: Draft, m: Mention, key: string, added: Set<string>): void {
  const id = `${key}\u0000${m.entity?.id ?? ''}\u0000${m.modifiers.join(' ')}`;
  if (added.has(id)) return;
  added.add(id);
  addModifiers(d, m);
}

/** People of the article, merging what every mention says about them. */
export function collectPersons(text: string, mentions: readonly Mention[]): Persons {
  const names = mentions.filter((m) => m.kind === 'name');
  const longest = longestByLastWord(personNames(names));
  const drafts = new Map<string, Draft>();
  const fullNames = new Map<string, string>();
  const lastWords = new Map<string, string>();
  const added = new Set<string>();
  const shapes = new Map<string, NameShape>();
  for (const m of names) {
    let last = lastWords.get(m.text);
    if (last === undefined) {
      last = lastWord(m.text);
      lastWords.set(m.text, last);
    }
    const full = longest.get(last);
    const key = m.entity?.name ?? (full !== undefined && full.length > m.text.length ? full : m.text);
    fullNames.set(m.text, key);
    let d = drafts.get(key);
    if (d === undefined) {
      d = { entity: null, roles: new Set(), demonyms: new Set(), person: false, positions: [] };
      drafts.set(key, d);
    }
    if (m.modifiers.length > 0 || (m.entity !== null && m.entity.roles.length > 0)) addModifiersOnce(d, m, key, added);
    d.entity = m.entity?.id ?? d.entity;
    if (!d.person) d.person = looksLikePerson(text, m, shapeOf(shapes, m.text), key !== m.text);
    d.positions.push(m.span.start);
  }
  const byName = new Map([...drafts].map(([name, d]) => [name, { name, ...d }] as const));
  return { byName, fullNames };
}

/** The person a name mention stands for. */
export function personOf(m: Mention, persons: Persons): Person | null {
  return persons.byName.get(m.entity?.name ?? persons.fullNames.get(m.text) ?? m.text) ?? null;
}

/** `pakistani` and `pakistan`, `russian` and `russia` name the same country. */
export function sameDemonym(a: string, b: string): boolean {
  const x = a.replace(/[’']s$/, '');
  const y = b.replace(/[’']s$/, '');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i >= 4 && i >= Math.min(x.length, y.length) - 2;
}

/** How well a person fits a description; null when the description contradicts them. */
export function fitDescription(description: Mention, p: Person): number | null {
  if (!p.person) return null;
  const { roles, demonyms } = splitModifiers(description.modifiers, true);
  const head = roles[roles.length - 1] ?? '';
  let score = 0;
  for (const d of demonyms) {
    if ([...p.demonyms].some((x) => sameDemonym(x, d))) score += 2;
    else if (p.demonyms.size > 0 && [...p.demonyms].every((x) => /^\p{L}+$/u.test(x))) return null;
  }
  if (p.roles.has(head) && !genericRoles.has(head)) score += 1;
  return score;
}
