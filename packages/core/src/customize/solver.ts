/**
 * A small finite-domain constraint solver, exact for what a customizer asks: which values can
 * still be part of at least one complete, valid configuration.
 *
 * Domains: every variable's possible values are bits in one `Uint32Array` (variable `v` owns
 * `words[v]` words from `offsets[v]`), so a search state is copied with one `slice()` and used
 * as a cache key with one `join()`.
 *
 * Constraints: each is a list of rows, and holds when at least one row holds; a row restricts
 * some variables of the constraint's scope to sets of values (a mask per variable). Every rule
 * kind compiles to this one shape: `if A then B` is the rows "not A₁", "not A₂", …, "B"; an
 * allowed-combinations table or the list of variants is one row per combination.
 *
 * Propagation keeps every domain generalized-arc-consistent: a value stays only while some
 * row of every constraint on its variable can still hold with it. Search assigns the variable
 * with the fewest values left, propagates, and backtracks; states proved to have no solution
 * are remembered (nogoods), so later searches never explore them again.
 */

export interface Layout {
  /** Number of values of each variable. */
  readonly sizes: readonly number[];
  readonly offsets: readonly number[];
  readonly words: readonly number[];
  /** Words of one whole state. */
  readonly total: number;
}

/** A row: one mask per position of the constraint's scope; `undefined` leaves that variable free. */
export type Row = ReadonlyArray<Uint32Array | undefined>;

export interface Constraint {
  readonly scope: readonly number[];
  readonly rows: readonly Row[];
}

/** Domains of every variable, laid out as {@link Layout} says. */
export type Domains = Uint32Array;

/** No value chosen for a variable. */
export const FREE = -1;

/** How a row meets the domains (see `Solver.#meet`). */
const MISSES = 0;
const MEETS = 1;
const HOLDS = 2;
type Meet = typeof MISSES | typeof MEETS | typeof HOLDS;

/** How many remembered dead states before the cache starts over (bounds its memory). */
const NOGOOD_LIMIT = 20_000;

export function layoutOf(sizes: readonly number[]): Layout {
  const offsets: number[] = [];
  const words: number[] = [];
  let total = 0;
  for (const size of sizes) {
    offsets.push(total);
    words.push(Math.max(1, Math.ceil(size / 32)));
    total += words.at(-1)!;
  }
  return { sizes, offsets, words, total };
}

/** A mask for variable `variable` with the given value indices set. */
export function maskOf(layout: Layout, variable: number, values: Iterable<number>): Uint32Array {
  const mask = new Uint32Array(layout.words[variable]!);
  for (const value of values) mask[value >>> 5]! |= 1 << (value & 31);
  return mask;
}

/** Domains where every variable may take every value. */
export function fullDomains(layout: Layout): Domains {
  const domains = new Uint32Array(layout.total);
  layout.sizes.forEach((size, variable) => domains.set(maskOf(layout, variable, Array.from({ length: size }, (_, value) => value)), layout.offsets[variable]));
  return domains;
}

export function hasValue(layout: Layout, domains: Domains, variable: number, value: number): boolean {
  return ((domains[layout.offsets[variable]! + (value >>> 5)]! >>> (value & 31)) & 1) === 1;
}

/** The value indices left for `variable`. */
export function valuesOf(layout: Layout, domains: Domains, variable: number): number[] {
  const values: number[] = [];
  const offset = layout.offsets[variable]!;
  for (let word = 0; word < layout.words[variable]!; word++) {
    let bits = domains[offset + word]!;
    while (bits !== 0) {
      const lowest = bits & -bits;
      values.push(word * 32 + 31 - Math.clz32(lowest));
      bits ^= lowest;
    }
  }
  return values;
}

/** Narrows `variable` to the one value `value`; false (and an empty domain) when `value` was not left. */
export function assign(layout: Layout, domains: Domains, variable: number, value: number): boolean {
  const offset = layout.offsets[variable]!;
  const present = hasValue(layout, domains, variable, value);
  domains.fill(0, offset, offset + layout.words[variable]!);
  if (present) domains[offset + (value >>> 5)] = 1 << (value & 31);
  return present;
}

