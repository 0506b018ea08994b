/** An entity's page: its name, kind and aliases, and the stories whose briefs name it. */
import type { BriefEntity } from '../../types.ts';
import { escapeHtml } from '../brief-html.ts';
import { renderPage } from './layout.ts';
import { storyRowHtml, type ListedStory } from './story-list.ts';

export interface EntityPage {
  /** The entity as one of its stories' briefs describes it. */
  readonly entity: Pick<BriefEntity, 'id' | 'name' | 'type' | 'aliases'>;
  readonly stories: readonly ListedStory[];
}

export function renderEntityPage(page: EntityPage): string {
  const { entity } = page;
  const aliases =
    entity.aliases.length === 0 ? '' : `<p class="aliases" data-testid="entity-aliases">also: ${entity.aliases.map(escapeHtml).join(', ')}</p>`;
  const body = `<h1 class="page" data-testid="entity-name">${escapeHtml(entity.name)}</h1>
<p class="meta" data-testid="entity-type">${escapeHtml(entity.type)}</p>${aliases}
<h3>Stories (${page.stories.length})</h3><ol class="stories" data-testid="story-list">${page.stories.map(storyRowHtml).join('\n')}</ol>`;
  return renderPage({ title: `newsdesk · ${entity.name}`, body });
}
