import type { DomBatch } from './define-detector';
import { namedAsLoading, OVERLAY_TAG, SKIPPED_TAGS } from './dom';

/**
 * One MutationObserver for the document and every open shadow root found in it. Its callback
 * only collects what changed; the work happens in a batch shortly after, proportional to the
 * change — never a rescan of the whole document.
 */

/** Attributes that can turn an element into (or out of) a visible error, spinner or row. */
const WATCHED_ATTRIBUTES = ['role', 'aria-live', 'aria-busy', 'aria-hidden', 'hidden', 'class', 'style', 'open', 'variant', 'type', 'status'];

/** Short enough that a toast shown for two seconds is read; long enough to batch a render. */
const BATCH_DELAY_MS = 25;
/** Main-thread time the detectors may take before the page gets a turn (long tasks are 50 ms). */
const SLICE_MS = 4;
/**
 * Added roots handed over at a time: a row walked costs the detectors about 0.1 ms, a row of a
 * list read from its text a few microseconds.
 */
const CHUNK = 40;
/** Custom elements usually upgrade within a frame or two of being added. */
const LATE_HOST_DELAY_MS = 120;

interface WalkHooks {
  onShadowRoot(shadow: ShadowRoot): void;
  onLateHost(host: Element): void;
}

export interface DomWatch {
  /** Starts with one batch covering the whole document, then watches for changes. */
  start(root: Document): void;
  /** Runs everything pending now, in one go (tests and the session's end use this). */
  flush(): void;
}

export function watchDom(onBatch: (batch: DomBatch) => void, signal: AbortSignal): DomWatch {
  const observedRoots = new WeakSet<Node>();
  const shapes = listShapes();
  /**
   * Lists past LIST_CAP rows — a log or an endless scroll rather than a page of orders a seller
   * works through — and when their last child was looked at. What is added to them is only
   * counted, not read (the first rows stay read): about once a second the list's last child is
   * looked at (a "could not load more" notice is added at the end), and a list back to a page's
   * size is read again whole.
   */
  const crowded = new Map<Node, number>();
  let added = new Set<Node>();
  /** Added roots taken from `added` whose chunk has not run yet, from index `next` on. */
  let queued: Node[] = [];
  let next = 0;
  let changed = new Set<Element>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Custom elements seen before they were upgraded: their shadow root may come later. */
  let lateHosts = new Set<Element>();
  let lateHostTimer: ReturnType<typeof setTimeout> | undefined;
  let lookTimer: ReturnType<typeof setTimeout> | undefined;
  const later = (ms: number) => (timer ??= setTimeout(() => run(SLICE_MS), ms));

  const observe = (root: Document | ShadowRoot): void => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  };

  const hooks: WalkHooks = {
    onShadowRoot: observe,
    onLateHost(host) {
      lateHosts.add(host);
      // A custom element that got its shadow root since it was added is walked again.
      lateHostTimer ??= setTimeout(() => {
        lateHostTimer = undefined;
        const hosts = lateHosts;
        lateHosts = new Set();
        for (const host of hosts) if (host.isConnected && host.shadowRoot) added.add(host);
        if (added.size) later(BATCH_DELAY_MS);
      }, LATE_HOST_DELAY_MS);
    },
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const { target, type } = record;
      if ((target as Element).localName === OVERLAY_TAG) continue;
      if (type === 'childList') {
        const { addedNodes } = record;
        const removedCount = record.removedNodes.length;
        const rows = shapes.rows(target, addedNodes.length, removedCount);
        if (crowded.has(target)) {
          if (rows > LIST_CAP / 2) continue;
          // Back to a page's size (paged, filtered, emptied): what it shows is read again. (Half
          // the cap: a list going up and down around it is not read whole each time.)
          crowded.delete(target);
          for (const child of (target as Element).children) added.add(child);
        } else if (rows > LIST_CAP) crowded.set(target, performance.now());
        addedNodes.forEach((node) => (node as Element).localName !== OVERLAY_TAG && added.add(node));
        if (removedCount) removed = true;
      } else if (type === 'characterData') {
        const parent = target.parentElement;
        if (parent) changed.add(parent);
      } else if (target instanceof Element) {
        changed.add(target);
      }
    }
    // Only counted rows of crowded lists: nothing to do before their next look (lookTimer).
    if (added.size || changed.size || removed) later(BATCH_DELAY_MS);
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(lateHostTimer);
    clearTimeout(lookTimer);
  }, { once: true });

  /**
   * Hands what changed to the detectors in chunks, yielding to the page between them once a
   * slice has taken SLICE_MS: a page adding hundreds of rows at a time gets its main thread back
   * within a few milliseconds instead of one long task. Nothing is dropped: what is not done yet
   * stays queued, merged with what the page adds meanwhile (duplicates and subtrees of other
   * queued roots coalesce, detached nodes are skipped).
   */
  const run = (sliceMs: number): void => {
    timer = undefined;
    if (signal.aborted) return;
    const started = performance.now();
    let nextLook = started + LOOK_AGAIN_MS;
    for (const [list, lookedAt] of crowded) {
      // A list taken off the page (a new page of the app) is forgotten.
      if (!list.isConnected) {
        crowded.delete(list);
        continue;
      }
      if (started - lookedAt < LOOK_AGAIN_MS) {
        nextLook = Math.min(nextLook, lookedAt + LOOK_AGAIN_MS);
        continue;
      }
      crowded.set(list, started);
      const last = (list as Element).lastElementChild;
      if (last && !shapes.looksLikeRow(list, last)) added.add(last);
    }
    if (crowded.size) lookTimer ??= setTimeout(() => {
      lookTimer = undefined;
      later(0);
    }, nextLook - started);
    for (;;) {
      // Coalesced when something was added, not per chunk: a long queue is filtered once.
      if (added.size) {
        queued = topmost([...queued.slice(next), ...added]);
        next = 0;
        added = new Set();
      }
      const changedNow = [...changed].filter((element) => element.isConnected);
      const removedNow = removed;
      changed = new Set();
      removed = false;
      const chunk: Node[] = [];
      while (next < queued.length && chunk.length < CHUNK) {
        const node = queued[next++]!;
        if (node.isConnected) chunk.push(node);
      }
      if (next >= queued.length) {
        queued = [];
        next = 0;
      }
      if (!chunk.length && !changedNow.length && !removedNow) return;
      onBatch(domBatch(chunk, { changed: changedNow, removed: removedNow, shapes, hooks }));
      if (signal.aborted || (!queued.length && !added.size)) return;
      if (performance.now() - started >= sliceMs) {
        later(0);
        return;
      }
    }
  };

  return {
    start(root) {
      observe(root);
      onBatch(domBatch([root.documentElement ?? root], { initial: true, shapes, hooks }));
    },
    flush() {
      clearTimeout(timer);
      run(Infinity);
    },
  };
}

