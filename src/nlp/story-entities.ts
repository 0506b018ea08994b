/**
 * Links the entities of a story's articles: the same name or alias (spelling variants folded),
 * an acronym and its expansion, a lone surname with the one full name of a person that ends
 * (or starts) with it, and a role-named person ("Russian President") with the one person the
 * texts give that role. Each rule looks its candidates up in an index (name word → people, role →
 * people), so linking stays near-linear in the number of article entities.
 */
import type { ArticleEntity, EntityType, StoryEntity } from '../types.ts';
import { contentId } from '../shared/hash.ts';
import { canonicalName, createNameKeys, isAcronym } from './names.ts';

/** The shared story-level entity value (src/types.ts), which this module builds. */
export type { StoryEntity };

export interface ArticleEntities {
  readonly article: string;
  readonly entities: readonly ArticleEntity[];
}

interface Item {
  readonly article: string;
  readonly entity: ArticleEntity;
}

/** `nameKey` for one linking: a story's articles name the same entities again and again, so keys are remembered. */
type NameKeyOf = (name: string) => string;

const keysOf = (e: ArticleEntity, keyOf: NameKeyOf): string[] => [e.name, ...e.aliases].map(keyOf);
const isRoleNamed = (e: ArticleEntity): boolean => e.roles.includes(e.name);
const compatible = (a: EntityType, b: EntityType): boolean => a === b || a === 'other' || b === 'other';

class Links {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    this.parent[i] = root;
    return root;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

function joinSameKeys(items: readonly Item[], links: Links, keyOf: NameKeyOf): void {
  const byKey = new Map<string, number>();
  items.forEach((item, i) => {
    if (isRoleNamed(item.entity)) return;
    for (const key of keysOf(item.entity, keyOf)) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, i);
      else if (compatible(items[other]?.entity.type ?? 'other', item.entity.type)) links.join(i, other);
    }
  });
}

/** Items of people (not role-named) filed under a key: a word of their name, or a role they hold. */
function peopleIndex(items: readonly Item[], keysOf: (e: ArticleEntity) => readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.entity.type !== 'person' || isRoleNamed(item.entity)) return;
    for (const key of new Set(keysOf(item.entity))) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

/**
 * The last item filed under `key` when all of them are one linked group already, else undefined.
 * A found answer stays right (links only ever merge), so it is remembered in `found`.
 */
function onePerson(index: ReadonlyMap<string, readonly number[]>, key: string, links: Links, found: Map<string, number>): number | undefined {
  const known = found.get(key);
  if (known !== undefined) return known;
  const candidates = index.get(key);
  if (!candidates || candidates.length === 0) return undefined;
  const root = links.find(candidates[0] as number);
  for (const i of candidates) if (links.find(i) !== root) return undefined;
  const last = candidates[candidates.length - 1] as number;
  found.set(key, last);
  return last;
}

/** First and last words of a multi-word name. */
function nameEnds(e: ArticleEntity, keyOf: NameKeyOf): string[] {
  const parts = keyOf(e.name).split(' ');
  return parts.length > 1 ? [parts[0] ?? '', parts[parts.length - 1] ?? ''] : [];
}

function joinPartialNames(items: readonly Item[], links: Links, keyOf: NameKeyOf): void {
  const byWord = peopleIndex(items, (e) => nameEnds(e, keyOf));
  const found = new Map<string, number>();
  items.forEach((item, i) => {
    const e = item.entity;
    if (/\s/.test(e.name) || isAcronym(e.name) || (e.type !== 'person' && e.type !== 'other') || isRoleNamed(e)) return;
    const target = onePerson(byWord, keyOf(e.name), links, found);
    if (target !== undefined) links.join(i, target);
  });
}

function joinRoleNames(items: readonly Item[], links: Links): void {
  const byRole = peopleIndex(items, (e) => e.roles);
  const found = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isRoleNamed(item.entity)) return;
    const target = onePerson(byRole, item.entity.name, links, found);
    if (target !== undefined) links.join(i, target);
  });
}

function typeOf(members: readonly Item[]): EntityType {
  const named = members.map((m) => m.entity.type).filter((t) => t !== 'other');
  return named[0] ?? 'other';
}

function toStoryEntity(members: readonly Item[]): StoryEntity {
  const type = typeOf(members);
  // One pass over the members (a story's main actors have hundreds), no array per member.
  const forms: string[] = [];
  const all = new Set<string>();
  const roles = new Set<string>();
  const articles = new Set<string>();
  let mentions = 0;
  for (const { article, entity } of members) {
    if (!isRoleNamed(entity)) forms.push(entity.name, ...entity.aliases);
    all.add(entity.name);
    for (const alias of entity.aliases) all.add(alias);
    for (const role of entity.roles) roles.add(role);
    articles.add(article);
    mentions += entity.mentions.length;
  }
  const full = forms.filter((f) => !isAcronym(f));
  const name = canonicalName(full.length > 0 ? full : members.map((m) => m.entity.name));
  const id = contentId(type, name);
  all.delete(name);
  const members_: Record<string, string> = {};
  for (const m of members) members_[m.entity.id] = id;
  return {
    id, name, type, aliases: [...all].sort(), roles: [...roles].sort(),
    mentions,
    articles: [...articles], members: members_,
  };
}

/** The story's entities, most mentioned first. */
export function linkStoryEntities(perArticle: readonly ArticleEntities[]): StoryEntity[] {
  const items: Item[] = perArticle.flatMap((a) => a.entities.map((entity) => ({ article: a.article, entity })));
  const links = new Links(items.length);
  const keyOf = createNameKeys();
  joinSameKeys(items, links, keyOf);
  joinPartialNames(items, links, keyOf);
  joinRoleNames(items, links);
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = links.find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  const entities = [...groups.values()].map(toStoryEntity);
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
