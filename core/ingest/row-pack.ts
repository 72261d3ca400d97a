// Rows packed to cross from the SARIF parse thread to the store's thread (sarif-rows.ts,
// sarif-parallel.ts). Structured-cloning a part as flat arrays of values cost the parse thread more
// than parsing it (a 200k-result log: ~6.7 million tagged values, 128 MB serialized, most of it the
// rule text repeated in every finding's row): the serializer's time was the parse thread's largest
// item in a profile, and the thread was the ingest's bottleneck. A packed part is:
// - one ArrayBuffer, transferred (not copied): a Float64 value and a one-byte kind per cell;
// - one string: the inline strings of the part, one after another (one copy to cross);
// - the strings this part adds to a dictionary both sides keep: values that repeat (rule texts,
//   titles, severities, paths, …) cross once, and the store then sees the same string object again
//   (its id lookups hash it once).
// Cells come in the order they were put; the reader gives them back in that order.

/**
 * What a cell holds. INLINE: a string of the part's text, from the previous inline string's end to
 * the cell's value; DICT: a string of the dictionary, the cell's value its index.
 */
const enum Kind {
  NULL,
  NUMBER,
  INLINE,
  DICT,
  UNDEFINED,
}

/** distinct values a column puts in the dictionary; past that, its new values go inline */
const DICT_MAX_PER_COLUMN = 4096;

export interface PackedPart {
  /** how many cells */
  cells: number;
  /** Float64 values (cells × 8 bytes), then one kind byte per cell */
  buf: ArrayBuffer;
  /** the inline strings, one after another */
  text: string;
  /** strings added to the dictionary by this part, in index order */
  dict: string[];
}

/**
 * Packs cells, part after part; `dictColumns[c]` says whether column `c` (the second argument of
 * put) may put its strings in the dictionary. One packer per sequence of parts (its dictionary is
 * the reader's).
 */
export class RowPacker {
  private nums = new Float64Array(8192);
  private kinds = new Uint8Array(8192);
  private n = 0;
  private texts: string[] = [];
  private textLen = 0;
  private added: string[] = [];
  private size = 0;
  private readonly maps: (Map<string, number> | null)[];

  constructor(dictColumns: readonly boolean[]) {
    this.maps = dictColumns.map((d) => (d ? new Map<string, number>() : null));
  }

  private grow(): void {
    const nums = new Float64Array(this.nums.length * 2);
    nums.set(this.nums);
    this.nums = nums;
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
  }

  /** the next cell: `v` (null, undefined, a number or a string) of column `column` */
  put(v: unknown, column: number): void {
    if (this.n === this.nums.length) this.grow();
    const i = this.n++;
    if (v === null) this.kinds[i] = Kind.NULL;
    else if (typeof v === 'number') {
      this.kinds[i] = Kind.NUMBER;
      this.nums[i] = v;
    } else if (typeof v === 'string') {
      const map = this.maps[column];
      if (map) {
        let d = map.get(v);
        if (d === undefined && map.size < DICT_MAX_PER_COLUMN) {
          d = this.size++;
          map.set(v, d);
          this.added.push(v);
        }
        if (d !== undefined) {
          this.kinds[i] = Kind.DICT;
          this.nums[i] = d;
          return;
        }
      }
      this.texts.push(v);
      this.textLen += v.length;
      this.kinds[i] = Kind.INLINE;
      this.nums[i] = this.textLen;
    } else if (v === undefined) this.kinds[i] = Kind.UNDEFINED;
    else throw new TypeError(`a row value of type ${typeof v} cannot be packed`);
  }

  /** the cells put since the last part, as a part (the packer starts the next one) */
  part(): PackedPart {
    const cells = this.n;
    const buf = new ArrayBuffer(cells * 9);
    new Float64Array(buf, 0, cells).set(this.nums.subarray(0, cells));
    new Uint8Array(buf, cells * 8, cells).set(this.kinds.subarray(0, cells));
    const part: PackedPart = { cells, buf, text: this.texts.join(''), dict: this.added };
    this.n = 0;
    this.texts = [];
    this.textLen = 0;
    this.added = [];
    return part;
  }
}

/** Reads packed parts back, in the order they were packed (one reader per packer). */
export class RowUnpacker {
  private readonly dict: string[] = [];

  /** the cells of `part`, in order, into `out` from index 0 */
  unpack(part: PackedPart, out: unknown[]): void {
    const dict = this.dict;
    for (const s of part.dict) dict.push(s);
    const cells = part.cells;
    const nums = new Float64Array(part.buf, 0, cells);
    const kinds = new Uint8Array(part.buf, cells * 8, cells);
    const text = part.text;
    let from = 0;
    for (let i = 0; i < cells; i++) {
      switch (kinds[i]) {
        case Kind.NULL:
          out[i] = null;
          break;
        case Kind.NUMBER:
          out[i] = nums[i];
          break;
        case Kind.INLINE: {
          const to = nums[i];
          out[i] = text.slice(from, to);
          from = to;
          break;
        }
        case Kind.DICT:
          out[i] = dict[nums[i]];
          break;
        default:
          out[i] = undefined;
      }
    }
  }
}
