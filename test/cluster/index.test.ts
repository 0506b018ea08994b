import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignArticle, clusterArticles, createClusterer } from '../../src/cluster/index.ts';
import { contentId } from '../../src/shared/hash.ts';
import { contentWords } from '../../src/cluster/terms.ts';
import { lookupTerm } from '../../src/cluster/vocabulary.ts';
import { fixtureArticles, seedArticles } from './_fixtures.ts';

test('the seed reports form one story of five articles', () => {
  const result = clusterArticles(seedArticles());
  assert.equal(result.stories.length, 1);
  assert.equal(result.stories[0]?.articles.length, 5);
});

test('two different events with similar words are two stories', () => {
  const articles = fixtureArticles();
  const result = clusterArticles(articles);
  assert.equal(result.stories.length, 2);
  for (const a of articles) {
    for (const b of articles) {
      assert.equal(result.storyOf.get(a.id) === result.storyOf.get(b.id), a.event === b.event, `${a.id} / ${b.id}`);
    }
  }
});

test('story ids are content hashes of the first article, stable for the same input', () => {
  const articles = fixtureArticles();
  const first = clusterArticles(articles);
  const second = clusterArticles(articles);
  assert.deepEqual([...first.storyOf], [...second.storyOf]);
  assert.deepEqual(first.stories, second.stories);
  assert.equal(first.storyOf.get('ferry-capsize-1'), contentId('story', 'ferry-capsize-1'));
});

test('stories are listed largest first, articles in arrival order', () => {
  const articles = fixtureArticles();
  const extra = { ...articles[2]!, id: 'ferry-fire-3', title: 'Northern Star ferry fire: Calder Lines inspects engine room' };
  const result = clusterArticles([...articles, extra]);
  assert.deepEqual(result.stories[0]?.articles, ['ferry-fire-1', 'ferry-fire-2', 'ferry-fire-3']);
  assert.deepEqual(result.stories[1]?.articles, ['ferry-capsize-1', 'ferry-capsize-2']);
});

test('a duplicate joins its original story even when its text would not', () => {
  const articles = fixtureArticles();
  const copy = { ...articles[3]!, id: 'copy', text: 'Unrelated words entirely.', duplicateOf: 'ferry-capsize-1' };
  const clusterer = createClusterer();
  for (const a of articles) assignArticle(clusterer, a);
  const assignment = assignArticle(clusterer, copy);
  assert.equal(assignment.story, contentId('story', 'ferry-capsize-1'));
  assert.equal(assignment.diagnostics[0]?.rule, 'duplicate-joined');
});

test('assignArticle reports joins and new stories', () => {
  const [a, b, c] = fixtureArticles();
  const clusterer = createClusterer();
  const first = assignArticle(clusterer, a!);
  assert.equal(first.created, true);
  const second = assignArticle(clusterer, b!);
  assert.equal(second.created, false);
  assert.equal(second.story, first.story);
  assert.ok(second.similarity >= 0.2);
  assert.equal(assignArticle(clusterer, c!).created, true);
});

test('articles outside the time window start a new story', () => {
  const [a, b] = fixtureArticles();
  const late = { ...b!, publishedAt: '2026-06-01' };
  const result = clusterArticles([a!, late]);
  assert.equal(result.stories.length, 2);
  const undated = clusterArticles([a!, { ...b!, publishedAt: null }]);
  assert.equal(undated.stories.length, 1);
});

test('a join threshold of 1 keeps every article apart (orphans held to the same threshold)', () => {
  const result = clusterArticles(fixtureArticles(), { joinThreshold: 1.01, orphanShare: 1 });
  assert.equal(result.stories.length, 4);
});

test('the same articles in another order form the same stories', () => {
  const articles = fixtureArticles();
  const groups = (order: typeof articles) => {
    const result = clusterArticles(order);
    return new Set(result.stories.map((story) => [...story.articles].sort().join(' ')));
  };
  const forward = groups(articles);
  assert.equal(forward.size, 2);
  assert.deepEqual(groups([...articles].reverse()), forward);
  assert.deepEqual(groups([articles[2]!, articles[0]!, articles[3]!, articles[1]!]), forward);
});

