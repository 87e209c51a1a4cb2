/*
 * <waiting-trend>: callers waiting over the last hour as a small uPlot (MIT, scripts/uplot/) area chart,
 * sized to its box. The server sets `start` (epoch seconds of the first slot), `step` (seconds per slot)
 * and `counts` (one number per slot, null where unknown); the element redraws once per batch of changes.
 * A classic script on purpose: it needs no frontend build (see docs/decisions/2026-11-30-wallboard-trend.md).
 */
(function () {
  if (customElements.get('waiting-trend')) {
    return;
  }

  class WaitingTrend extends HTMLElement {
    constructor() {
      super();
      this._start = 0;
      this._step = 30;
      this._counts = [];
      this._plot = null;
      this._pending = false;
    }

    set start(value) { this._start = value; this._schedule(); }
    get start() { return this._start; }
    set step(value) { this._step = value; this._schedule(); }
    get step() { return this._step; }
    set counts(value) { this._counts = value || []; this._schedule(); }
    get counts() { return this._counts; }

    connectedCallback() {
      this._resizeObserver = new ResizeObserver(() => this._resize());
      this._resizeObserver.observe(this);
      this._schedule();
    }

    disconnectedCallback() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
      }
      if (this._plot) {
        this._plot.destroy();
        this._plot = null;
      }
    }

    _schedule() {
      if (!this._pending) {
        this._pending = true;
        queueMicrotask(() => {
          this._pending = false;
          this._draw();
        });
      }
    }

    _data() {
      const xs = this._counts.map((_, i) => this._start + i * this._step);
      return [xs, this._counts.slice()];
    }

    _size() {
      return { width: Math.max(this.clientWidth, 40), height: Math.max(this.clientHeight, 20) };
    }

    _draw() {
      if (!this.isConnected) {
        return;
      }
      if (!window.uPlot) {
        // the library script is still loading: draw as soon as it is there
        setTimeout(() => this._schedule(), 50);
        return;
      }
      if (this._plot) {
        this._plot.setData(this._data());
        return;
      }
      const stroke = getComputedStyle(this).getPropertyValue('--waiting-trend-colour').trim() || '#1f4e79';
      this._plot = new window.uPlot({
        ...this._size(),
        pxAlign: false,
        cursor: { show: false },
        legend: { show: false },
        select: { show: false },
        scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(4, max || 0)] } },
        axes: [{ show: false }, { show: false }],
        series: [{}, { stroke, width: 2, fill: stroke + '33', spanGaps: false, points: { show: false } }],
      }, this._data(), this);
    }

    _resize() {
      if (this._plot) {
        this._plot.setSize(this._size());
      }
    }
  }

  customElements.define('waiting-trend', WaitingTrend);
})();
