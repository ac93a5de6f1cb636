// Injected into both pages (app and baseline) with page.addInitScript before any page
// script runs, so its capture listeners on window are the first to see each event.
// A keystroke sample starts at keydown or beforeinput, whichever comes first, and ends in
// a MessageChannel task posted from the first requestAnimationFrame callback after it:
// i.e. after that frame's script, style, layout and paint work.
(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const bench = {
    samples: [],
    pending: null,
    clickAt: null,
    editableAt: null,
    lastInput: null,
    // Set by the benchmark's --trace run: user-timing marks let the trace be cut per keystroke.
    marks: false,
    reset() {
      this.samples = [];
      this.pending = null;
    },
    bodies() {
      return Array.from(document.querySelectorAll('[role="textbox"][aria-label^="Body ("]'));
    },
    editableCount() {
      return this.bodies().filter((el) => el.isContentEditable).length;
    },
    waiters: [],
    // Event-driven (no polling timers in the page while a keystroke is being measured).
    waitSamples(n, timeoutMs) {
      if (bench.samples.length >= n) return Promise.resolve(bench.samples.length);
      return new Promise((resolve, reject) => {
        const waiter = { n, resolve, timer: 0 };
        waiter.timer = setTimeout(() => {
          bench.waiters = bench.waiters.filter((w) => w !== waiter);
          reject(new Error('timed out waiting for keystroke sample ' + n));
        }, timeoutMs || 10000);
        bench.waiters.push(waiter);
      });
    },
  };
  window.__bench = bench;

  // A text key arrives as keydown, then keypress/beforeinput/input, which Chromium may
  // process as separate tasks: the sample ends at the first frame after the text went in.
  const expectsText = (event) => event.type === 'keydown' && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  const start = (kind, event) => {
    if (bench.pending) return;
    const label = document.activeElement && document.activeElement.getAttribute('aria-label');
    const sample = { start: now(), kind, key: event.key || event.inputType || '', target: label, raf: 0, end: 0, waitingForText: expectsText(event), frames: 0 };
    bench.pending = sample;
    if (bench.marks) performance.mark('bench:key');
    const onFrame = (ts) => {
      sample.frames++;
      if (sample.waitingForText && sample.frames < 10) {
        requestAnimationFrame(onFrame);
        return;
      }
      sample.raf = now();
      sample.rafTs = ts;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.end = now();
        if (bench.marks) performance.mark('bench:end');
        bench.samples.push(sample);
        if (bench.pending === sample) bench.pending = null;
        const ready = bench.waiters.filter((w) => bench.samples.length >= w.n);
        bench.waiters = bench.waiters.filter((w) => bench.samples.length < w.n);
        ready.forEach((w) => {
          clearTimeout(w.timer);
          w.resolve(bench.samples.length);
        });
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(onFrame);
  };
  const textArrived = () => {
    if (bench.pending) bench.pending.waitingForText = false;
  };
  window.addEventListener('keydown', (e) => start('keydown', e), true);
  window.addEventListener('keypress', textArrived, true);
  window.addEventListener('beforeinput', (e) => {
    textArrived();
    start('beforeinput', e);
  }, true);
  window.addEventListener('input', (e) => {
    bench.lastInput = { at: now(), label: e.target && e.target.getAttribute ? e.target.getAttribute('aria-label') : null };
  }, true);
  window.addEventListener('click', () => {
    bench.clickAt = now();
    bench.editableAt = null;
    const poll = () => {
      if (bench.editableCount() === 3) bench.editableAt = now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, true);
})();
