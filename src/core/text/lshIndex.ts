// Near-duplicate candidates in constant time per text: MinHash signatures cut into bands; two
// texts become candidates when any band is equal. Bands × rows = 16 × 5 gives a candidate
// probability 1-(1-J^5)^16 of 0.998 at Jaccard 0.8, 0.40 at 0.5 and 0.04 at 0.3, so callers
// verify candidates with exact Jaccard. Memory is bounded: a ring of `capacity` texts in typed
// arrays; the oldest is forgotten when a new one arrives at capacity.
import { mix32 } from './hash32.ts';
import { MinHasher } from './minHash.ts';
import { shingleHashes } from './shingles.ts';
import { tokenize } from './tokenize.ts';

export interface LshOptions {
  bands?: number;
  rows?: number;
  /** Texts remembered at most; older ones are evicted first. */
  capacity?: number;
  /** Words per shingle. */
  shingleSize?: number;
  seed?: number;
}

export class LshIndex<Id = string> {
  readonly bands: number;
  readonly rows: number;
  readonly capacity: number;
  readonly shingleSize: number;
  readonly hasher: MinHasher;
  private readonly mask: number;
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly keys: Uint32Array;
  private readonly seq: Float64Array;
  private readonly stamp: Float64Array;
  private readonly ids: (Id | undefined)[];
  private added = 0;
  private queries = 0;
  private readonly scratch: Uint32Array;

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? 16;
    this.rows = options.rows ?? 5;
    this.capacity = options.capacity ?? 100_000;
    this.shingleSize = options.shingleSize ?? 2;
    this.hasher = new MinHasher(this.bands * this.rows, options.seed);
    let tableSize = 1;
    while (tableSize < this.capacity) tableSize <<= 1;
    this.mask = tableSize - 1;
    this.heads = new Int32Array(this.bands * tableSize).fill(-1);
    this.next = new Int32Array(this.capacity * this.bands);
    this.keys = new Uint32Array(this.capacity * this.bands);
    this.seq = new Float64Array(this.capacity).fill(-1);
    this.stamp = new Float64Array(this.capacity).fill(-1);
    this.ids = new Array<Id | undefined>(this.capacity);
    this.scratch = new Uint32Array(this.bands * this.rows);
  }

  get size(): number { return Math.min(this.added, this.capacity); }

  /** MinHash signature of a text as this index folds and shingles it. */
  signatureOf(text: string, out?: Uint32Array): Uint32Array {
    return this.hasher.signature(shingleHashes(tokenize(text), this.shingleSize), out);
  }

  add(id: Id, text: string): void { this.addSignature(id, this.signatureOf(text, this.scratch)); }

  /** Candidate ids whose text shares at least one band with `text` (not yet verified). */
  query(text: string): Id[] { return this.querySignature(this.signatureOf(text, this.scratch)); }

  addSignature(id: Id, signature: Uint32Array): void {
    const slot = this.added % this.capacity;
    const B = this.bands;
    for (let b = 0; b < B; b++) {
      const key = this.bandKey(signature, b);
      const head = b * (this.mask + 1) + (mix32(key ^ b) & this.mask);
      this.keys[slot * B + b] = key;
      this.next[slot * B + b] = this.heads[head]!;
      this.heads[head] = slot;
    }
    this.seq[slot] = this.added++;
    this.ids[slot] = id;
  }

  querySignature(signature: Uint32Array): Id[] {
    const found: Id[] = [];
    const B = this.bands;
    const oldest = this.added - this.capacity;
    const q = this.queries++;
    for (let b = 0; b < B; b++) {
      const key = this.bandKey(signature, b);
      let slot = this.heads[b * (this.mask + 1) + (mix32(key ^ b) & this.mask)]!;
      let newer = Infinity;
      // Chains run newest → oldest; a slot reused since it was linked breaks that order.
      while (slot >= 0) {
        const s = this.seq[slot]!;
        if (s >= newer || s < oldest) break;
        if (this.keys[slot * B + b] === key && this.stamp[slot] !== q) {
          this.stamp[slot] = q;
          found.push(this.ids[slot] as Id);
        }
        newer = s;
        slot = this.next[slot * B + b]!;
      }
    }
    return found;
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let h = 0x27d4eb2f ^ band;
    for (let r = 0, i = band * this.rows; r < this.rows; r++, i++) h = mix32(h ^ signature[i]!);
    return h;
  }
}