/** How many values `variable` has left. */
export function countOf(layout: Layout, domains: Domains, variable: number): number {
  let count = 0;
  const offset = layout.offsets[variable]!;
  for (let word = 0; word < layout.words[variable]!; word++) {
    let bits = domains[offset + word]!;
    bits -= (bits >>> 1) & 0x55555555;
    bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
    count += (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

export class Solver {
  readonly layout: Layout;
  readonly constraints: readonly Constraint[];
  /** Domains before anything is chosen. */
  readonly initial: Domains;
  /** Constraints on each variable. */
  readonly #watchers: number[][];
  /** Per constraint, where each scope variable's support is gathered in `#support`. */
  readonly #supportOffsets: number[][];
  readonly #support: Uint32Array;
  /** Per constraint, a row that last held for every value left: checked first, it often still does. */
  readonly #entailingRow: Int32Array;
  readonly #queue: Int32Array;
  readonly #queued: Uint8Array;
  /** Variables the last `#revise` narrowed: `#narrowed[0…#narrowedCount)`. */
  readonly #narrowed: Int32Array;
  #narrowedCount = 0;
  readonly #active: Uint8Array;
  readonly #allVariables: readonly number[];
  /** A scratch state for checking one changed value of a solution. */
  readonly #scratch: Domains;
  /** One state per depth of the search, reused: a search allocates nothing but what it remembers. */
  readonly #stack: Domains[] = [];
  /** States proved to have no solution, by hash (a bucket holds the states, as hashes may collide). */
  #nogoods = new Map<number, Domains[]>();
  #nogoodCount = 0;

  constructor(layout: Layout, constraints: readonly Constraint[], initial: Domains) {
    this.layout = layout;
    this.constraints = constraints;
    this.initial = initial;
    this.#watchers = layout.sizes.map(() => []);
    this.#supportOffsets = [];
    let supportWords = 0;
    constraints.forEach((constraint, index) => {
      const offsets: number[] = [];
      for (const variable of constraint.scope) {
        this.#watchers[variable]!.push(index);
        offsets.push(supportWords);
        supportWords += layout.words[variable]!;
      }
      this.#supportOffsets.push(offsets);
    });
    this.#support = new Uint32Array(supportWords);
    this.#entailingRow = new Int32Array(constraints.length);
    this.#queue = new Int32Array(constraints.length);
    this.#queued = new Uint8Array(constraints.length);
    this.#active = new Uint8Array(layout.sizes.length);
    this.#narrowed = new Int32Array(layout.sizes.length);
    this.#allVariables = layout.sizes.map((_, variable) => variable);
    this.#scratch = new Uint32Array(layout.total);
  }

  /**
   * Narrows `domains` in place until every constraint is arc-consistent; false when some
   * domain empties. `changed` lists the variables narrowed since the domains were last
   * consistent (all constraints are checked when it is absent).
   */
  propagate(domains: Domains, changed?: readonly number[]): boolean {
    const { layout } = this;
    const queue = this.#queue;
    const queued = this.#queued;
    const watchers = this.#watchers;
    const narrowed = this.#narrowed;
    const size = queue.length;
    let head = 0;
    let length = 0;
    const variables = changed ?? this.#allVariables;
    for (const variable of variables) if (countOf(layout, domains, variable) === 0) return false;
    for (const variable of variables) {
      for (const constraint of watchers[variable]!) {
        if (queued[constraint]) continue;
        queued[constraint] = 1;
        queue[(head + length++) % size] = constraint;
      }
    }
    // Constraints on no variable (a list of variants that selects nothing) are checked once.
    if (!changed) for (let constraint = 0; constraint < size; constraint++) if (this.constraints[constraint]!.scope.length === 0 && !this.#revise(constraint, domains)) return false;

    while (length > 0) {
      const constraint = queue[head]!;
      head = (head + 1) % size;
      length--;
      queued[constraint] = 0;
      if (!this.#revise(constraint, domains)) {
        for (let index = 0; index < length; index++) queued[queue[(head + index) % size]!] = 0;
        return false;
      }
      for (let index = 0; index < this.#narrowedCount; index++) {
        for (const other of watchers[narrowed[index]!]!) {
          if (other === constraint || queued[other]) continue;
          queued[other] = 1;
          queue[(head + length++) % size] = other;
        }
      }
    }
    return true;
  }

  /**
   * Removes the values no row supports, listing the narrowed variables in `#narrowed`; false
   * when no row can hold. Stops early at a row that holds for every value left (nothing to remove).
   */
  #revise(index: number, domains: Domains): boolean {
    this.#narrowedCount = 0;
    if (this.#isEntailedBy(index, this.#entailingRow[index]!, domains)) return true;
    const { scope, rows } = this.constraints[index]!;
    const { offsets, words } = this.layout;
    const supportAt = this.#supportOffsets[index]!;
    const support = this.#support;
    if (scope.length > 0) support.fill(0, supportAt[0], supportAt.at(-1)! + words[scope.at(-1)!]!);
    let holds = false;
    for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
      const row = rows[rowIndex]!;
      const meet = this.#meet(row, scope, domains);
      if (meet === MISSES) continue;
      if (meet === HOLDS) {
        this.#entailingRow[index] = rowIndex;
        return true;
      }
      holds = true;
      for (let position = 0; position < scope.length; position++) {
        const variable = scope[position]!;
        const mask = row[position];
        const offset = offsets[variable]!;
        const at = supportAt[position]!;
        for (let word = 0; word < words[variable]!; word++) support[at + word]! |= mask ? domains[offset + word]! & mask[word]! : domains[offset + word]!;
      }
    }
    if (!holds) return false;
    for (let position = 0; position < scope.length; position++) {
      const variable = scope[position]!;
      const offset = offsets[variable]!;
      const at = supportAt[position]!;
      let changed = false;
      for (let word = 0; word < words[variable]!; word++) {
        if (support[at + word] !== domains[offset + word]) {
          domains[offset + word] = support[at + word]!;
          changed = true;
        }
      }
      if (changed) this.#narrowed[this.#narrowedCount++] = variable;
    }
    return true;
  }

  /**
   * How `row` meets the domains: `MISSES` when some mask meets no value of its variable (the row
   * cannot hold), `MEETS` when it can hold, `HOLDS` when it holds whatever values are picked.
   */
  #meet(row: Row, scope: readonly number[], domains: Domains): Meet {
    const { offsets, words } = this.layout;
    let holds = true;
    for (let position = 0; position < scope.length; position++) {
      const mask = row[position];
      if (!mask) continue;
      const variable = scope[position]!;
      const offset = offsets[variable]!;
      let meets = false;
      for (let word = 0; word < words[variable]!; word++) {
        const domain = domains[offset + word]!;
        if ((domain & mask[word]!) !== 0) meets = true;
        if ((domain & ~mask[word]!) !== 0) holds = false;
      }
      if (!meets) return MISSES;
    }
    return holds ? HOLDS : MEETS;
  }

  /**
   * Solutions inside `domains` (already propagated), or undefined when there are none. The
   * result is a box: domains in which every combination of values is a solution (a constraint
   * that some row satisfies whatever is picked needs no choice, so its variables may keep
   * several values). Values not yet in `prefer` are tried first, so each box found covers as
   * many new values as it can. The box may be the solver's own state: read it before the next call.
   */
  solve(domains: Domains, prefer?: Domains, depth = 0): Domains | undefined {
    const branch = this.#branchVariable(domains);
    if (branch === FREE) return domains;
    const hash = hashOf(domains);
    if (this.#isNogood(hash, domains)) return undefined;
    const { layout } = this;
    const offset = layout.offsets[branch]!;
    // Two rounds over the values: those not in `prefer` first, then the others.
    for (const fresh of [true, false]) {
      if (!prefer && !fresh) break;
      for (let word = 0; word < layout.words[branch]!; word++) {
        const preferred = prefer ? prefer[offset + word]! : 0;
        let bits = domains[offset + word]! & (fresh ? ~preferred : preferred);
        while (bits !== 0) {
          const lowest = bits & -bits;
          bits ^= lowest;
          const child = this.#stateAt(depth + 1);
          child.set(domains);
          if (!assign(layout, child, branch, word * 32 + 31 - Math.clz32(lowest)) || !this.propagate(child, [branch])) continue;
          const solutions = this.solve(child, prefer, depth + 1);
          if (solutions) return solutions;
        }
      }
    }
    this.#addNogood(hash, domains);
    return undefined;
  }

  /** The variable to choose next: the one with the fewest values (more than one) among those of constraints not yet sure to hold. */
  #branchVariable(domains: Domains): number {
    const active = this.#active;
    active.fill(0);
    for (let index = 0; index < this.constraints.length; index++) {
      if (this.#isEntailed(index, domains)) continue;
      for (const variable of this.constraints[index]!.scope) active[variable] = 1;
    }
    let branch = FREE;
    let fewest = Infinity;
    for (let variable = 0; variable < active.length; variable++) {
      if (!active[variable]) continue;
      const count = countOf(this.layout, domains, variable);
      if (count > 1 && count < fewest) {
        fewest = count;
        branch = variable;
      }
    }
    return branch;
  }

  /** Whether constraint `index` holds whatever values are picked from the domains. */
  #isEntailed(index: number, domains: Domains): boolean {
    if (this.#isEntailedBy(index, this.#entailingRow[index]!, domains)) return true;
    for (let row = 0; row < this.constraints[index]!.rows.length; row++) {
      if (!this.#isEntailedBy(index, row, domains)) continue;
      this.#entailingRow[index] = row;
      return true;
    }
    return false;
  }

  /** Whether row `row` of constraint `index` holds whatever values are picked from the domains. */
  #isEntailedBy(index: number, row: number, domains: Domains): boolean {
    const { scope, rows } = this.constraints[index]!;
    return row < rows.length && this.#meet(rows[row]!, scope, domains) === HOLDS;
  }

  /** Whether `solution` (one value per variable) stays a solution with `variable` changed to `value`. */
  #holdsWith(solution: Domains, variable: number, value: number): boolean {
    const { offsets, words } = this.layout;
    const scratch = this.#scratch;
    scratch.set(solution);
    scratch.fill(0, offsets[variable], offsets[variable]! + words[variable]!);
    scratch[offsets[variable]! + (value >>> 5)] = 1 << (value & 31);
    return this.#watchers[variable]!.every((index) => this.#isEntailed(index, scratch));
  }

  #isNogood(hash: number, domains: Domains): boolean {
    return this.#nogoods.get(hash)?.some((dead) => dead.every((word, index) => word === domains[index])) ?? false;
  }

  #addNogood(hash: number, domains: Domains): void {
    if (this.#nogoodCount >= NOGOOD_LIMIT) {
      this.#nogoods.clear();
      this.#nogoodCount = 0;
    }
    // A copy: the state itself is reused by the search.
    const bucket = this.#nogoods.get(hash);
    if (bucket) bucket.push(domains.slice());
    else this.#nogoods.set(hash, [domains.slice()]);
    this.#nogoodCount++;
  }

  /** Solutions with the chosen values (`chosen[v]` is a value index, or FREE) as a box (see `solve`), or undefined. */
  solveWith(chosen: readonly number[]): Domains | undefined {
    const root = this.#rootWith(chosen, FREE);
    return root && this.solve(root);
  }

  /**
   * For every variable, the values that are part of at least one solution together with the
   * chosen values of the other variables: for a free variable, with all chosen values; for a
   * chosen one, with the others' (its alternatives). Exact: each value is either in a box of
   * solutions found (a witness) or proved to be in none by a complete search.
   */
  possible(chosen: readonly number[]): Domains {
    const { layout } = this;
    const result = new Uint32Array(layout.total);
    const free = chosen.flatMap((value, variable) => (value === FREE ? [variable] : []));
    const witnessed = new Uint32Array(layout.total);
    /** One solution of each box found with every chosen value: changing one value of a solution often gives another. */
    const solutions: Domains[] = [];
    const found = (box: Domains | undefined) => {
      if (!box) return false;
      for (let word = 0; word < layout.total; word++) witnessed[word]! |= box[word]!;
      solutions.push(oneOf(layout, box));
      return true;
    };
    const repairs = (variable: number, value: number) => solutions.some((solution) => this.#holdsWith(solution, variable, value));
    const root = this.#rootWith(chosen, FREE);
    // Free variables: each value still in the propagated domains is in a box found for another
    // value, or in a solution changed in that value alone, or gets a search of its own.
    if (root) {
      for (const variable of free) {
        for (const value of valuesOf(layout, root, variable)) {
          if (hasValue(layout, witnessed, variable, value)) continue;
          if (repairs(variable, value) || found(this.#solveAssigned(root, variable, value, witnessed))) witnessed[layout.offsets[variable]! + (value >>> 5)]! |= 1 << (value & 31);
        }
      }
      if (free.length === 0) solutions.push(root);
    }
    for (const variable of free) copyVariable(layout, witnessed, result, variable);
    // Chosen variables: their alternatives, with every other choice kept. A solution with every
    // choice, changed in this one, settles most; the others get a search in their context.
    chosen.forEach((chosenValue, variable) => {
      if (chosenValue === FREE) return;
      let context: Domains | undefined | null = null;
      for (const value of valuesOf(layout, this.initial, variable)) {
        let possible = value === chosenValue ? solutions.length > 0 : repairs(variable, value);
        if (!possible && value !== chosenValue) {
          context ??= this.#rootWith(chosen, variable);
          possible = context !== undefined && hasValue(layout, context, variable, value) && this.#solveAssigned(context, variable, value, witnessed) !== undefined;
        }
        if (possible) result[layout.offsets[variable]! + (value >>> 5)]! |= 1 << (value & 31);
      }
    });
    return result;
  }

  /** The initial domains with every chosen value but `except`'s, propagated; undefined when that fails. */
  #rootWith(chosen: readonly number[], except: number): Domains | undefined {
    const domains = this.initial.slice();
    chosen.forEach((value, variable) => {
      if (value !== FREE && variable !== except) assign(this.layout, domains, variable, value);
    });
    // An emptied domain (a chosen value not in the initial ones) fails here too.
    return this.propagate(domains) ? domains : undefined;
  }

  #solveAssigned(domains: Domains, variable: number, value: number, prefer: Domains): Domains | undefined {
    const child = this.#stateAt(0);
    child.set(domains);
    return assign(this.layout, child, variable, value) && this.propagate(child, [variable]) ? this.solve(child, prefer, 0) : undefined;
  }

  #stateAt(depth: number): Domains {
    return (this.#stack[depth] ??= new Uint32Array(this.layout.total));
  }
}

/** One solution of a box: its lowest value of each variable. */
function oneOf(layout: Layout, box: Domains): Domains {
  const solution = new Uint32Array(layout.total);
  layout.sizes.forEach((_, variable) => {
    const value = valuesOf(layout, box, variable)[0]!;
    solution[layout.offsets[variable]! + (value >>> 5)] = 1 << (value & 31);
  });
  return solution;
}

/** FNV-1a over the words: the nogood cache's key. */
function hashOf(domains: Domains): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < domains.length; index++) hash = Math.imul(hash ^ domains[index]!, 0x01000193);
  return hash >>> 0;
}

function copyVariable(layout: Layout, from: Domains, to: Domains, variable: number): void {
  const offset = layout.offsets[variable]!;
  to.set(from.subarray(offset, offset + layout.words[variable]!), offset);
}
