/**
 * Key → article ordinals, for the dedup index's LSH band buckets and sampled fingerprints, held in
 * typed arrays rather than a Map of numbers and arrays.
 *
 * A dense window posts hundreds of thousands of keys, most of them under one article. As Maps
 * they were the largest objects of the heap (56 MB and 28 MB of hash table after 60,000 articles
 * of the 100k benchmark), which every major garbage collection scanned and every lookup reached
 * through a bucket, an entry and maybe an array. Here a key is one slot of an open-addressed
 * table (linear probing, at most half full, backward-shift deletion: no tombstones): the key, the
 * head of its chain of postings and their count, side by side in one cache line. Postings are
 * nodes of a pool (an ordinal and the next node), reused once freed. Keys are 32-bit integers,
 * already hashes (band keys, fingerprint keys); a uint32 is held as its int32 bit pattern.
 *
 * A key may be retired (`postCapped`: it became too common to tell articles apart): it then holds
 * no ordinals and takes no more.
 */

export interface OrdinalIndex {
  /** `slotWidth` int32 per slot: key, head node + 1 (0: none), count (0: an empty slot; -1: retired). */
  slots: Int32Array;
  /** log2 of the slot count. */
  bits: number;
  /** Slots in use (held and retired keys). */
  keys: number;
  /** Two int32 per node: an ordinal and the next node + 1 (0: the chain ends). */
  nodes: Int32Array;
  /** Nodes handed out so far (free ones included). */
  nodesUsed: number;
  /** The first free node + 1 (0: none); free nodes are chained through their next field. */
  freeNode: number;
  /** A sum of what `touchKeys` read (kept, so that its reads are never dropped as unused). */
  touched: number;
}

const slotWidth = 3;
const minBits = 10;
const retired = -1;

export function createOrdinalIndex(): OrdinalIndex {
  return { slots: new Int32Array((1 << minBits) * slotWidth), bits: minBits, keys: 0, nodes: new Int32Array(2048), nodesUsed: 0, freeNode: 0, touched: 0 };
}

/** The home slot of a key (Fibonacci hashing: the top `bits` bits of key × 2³²/φ). */
function homeOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/** The offset of the slot holding `key`, or of the empty slot where it would go. */
function find(slots: Int32Array, bits: number, key: number): number {
  const mask = (1 << bits) - 1;
  for (let slot = homeOf(key, bits); ; slot = (slot + 1) & mask) {
    const at = slot * slotWidth;
    if (slots[at + 2] === 0 || slots[at] === key) return at;
  }
}

/** Adds an ordinal under a key. */
export function post(index: OrdinalIndex, key: number, ordinal: number): void {
  postCapped(index, key, ordinal, Number.POSITIVE_INFINITY);
}

/**
 * Adds an ordinal under a key that holds fewer than `cap`; a key that already holds `cap` is
 * retired instead (its ordinals dropped; it takes no more).
 */
export function postCapped(index: OrdinalIndex, uintKey: number, ordinal: number, cap: number): void {
  const key = uintKey | 0;
  const at = find(index.slots, index.bits, key);
  const { slots } = index;
  const count = slots[at + 2]!;
  if (count === retired) return;
  if (count >= cap) {
    freeChain(index, slots[at + 1]!);
    slots[at + 1] = 0;
    slots[at + 2] = retired;
  } else {
    const node = takeNode(index);
    index.nodes[node * 2] = ordinal;
    index.nodes[node * 2 + 1] = slots[at + 1]!;
    slots[at + 1] = node + 1;
    slots[at + 2] = count + 1;
  }
  if (count === 0) {
    slots[at] = key;
    index.keys++;
    if (index.keys * 2 > 1 << index.bits) resize(index, index.bits + 1);
  }
}

/** Takes an ordinal from under a key (nothing happens when it is not there, or the key is retired). */
export function unpost(index: OrdinalIndex, key: number, ordinal: number): void {
  const { slots, nodes } = index;
  const at = find(slots, index.bits, key | 0);
  const count = slots[at + 2]!;
  if (count <= 0) return;
  let previous = -1;
  for (let link = slots[at + 1]!; link !== 0; link = nodes[(link - 1) * 2 + 1]!) {
    const node = link - 1;
    if (nodes[node * 2] !== ordinal) {
      previous = node;
      continue;
    }
    const next = nodes[node * 2 + 1]!;
    if (previous < 0) slots[at + 1] = next;
    else nodes[previous * 2 + 1] = next;
    nodes[node * 2 + 1] = index.freeNode;
    index.freeNode = node + 1;
    slots[at + 2] = count - 1;
    if (count === 1) removeSlot(index, at);
    return;
  }
}

