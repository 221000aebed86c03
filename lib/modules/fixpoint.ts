/**
 * Lazy values with Nix's thunk semantics: computed once, on first use, and a
 * value that needs itself is reported as infinite recursion naming the chain
 * of what was being evaluated — never as a stack overflow.
 *
 * Deep but finite chains (option 10 000 reading 9 999 reading …) would
 * exhaust JavaScript's stack, so past `maxDepth` nested evaluations the
 * innermost one is suspended (a `Suspend` signal unwinds to the outermost
 * evaluation), evaluated on its own first, and the suspended ones retried.
 */
import { InfiniteRecursionError } from "../errors.js";

const enum State {
  Fresh,
  Evaluating,
  Done,
}

const maxDepth = 150;

/** Unwinds the stack so that `cell` can be evaluated from the top. Never seen by users. */
class Suspend {
  constructor(readonly cell: Cell<unknown>) {}
}

/** Errors that must pass through code that catches errors (they are control flow). */
export function isControlSignal(e: unknown): boolean {
  return e instanceof Suspend;
}

// the cells being evaluated: the innermost, and how many; each links to the one below it (see `evaluate`)
let innermost: Cell<unknown> | null = null;
let depth = 0;

/**
 * A thunk: `run` computed once by `force`. Abstract so that what a cell
 * computes can be a subclass's method (an option's state is its own cell)
 * rather than a closure kept in a field.
 */
export abstract class Cell<T> {
  // set in the constructor rather than by field initialisers: a cell is made per option and
  // per submodule value, and V8 runs initialisers as a separate function call
  declare private state: State;
  declare private value: T | undefined;

  constructor() {
    this.state = State.Fresh;
    this.value = undefined;
  }

  /** What the cell computes, as named in a recursion chain (e.g. an option path); "" for none. Read only for errors. */
  abstract get label(): string;

  /** What the cell computes. */
  protected abstract run(): T;

  get done(): boolean {
    return this.state === State.Done;
  }

  /** Whether the cell is being computed, so that forcing it now is a cycle. */
  get evaluating(): boolean {
    return this.state === State.Evaluating;
  }

  force(): T {
    if (this.state === State.Done) return this.value as T;
    if (this.state === State.Evaluating) throw this.recursionError();
    if (depth === 0) return this.forceFromTop();
    if (depth >= maxDepth) throw new Suspend(this as Cell<unknown>);
    return this.evaluate();
  }

  private evaluate(): T {
    const below = innermost;
    this.state = State.Evaluating;
    // while the cell is evaluated, its value field links to the cell below it (no stack array
    // to push to: this runs for every option, mostly before V8 optimises it)
    this.value = below as T | undefined;
    innermost = this as Cell<unknown>;
    depth++;
    try {
      const v = this.run();
      this.value = v;
      this.state = State.Done;
      return v;
    } catch (e) {
      this.value = undefined;
      this.state = State.Fresh;
      throw e;
    } finally {
      innermost = below;
      depth--;
    }
  }

  /** The outermost evaluation: when one below it is suspended, runs suspended cells first, innermost first. */
  private forceFromTop(): T {
    try {
      return this.evaluate();
    } catch (e) {
      if (!(e instanceof Suspend)) throw topLevelError(e, [this as Cell<unknown>]);
      return this.resume([this as Cell<unknown>, e.cell]);
    }
  }

  private resume(work: Cell<unknown>[]): T {
    while (work.length > 0) {
      const cell = work[work.length - 1];
      try {
        if (!cell.done) cell.evaluate();
        work.pop();
      } catch (e) {
        if (!(e instanceof Suspend)) throw topLevelError(e, work);
        const i = work.indexOf(e.cell);
        if (i >= 0) {
          // a suspended cell needed again below itself: a cycle longer than maxDepth
          throw new InfiniteRecursionError([...work.slice(i), e.cell].map((c) => c.label).filter((l) => l !== ""));
        }
        work.push(e.cell);
      }
    }
    return this.value as T;
  }

  /** The chain from this cell's evaluation to its being needed again, outermost first. */
  private recursionError(): InfiniteRecursionError {
    const chain: Cell<unknown>[] = [this as Cell<unknown>];
    for (let c = innermost; c !== null && c !== this; c = c.value as Cell<unknown> | null) chain.push(c);
    chain.push(this as Cell<unknown>);
    chain.reverse();
    return new InfiniteRecursionError(chain.map((c) => c.label).filter((l) => l !== ""));
  }
}

/** An error out of the outermost evaluation; a stack overflow (a cycle in code the cells call) is reported as recursion. */
function topLevelError(e: unknown, work: readonly Cell<unknown>[]): unknown {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new InfiniteRecursionError(work.map((c) => c.label).filter((l) => l !== ""));
  }
  return e;
}

/** A cell computing a function (dropped once computed, with what it holds). */
class LazyCell<T> extends Cell<T> {
  constructor(
    private readonly labelOf: string | (() => string),
    private compute: (() => T) | undefined,
  ) {
    super();
  }

  get label(): string {
    return typeof this.labelOf === "string" ? this.labelOf : this.labelOf();
  }

  protected run(): T {
    const v = this.compute!();
    this.compute = undefined;
    return v;
  }
}

/** A lazy value: `lazy(label, f)()` computes `f` once. */
export function lazy<T>(label: string, compute: () => T): () => T {
  const cell = new LazyCell(label, compute);
  return () => cell.force();
}
