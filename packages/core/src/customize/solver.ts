/**
 * A small finite-domain constraint solver, exact for what a customizer asks: which values can
 * still be part of at least one complete, valid configuration.
 *
 * Domains: the values still possible for variable `v` are the bits of `domains[v]` (value `i`
 * is bit `i`; a variable has at most 32 values), so a search state is copied with one
 * `slice()` and remembered by one `join()`.
 *
 * Constraints: each is a list of rows, and holds when at least one row holds; a row gives each
 * variable of the constraint's scope a mask of the values it allows (`ANY`: every value). Every
 * rule kind compiles to this one shape: `if A then B` is the rows "not A₁", "not A₂", …, "B";
 * an allowed-combinations table or the list of variants is one row per combination.
 *
 * Propagation keeps every domain generalized-arc-consistent: a value stays only while some
 * row of every constraint on its variable can still hold with it. Search assigns the variable
 * with the fewest values left, propagates, and backtracks; states proved to have no solution
 * are remembered (nogoods), so later searches never explore them again.
 */

/** Each variable's possible values, as bits. */
export type Domains = Int32Array;

/** A row: one mask per position of the constraint's scope. */
export type Row = readonly number[];

export interface Constraint {
  readonly scope: readonly number[];
  readonly rows: readonly Row[];
}

/** A mask allowing every value. */
export const ANY = -1;

/** No value chosen for a variable. */
export const FREE = -1;

/** How many remembered dead states before the memory starts over (bounds its size). */
const NOGOOD_LIMIT = 20_000;

/** How a row meets the domains (see `Solver.#meet`). */
const MISSES = 0;
const MEETS = 1;
const HOLDS = 2;

/** The mask of the first `size` values. */
export const allOf = (size: number) => ANY >>> (32 - size);

export const hasValue = (bits: number, value: number) => ((bits >>> value) & 1) === 1;

/** How many values a mask holds. */
export function countOf(bits: number): number {
  let count = 0;
  for (; bits !== 0; count++) bits &= bits - 1;
  return count;
}

/** The values of a mask, in order. */
export function valuesOf(bits: number): number[] {
  const values: number[] = [];
  for (; bits !== 0; bits &= bits - 1) values.push(31 - Math.clz32(bits & -bits));
  return values;
}

export class Solver {
  readonly #constraints: readonly Constraint[];
  /** Domains before anything is chosen. */
  readonly #initial: Domains;
  /** Constraints on each variable. */
  readonly #watchers: number[][];
  /** Per constraint, a row that last held for every value left: checked first, it often still does. */
  readonly #entailingRow: Int32Array;
  readonly #queue: Int32Array;
  readonly #queued: Uint8Array;
  /** The values a revision finds supported, per position of the constraint's scope. */
  readonly #support: Int32Array;
  /** Variables the last `#revise` narrowed: `#narrowed[0…#narrowedCount)`. */
  readonly #narrowed: Int32Array;
  #narrowedCount = 0;
  readonly #allVariables: readonly number[];
  /** One state per depth of the search, reused: a search allocates nothing but what it remembers. */
  readonly #stack: Domains[] = [];
  /** A solution changed in one value, being checked. */
  readonly #scratch: Domains;
  /** States proved to have no solution. */
  readonly #nogoods = new Set<string>();