/**
 * Drops duplicates, detached nodes and nodes inside another one: each subtree is walked once.
 * Rows appended to one list share their ancestors: each ancestor is looked up once per call.
 */
function topmost(nodes: Node[]): Node[] {
  const set = new Set(nodes.filter((node) => node.isConnected));
  if (set.size < 2) return [...set];
  const outside = new Set<Node>();
  return [...set].filter((node) => {
    const climbed: Node[] = [];
    for (let parent = node.parentNode; parent && !outside.has(parent); parent = parent.parentNode) {
      if (set.has(parent)) return false;
      climbed.push(parent);
    }
    for (const parent of climbed) outside.add(parent);
    return true;
  });
}

/**
 * Lists met while walking: an element with this many children has them looked at one by one
 * against the shapes of their siblings (a table body, a list, a grid), instead of walked as one
 * subtree. (Counted once per element walked: the walk stays linear.)
 */
const MANY_CHILDREN = 8;
/** Siblings of one shape walked and found plain before the next ones of that shape are trusted. */
const TRUSTED_AFTER = 3;
/** Rows in one list past which its rows are not read any more: a page of orders holds 250 at most on these back-offices (see watchDom). */
const LIST_CAP = 500;
/** How often the last child of a crowded list is looked at. */
const LOOK_AGAIN_MS = 1_000;
/** One trusted sibling in this many is walked anyway: a list whose rows start to differ is noticed. */
const RECHECK_EVERY = 16;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A plain element is one a detector only needs the text of: not a custom element (which may have
 * a shadow root, or be an alert component), and not a loading indicator.
 */
function isPlain(element: Element): boolean {
  const name = element.localName;
  return !(name.includes('-') || element.shadowRoot || name === 'progress' || element.hasAttribute('aria-busy') || element.getAttribute('role') === 'progressbar' || namedAsLoading(element));
}

/**
 * What the rows of a list are built like. A page adding rows by the hundred adds the same row
 * again and again: once a few siblings of one shape (tag, class, number of children) were walked
 * and held nothing but plain elements and text, the next ones of that shape are handed to the
 * detectors unwalked, as `plain` elements whose text is read in one call. Walking every node of
 * every row is what made a growing list expensive (a wrapper per node in the content script's
 * world); reading its text costs one call.
 */
interface List {
  shapes: Map<string, { plain: number; trusted: number }>;
  rows: number;
  /** Tag and class of the rows last found plain and trusted: what a crowded list's rows look like. */
  rowTag?: string;
  rowClass?: string | null;
}

export interface ListShapes {
  /** Whether the next child of that shape can be left unwalked (one in RECHECK_EVERY is walked anyway). */
  trusts(parent: Node, shape: string): boolean;
  learn(parent: Node, child: Element, shape: string, plain: boolean): void;
  /**
   * Called for every change to a parent's children: how many rows the list holds now, 0 for a
   * parent that is not a list with a trusted shape to tell its rows by.
   */
  rows(parent: Node, added: number, removed: number): number;
  /** Tag and class of the list's trusted rows. */
  looksLikeRow(parent: Node, element: Element): boolean;
}

const shapeOf = (element: Element): string => `${element.localName}.${element.getAttribute('class') ?? ''}/${element.childElementCount}`;

