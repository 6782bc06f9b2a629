import type { DomBatch } from './define-detector';
import { OVERLAY_TAG, walk } from './dom';

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
/** Added roots handed over at a time (an order row costs the detectors about 0.1 ms). */
const CHUNK = 10;
/** Custom elements usually upgrade within a frame or two of being added. */
const LATE_HOST_DELAY_MS = 120;

interface WalkHooks {
  onShadowRoot(shadow: ShadowRoot): void;
  onLateHost(host: Element): void;
}

export class DomWatch {
  private readonly observer: MutationObserver;
  private readonly observedRoots = new WeakSet<Node>();
  private added = new Set<Node>();
  /** Added roots taken from `added` whose chunk has not run yet. */
  private queued: Node[] = [];
  /** Index of the first root in `queued` not handed over yet. */
  private next = 0;
  private changed = new Set<Element>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Custom elements seen before they were upgraded: their shadow root may come later. */
  private lateHosts = new Set<Element>();
  private lateHostTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onBatch: (batch: DomBatch) => void,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
      clearTimeout(this.lateHostTimer);
    }, { once: true });
  }

  /** Starts with one batch covering the whole document, then watches for changes. */
  start(root: Document): void {
    this.observe(root);
    this.onBatch(makeBatch(true, [root.documentElement ?? root], [], false, this.walkHooks));
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if ((record.target as Element).localName === OVERLAY_TAG) continue;
      if (record.type === 'childList') {
        record.addedNodes.forEach((node) => (node as Element).localName !== OVERLAY_TAG && this.added.add(node));
        if (record.removedNodes.length) this.removed = true;
      } else if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.changed.add(parent);
      } else if (record.target instanceof Element) {
        this.changed.add(record.target);
      }
    }
    this.timer ??= setTimeout(() => this.run(SLICE_MS), BATCH_DELAY_MS);
  }

  /** Runs everything pending now, in one go (tests and the session's end use this). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.run(Infinity);
  }

  /**
   * Hands what changed to the detectors in chunks, yielding to the page between them once a
   * slice has taken SLICE_MS: a page adding hundreds of rows at a time gets its main thread back
   * within a few milliseconds instead of one long task. Nothing is dropped: what is not done yet
   * stays queued, merged with what the page adds meanwhile (duplicates and subtrees of other
   * queued roots coalesce, detached nodes are skipped).
   */
  private run(sliceMs: number): void {
    this.timer = undefined;
    if (this.signal.aborted) return;
    const started = performance.now();
    for (;;) {
      // Coalesced when something was added, not per chunk: a long queue is filtered once.
      if (this.added.size) {
        this.queued = topmost([...this.queued.slice(this.next), ...this.added]);
        this.next = 0;
        this.added = new Set();
      }
      const changed = [...this.changed].filter((element) => element.isConnected);
      const removed = this.removed;
      this.changed = new Set();
      this.removed = false;
      const chunk: Node[] = [];
      while (this.next < this.queued.length && chunk.length < CHUNK) {
        const node = this.queued[this.next]!;
        this.next += 1;
        if (node.isConnected) chunk.push(node);
      }
      if (this.next >= this.queued.length) {
        this.queued = [];
        this.next = 0;
      }
      if (!chunk.length && !changed.length && !removed) return;
      this.onBatch(makeBatch(false, chunk, changed, removed, this.walkHooks));
      if (this.signal.aborted) return;
      if (!this.queued.length && !this.added.size) return;
      if (performance.now() - started >= sliceMs) {
        this.timer ??= setTimeout(() => this.run(SLICE_MS), 0);
        return;
      }
    }
  }

  private readonly walkHooks: WalkHooks = {
    onShadowRoot: (shadow) => this.observe(shadow),
    onLateHost: (host) => {
      this.lateHosts.add(host);
      this.lateHostTimer ??= setTimeout(() => this.recheckLateHosts(), LATE_HOST_DELAY_MS);
    },
  };

  /** A custom element that got its shadow root since it was added is walked again. */
  private recheckLateHosts(): void {
    this.lateHostTimer = undefined;
    const hosts = this.lateHosts;
    this.lateHosts = new Set();
    for (const host of hosts) if (host.isConnected && host.shadowRoot) this.added.add(host);
    if (this.added.size) this.timer ??= setTimeout(() => this.run(SLICE_MS), BATCH_DELAY_MS);
  }
}

/** Drops duplicates, detached nodes and nodes inside another one: each subtree is walked once. */
function topmost(nodes: Node[]): Node[] {
  const set = new Set(nodes.filter((node) => node.isConnected));
  if (set.size < 2) return [...set];
  return [...set].filter((node) => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (set.has(parent)) return false;
    return true;
  });
}

function makeBatch(initial: boolean, added: Node[], changed: Element[], removed: boolean, hooks: WalkHooks): DomBatch {
  let texts: Text[] | undefined;
  let elements: Element[] | undefined;
  const collect = () => {
    texts = [];
    elements = [];
    const onElement = (element: Element) => {
      elements!.push(element);
      if (!element.shadowRoot && element.localName.includes('-')) hooks.onLateHost(element);
    };
    for (const root of added) walk(root, (text) => texts!.push(text), onElement, hooks.onShadowRoot);
  };
  return {
    initial,
    added,
    changed,
    removed,
    texts() {
      if (!texts) collect();
      return texts!;
    },
    elements() {
      if (!elements) collect();
      return elements!;
    },
  };
}
