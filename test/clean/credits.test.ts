import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaptionLine, isCreditLine, removeCredits } from '../../src/clean/credits.ts';

test('credit lines', () => {
  for (const line of ['(Photo: Reuters)', 'File photo', 'Image: Jane Roe/Reuters', 'Photograph: AFP via Getty Images', '(AP Photo/John Doe)', 'Getty Images']) {
    assert.ok(isCreditLine(line), line);
  }
});

test('short captions with a credit, and file pictures', () => {
  assert.ok(isCaptionLine('The mayor opens the new bridge on Monday. (Photo: City Hall)'));
  assert.ok(isCaptionLine('File photo of the old bridge before the repairs'));
});

test('headings and sentences that mention pictures stay', () => {
  for (const line of ['Satellite Images', 'Best Pictures of the Year', 'He showed two photos to the council (two photos)', 'The photo exhibition opens on Monday.']) {
    assert.ok(!isCreditLine(line) && !isCaptionLine(line), line);
  }
});

test('a bracketed credit is cut out of a long paragraph, the rest stays', () => {
  const body = 'The council met on Monday to discuss the water plan for the northern district, and officials said the budget would be reviewed by an independent panel next month after the hearing.';
  const pass = removeCredits([{ type: 'paragraph', text: `(City Photo) ${body}` }]);
  assert.deepEqual(pass.blocks, [{ type: 'paragraph', text: body }]);
  assert.deepEqual(pass.removed, [{ text: '(City Photo)', reason: 'photo-credit' }]);
});
