import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignArticle, clusterArticles, createClusterer } from '../../src/cluster/index.ts';
import { contentId } from '../../src/shared/hash.ts';
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
