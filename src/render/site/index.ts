/**
 * The web app's pages as pure functions from data to an HTML string. Every text that comes from
 * articles is escaped (element content and attributes); pages load one style sheet and no script.
 */
export { renderPage, STYLESHEET_PATH, type PageFrame } from './layout.ts';
export { renderStoryList, storyRowHtml, type ListedStory, type StoryListPage } from './story-list.ts';
export { renderSearch, snippetHtml, type SearchPage } from './search.ts';
export { renderStoryPage } from './story.ts';
export { renderEntityPage, type EntityPage } from './entity.ts';
export { renderNotFound } from './not-found.ts';
export { SITE_CSS } from './styles.ts';
