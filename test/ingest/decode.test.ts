import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, decodeChecked } from '../../src/ingest/decode.ts';

test('valid UTF-8 decodes with no invalid sequences; a UTF-8 BOM is dropped', () => {
  assert.deepEqual(decodeBytes(Buffer.from('\uFEFFnaïve café', 'utf8')), { text: 'naïve café', invalid: 0 });
});

test('a literal U+FFFD in valid input is not counted as invalid', () => {
  assert.equal(decodeBytes(Buffer.from('before \uFFFD after', 'utf8')).invalid, 0);
  const mixed = Buffer.concat([Buffer.from('ok \uFFFD ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' end')]);
  assert.equal(decodeBytes(mixed).invalid, 1);
});

test('UTF-16 with a byte-order mark is decoded', () => {
  assert.equal(decodeBytes(Buffer.from('\uFEFFBonjour', 'utf16le')).text, 'Bonjour');
  const be = Buffer.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
  assert.equal(decodeBytes(be).text, 'Hi');
});

test('a few invalid sequences are replaced with a warning; many are an error', () => {
  const few = Buffer.concat([Buffer.from('a'.repeat(200)), Buffer.from([0xff]), Buffer.from('b'.repeat(200))]);
  const kept = decodeChecked(few, 0.02);
  assert.equal(kept.kind, 'text');
  assert.equal(kept.kind === 'text' ? kept.warning?.rule : null, 'invalid-utf8');
  const many = Buffer.from('d\xe9j\xe0 vu, na\xefve', 'latin1');
  const rejected = decodeChecked(many, 0.02);
  assert.equal(rejected.kind, 'problem');
  assert.equal(rejected.kind === 'problem' ? rejected.problem.rule : null, 'invalid-utf8');
});