  constructor(constraints: readonly Constraint[], initial: Domains) {
    this.#constraints = constraints;
    this.#initial = initial;
    this.#allVariables = Array.from(initial, (_, variable) => variable);
    this.#watchers = this.#allVariables.map(() => []);
    constraints.forEach(({ scope }, index) => scope.forEach((variable) => this.#watchers[variable]!.push(index)));
    this.#entailingRow = new Int32Array(constraints.length);
    this.#queue = new Int32Array(constraints.length);
    this.#queued = new Uint8Array(constraints.length);
    this.#support = new Int32Array(Math.max(0, ...constraints.map(({ scope }) => scope.length)));
    this.#narrowed = new Int32Array(initial.length);
    this.#scratch = new Int32Array(initial.length);
  }

  /**
   * Narrows `domains` in place until every constraint is arc-consistent; false when some
   * domain empties. `changed` lists the variables narrowed since the domains were last
   * consistent (all constraints are checked when it is absent).
   */
  #propagate(domains: Domains, changed?: readonly number[]): boolean {
    const queue = this.#queue;
    const queued = this.#queued;
    const size = queue.length;
    let head = 0;
    let length = 0;
    const enqueue = (variable: number, except = -1) => {
      for (const constraint of this.#watchers[variable]!) {
        if (constraint === except || queued[constraint]) continue;
        queued[constraint] = 1;
        queue[(head + length++) % size] = constraint;
      }
    };
    const variables = changed ?? this.#allVariables;
    if (variables.some((variable) => domains[variable] === 0)) return false;
    for (const variable of variables) enqueue(variable);
    // Constraints on no variable (a list of variants that selects nothing) are checked once.
    if (!changed) for (let constraint = 0; constraint < size; constraint++) if (!this.#constraints[constraint]!.scope.length && !this.#revise(constraint, domains)) return false;

    while (length > 0) {
      const constraint = queue[head]!;
      head = (head + 1) % size;
      length--;
      queued[constraint] = 0;
      if (!this.#revise(constraint, domains)) {
        for (let index = 0; index < length; index++) queued[queue[(head + index) % size]!] = 0;
        return false;
      }
      for (let index = 0; index < this.#narrowedCount; index++) enqueue(this.#narrowed[index]!, constraint);
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
    const { scope, rows } = this.#constraints[index]!;
    const support = this.#support.fill(0);
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
      for (let position = 0; position < scope.length; position++) support[position]! |= domains[scope[position]!]! & row[position]!;
    }
    if (!holds) return false;
    scope.forEach((variable, position) => {
      if (support[position] === domains[variable]) return;
      domains[variable] = support[position]!;
      this.#narrowed[this.#narrowedCount++] = variable;
    });
    return true;
  }

  /**
   * How `row` meets the domains: `MISSES` when some mask meets no value of its variable (the row
   * cannot hold), `MEETS` when it can hold, `HOLDS` when it holds whatever values are picked.
   */
  #meet(row: Row, scope: readonly number[], domains: Domains): number {
    let meet = HOLDS;
    for (let position = 0; position < scope.length; position++) {
      const domain = domains[scope[position]!]!;
      if ((domain & row[position]!) === 0) return MISSES;
      if ((domain & ~row[position]!) !== 0) meet = MEETS;
    }
    return meet;
  }

  /**
   * Solutions inside `domains` (already propagated), or undefined when there are none. The
   * result is a box: domains in which every combination of values is a solution (a constraint
   * that some row satisfies whatever is picked needs no choice, so its variables may keep
   * several values). Values not yet in `prefer` are tried first, so each box found covers as
   * many new values as it can. The box may be the solver's own state: read it before the next call.
   */
  #solve(domains: Domains, prefer?: Domains, depth = 0): Domains | undefined {
    const branch = this.#branchVariable(domains);
    if (branch === FREE) return domains;
    const key = domains.join();
    if (this.#nogoods.has(key)) return undefined;
    const preferred = prefer?.[branch] ?? 0;
    for (const value of [...valuesOf(domains[branch]! & ~preferred), ...valuesOf(domains[branch]! & preferred)]) {
      const child = this.#stateAt(depth + 1);
      child.set(domains);
      child[branch] = 1 << value;
      if (!this.#propagate(child, [branch])) continue;
      const solutions = this.#solve(child, prefer, depth + 1);
      if (solutions) return solutions;
    }
    if (this.#nogoods.size >= NOGOOD_LIMIT) this.#nogoods.clear();
    this.#nogoods.add(key);
    return undefined;
  }

  /** The variable to choose next: the one with the fewest values (more than one) among those of constraints not yet sure to hold. */
  #branchVariable(domains: Domains): number {
    let branch = FREE;
    let fewest = Infinity;
    this.#constraints.forEach(({ scope }, index) => {
      if (this.#isEntailed(index, domains)) return;
      for (const variable of scope) {
        const count = countOf(domains[variable]!);
        if (count > 1 && count < fewest) {
          fewest = count;
          branch = variable;
        }
      }
    });
    return branch;
  }

  /** Whether constraint `index` holds whatever values are picked from the domains. */
  #isEntailed(index: number, domains: Domains): boolean {
    const { rows } = this.#constraints[index]!;
    for (let row = -1; row < rows.length; row++) {
      // The row that held last time first.
      const candidate = row < 0 ? this.#entailingRow[index]! : row;
      if (!this.#isEntailedBy(index, candidate, domains)) continue;
      this.#entailingRow[index] = candidate;
      return true;
    }
    return false;
  }

  /** Whether row `row` of constraint `index` holds whatever values are picked from the domains. */
  #isEntailedBy(index: number, row: number, domains: Domains): boolean {
    const { scope, rows } = this.#constraints[index]!;
    return row < rows.length && this.#meet(rows[row]!, scope, domains) === HOLDS;
  }

  /** Solutions with the chosen values (`chosen[v]` is a value index, or FREE) as a box (see `solve`), or undefined. */
  solveWith(chosen: readonly number[]): Domains | undefined {
    const root = this.#rootWith(chosen, FREE);
    return root && this.#solve(root);
  }

  /**
   * For every variable, the values that are part of at least one solution together with the
   * chosen values of the other variables: for a free variable, with all chosen values; for a
   * chosen one, with the others' (its alternatives). Exact: each value is either in a box of
   * solutions found (a witness) or proved to be in none by a complete search.
   */
  possible(chosen: readonly number[]): Domains {
    const result = new Int32Array(chosen.length);
    const witnessed = new Int32Array(chosen.length);
    /** One solution of each box found with every chosen value: changing one value of a solution often gives another. */
    const solutions: Domains[] = [];
    const repairs = (variable: number, value: number) =>
      solutions.some((solution) => {
        const changed = this.#scratch;
        changed.set(solution);
        changed[variable] = 1 << value;
        return this.#watchers[variable]!.every((index) => this.#isEntailed(index, changed));
      });
    const root = this.#rootWith(chosen, FREE);
    // Free variables: each value still in the propagated domains is in a box found for another
    // value, or in a solution changed in that value alone, or gets a search of its own.
    if (root) {
      chosen.forEach((chosenValue, variable) => {
        if (chosenValue !== FREE) return;
        for (const value of valuesOf(root[variable]! & ~witnessed[variable]!)) {
          if (hasValue(witnessed[variable]!, value) || repairs(variable, value)) {
            witnessed[variable]! |= 1 << value;
            continue;
          }
          const box = this.#solveAssigned(root, variable, value, witnessed);
          if (!box) continue;
          box.forEach((bits, index) => (witnessed[index]! |= bits));
          solutions.push(box.map((bits) => bits & -bits));
        }
        result[variable] = witnessed[variable]!;
      });
      if (!chosen.includes(FREE)) solutions.push(root);
    }
    // Chosen variables: their alternatives, with every other choice kept. A solution with every
    // choice, changed in this one, settles most; the others get a search in their context.
    chosen.forEach((chosenValue, variable) => {
      if (chosenValue === FREE) return;
      let context: Domains | undefined | false = false;
      for (const value of valuesOf(this.#initial[variable]!)) {
        let possible = value === chosenValue ? solutions.length > 0 : repairs(variable, value);
        if (!possible && value !== chosenValue) {
          if (context === false) context = this.#rootWith(chosen, variable);
          possible = !!context && this.#solveAssigned(context, variable, value, witnessed) !== undefined;
        }
        if (possible) result[variable]! |= 1 << value;
      }
    });
    return result;
  }

  /** The initial domains with every chosen value but `except`'s, propagated; undefined when that fails. */
  #rootWith(chosen: readonly number[], except: number): Domains | undefined {
    const domains = this.#initial.slice();
    chosen.forEach((value, variable) => {
      if (value !== FREE && variable !== except) domains[variable]! &= 1 << value;
    });
    // An emptied domain (a chosen value not in the initial ones) fails here too.
    return this.#propagate(domains) ? domains : undefined;
  }

  #solveAssigned(domains: Domains, variable: number, value: number, prefer: Domains): Domains | undefined {
    const child = this.#stateAt(0);
    child.set(domains);
    child[variable]! &= 1 << value;
    return this.#propagate(child, [variable]) ? this.#solve(child, prefer, 0) : undefined;
  }

  #stateAt(depth: number): Domains {
    return (this.#stack[depth] ??= new Int32Array(this.#initial.length));
  }
}