/** Calls `visit` with each ordinal under a key (none for a retired or unknown key), newest first; `visit` must not change the index. */
export function forEachPosted(index: OrdinalIndex, key: number, visit: (ordinal: number) => void): void {
  const { slots, nodes } = index;
  const at = find(slots, index.bits, key | 0);
  if (slots[at + 2]! <= 0) return;
  for (let link = slots[at + 1]!; link !== 0; link = nodes[(link - 1) * 2 + 1]!) visit(nodes[(link - 1) * 2]!);
}

/** The ordinals under a key, ascending (tests and diagnostics). */
export function postedOrdinals(index: OrdinalIndex, key: number): number[] {
  const out: number[] = [];
  forEachPosted(index, key, (ordinal) => out.push(ordinal));
  return out.sort((a, b) => a - b);
}

export function isRetired(index: OrdinalIndex, key: number): boolean {
  return index.slots[find(index.slots, index.bits, key | 0) + 2] === retired;
}

function takeNode(index: OrdinalIndex): number {
  if (index.freeNode !== 0) {
    const node = index.freeNode - 1;
    index.freeNode = index.nodes[node * 2 + 1]!;
    return node;
  }
  if (index.nodesUsed * 2 === index.nodes.length) {
    const grown = new Int32Array(index.nodes.length * 2);
    grown.set(index.nodes);
    index.nodes = grown;
  }
  return index.nodesUsed++;
}

function freeChain(index: OrdinalIndex, head: number): void {
  let link = head;
  while (link !== 0) {
    const node = link - 1;
    link = index.nodes[node * 2 + 1]!;
    index.nodes[node * 2 + 1] = index.freeNode;
    index.freeNode = node + 1;
  }
}

/** Empties a slot, shifting back the entries of its probe run that may move (no tombstones). */
function removeSlot(index: OrdinalIndex, at: number): void {
  const { slots, bits } = index;
  const mask = (1 << bits) - 1;
  let hole = at / slotWidth;
  for (let slot = (hole + 1) & mask; slots[slot * slotWidth + 2] !== 0; slot = (slot + 1) & mask) {
    const home = homeOf(slots[slot * slotWidth]!, bits);
    // The entry may fill the hole unless its home lies cyclically after the hole, up to where it is.
    const stays = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
    if (stays) continue;
    slots.copyWithin(hole * slotWidth, slot * slotWidth, slot * slotWidth + slotWidth);
    hole = slot;
  }
  slots.fill(0, hole * slotWidth, hole * slotWidth + slotWidth);
  index.keys--;
  if (bits > minBits && index.keys * 8 < 1 << bits) resize(index, bits - 1);
}

/** Re-slots every key into 2^bits slots (the chains stay where they are). */
function resize(index: OrdinalIndex, bits: number): void {
  const old = index.slots;
  const slots = new Int32Array((1 << bits) * slotWidth);
  for (let at = 0; at < old.length; at += slotWidth) {
    if (old[at + 2] === 0) continue;
    const to = find(slots, bits, old[at]!);
    slots[to] = old[at]!;
    slots[to + 1] = old[at + 1]!;
    slots[to + 2] = old[at + 2]!;
  }
  index.slots = slots;
  index.bits = bits;
}

/**
 * Reads the home slot of each key, in one loop of independent loads the processor overlaps, so
 * that the posts, unposts or lookups that follow find those slots in cache (one after another,
 * each waited on its own miss: the fingerprint table of a dense window is tens of MB).
 */
export function touchKeys(index: OrdinalIndex, keys: ArrayLike<number>): void {
  const { slots, bits } = index;
  let sum = 0;
  for (let i = 0; i < keys.length; i++) sum += slots[homeOf(keys[i]! | 0, bits) * slotWidth + 2]!;
  index.touched = sum;
}