/** `trusting` false: no shape is ever trusted, every child is walked. */
export function listShapes(trusting = true): ListShapes {
  const byParent = new WeakMap<Node, List>();
  return {
    trusts(parent, shape) {
      const known = trusting && byParent.get(parent)?.shapes.get(shape);
      return !!known && known.plain >= TRUSTED_AFTER && ++known.trusted % RECHECK_EVERY !== 0;
    },
    learn(parent, child, shape, plain) {
      if (!trusting) return;
      let list = byParent.get(parent);
      // Counted once per list; later, only what is added and removed (see rows).
      if (!list) byParent.set(parent, (list = { shapes: new Map(), rows: (parent as Element).childElementCount ?? 0 }));
      let known = list.shapes.get(shape);
      if (!known) list.shapes.set(shape, (known = { plain: 0, trusted: 0 }));
      known.plain = plain ? known.plain + 1 : 0;
      if (known.plain === TRUSTED_AFTER) {
        list.rowTag = child.localName;
        list.rowClass = child.getAttribute('class');
      }
    },
    rows(parent, added, removed) {
      const list = trusting ? byParent.get(parent) : undefined;
      if (!list) return 0;
      list.rows += added - removed;
      return list.rowTag ? list.rows : 0;
    },
    looksLikeRow(parent, element) {
      const list = byParent.get(parent);
      return !!list && element.localName === list.rowTag && element.getAttribute('class') === list.rowClass;
    },
  };
}

interface Walked {
  texts: Text[];
  elements: Element[];
  plain: Element[];
}

/**
 * Walks an added subtree, open shadow roots included, into `out`; children of a list go through
 * the list's shapes. Returns whether the subtree was plain.
 */
function walkAdded(root: Node, out: Walked, shapes: ListShapes, hooks: WalkHooks): boolean {
  let plain = true;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      out.texts.push(node as Text);
      continue;
    }
    if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (SKIPPED_TAGS.has(element.tagName)) continue;
      out.elements.push(element);
      if (!isPlain(element)) {
        plain = false;
        if (element.shadowRoot) {
          hooks.onShadowRoot(element.shadowRoot);
          stack.push(element.shadowRoot);
        } else if (element.localName.includes('-')) hooks.onLateHost(element);
      }
      if (element.childElementCount >= MANY_CHILDREN) {
        for (let child = element.firstChild; child; child = child.nextSibling) {
          if (child.nodeType !== ELEMENT_NODE) {
            if (child.nodeType === TEXT_NODE) out.texts.push(child as Text);
            continue;
          }
          if (!walkChild(child as Element, element, out, shapes, hooks)) plain = false;
        }
        continue;
      }
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return plain;
}

/** A child of a list: trusted by its shape and left unwalked, or walked and its shape learned. */
function walkChild(child: Element, list: Node, out: Walked, shapes: ListShapes, hooks: WalkHooks): boolean {
  const shape = shapeOf(child);
  if (shapes.trusts(list, shape)) {
    out.plain.push(child);
    return true;
  }
  const plain = walkAdded(child, out, shapes, hooks);
  shapes.learn(list, child, shape, plain);
  return plain;
}

export interface BatchOptions {
  initial?: boolean;
  changed?: Element[];
  removed?: boolean;
  /** The lists' shapes learned so far; null walks every node (tests compare both ways). */
  shapes?: ListShapes | null;
  hooks?: WalkHooks;
}

const NO_HOOKS: WalkHooks = { onShadowRoot: () => undefined, onLateHost: () => undefined };
/** Trusts and learns nothing: every node is walked. */
const WALK_ALL = listShapes(false);

/** What the detectors get for added roots; the walk happens once, when a detector first asks. */
export function domBatch(added: Node[], { initial = false, changed = [], removed = false, shapes = listShapes(), hooks = NO_HOOKS }: BatchOptions = {}): DomBatch {
  const lists = shapes ?? WALK_ALL;
  let walked: Walked | undefined;
  const textOf = new Map<Element, string>();
  const walk = (): Walked => {
    if (walked) return walked;
    walked = { texts: [], elements: [], plain: [] };
    for (const root of added) {
      const parent = root.parentNode;
      // An added element is looked at like its siblings of the same shape: a row added to a list
      // is trusted once three before it proved plain. (Not by the parent's childElementCount,
      // which Blink counts child by child: a list of 20,000 rows would pay that per added row.)
      if (root.nodeType === ELEMENT_NODE && parent) walkChild(root as Element, parent, walked, lists, hooks);
      else walkAdded(root, walked, lists, hooks);
    }
    return walked;
  };
  return {
    initial,
    added,
    changed,
    removed,
    texts: () => walk().texts,
    elements: () => walk().elements,
    plain: () => walk().plain,
    textOf(element) {
      let text = textOf.get(element);
      if (text === undefined) textOf.set(element, (text = element.textContent ?? ''));
      return text;
    },
    textsIn(element) {
      const out: Walked = { texts: [], elements: [], plain: [] };
      walkAdded(element, out, WALK_ALL, NO_HOOKS);
      return out.texts;
    },
  };
}