test('a story is named by its earliest article after refinement', () => {
  const articles = fixtureArticles();
  const result = clusterArticles([articles[3]!, articles[2]!, articles[1]!, articles[0]!]);
  for (const story of result.stories) assert.equal(story.id, contentId('story', story.articles[0]!));
});

test('a batch over maxRefineArticles is streamed only', () => {
  const articles = fixtureArticles();
  const refined = clusterArticles(articles, { maxRefineArticles: 2 });
  const streamed = clusterArticles(articles, { refineRounds: 0 });
  assert.deepEqual([...refined.storyOf], [...streamed.storyOf]);
});

test('a long stream forgets the terms of stories that left the window: the vocabulary stays bounded, the stories stay right', () => {
  const clusterer = createClusterer({ windowDays: 3 });
  // Each event: 3 reports over one day, sharing 12 words and 2 names of their own (new terms), one
  // event per day, so old events retire and their terms go stale.
  const events = 3000;
  let wrong = 0;
  for (let e = 0; e < events; e++) {
    const words = Array.from({ length: 12 }, (_, k) => `w${e}x${k}`);
    const names = [`N${e}a`, `N${e}b`];
    const day = new Date(Date.UTC(2025, 0, 1) + e * 86_400_000).toISOString().slice(0, 10);
    let story: string | undefined;
    for (let r = 0; r < 3; r++) {
      const text = `${words.join(' ')} said officials ${names.join(' and ')} on ${r === 0 ? 'Monday' : 'Tuesday'}.`;
      const placed = assignArticle(clusterer, {
        id: `e${e}r${r}`, title: words.slice(0, 4).join(' '), text, publishedAt: day, source: `outlet${r}`,
        entities: names.map((name) => ({ id: name.toLowerCase(), name, type: 'person' as const, aliases: [], roles: [], mentions: [] })),
      });
      if (r === 0) story = placed.story;
      else if (placed.story !== story) wrong++;
    }
  }
  assert.equal(wrong, 0);
  // 3000 events bring 42,000 distinct event terms; only those of recent events and the common
  // words stay (the vocabulary forgets once it holds 16k terms, then at each quarter's growth).
  assert.ok(clusterer.vocabulary.size < 25_000, `vocabulary of ${clusterer.vocabulary.size} terms`);
  assert.ok(clusterer.vocabulary.free.length + clusterer.vocabulary.size === clusterer.vocabulary.terms.length);
  for (const common of contentWords('officials Monday')) assert.ok(lookupTerm(clusterer.vocabulary, common) >= 0, `${common}: a word recent articles use is never forgotten`);
  // The arrival count goes on without a map of every article's ordinal.
  assert.equal(clusterer.arrivals, 3 * events);
  assert.equal(clusterer.ordinals.size, 0);
});

test('keys of retired and merged-away stories go to new stories: the key space stays the size of the live stories', () => {
  const clusterer = createClusterer({ windowDays: 2 });
  // Stories joined by the last 4,096 arrivals stay live whatever their dates: 10,000 one-article
  // stories, one a day, leave about 4,100 live.
  for (let e = 0; e < 10_000; e++) {
    const day = new Date(Date.UTC(2025, 0, 1) + e * 86_400_000).toISOString().slice(0, 10);
    const words = Array.from({ length: 10 }, (_, k) => `v${e}y${k}`).join(' ');
    assignArticle(clusterer, { id: `k${e}`, title: words, text: `${words}.`, publishedAt: day, source: null, entities: [] });
  }
  assert.equal(clusterer.stories.size + clusterer.retired.size, 10_000);
  assert.ok(clusterer.stories.size < 4500, `${clusterer.stories.size} live stories`);
  assert.equal(clusterer.byKey.length, clusterer.stories.size + clusterer.freeKeys.length);
  assert.ok(clusterer.byKey.length < 5000, `${clusterer.byKey.length} keys for ${clusterer.stories.size} live stories`);
  for (const story of clusterer.stories.values()) assert.equal(clusterer.byKey[story.key], story);
});
