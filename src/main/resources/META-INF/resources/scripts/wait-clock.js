/*
 * <wait-clock>: a wait the browser counts on by itself, so the server need not push every second.
 * Attributes (set by WaitClock.java): `since` (epoch ms: count up from it) or `until` (epoch ms: count down to
 * it, never below 0:00, as `prefix` + time, or `limit-text` while at least `limit` seconds are left), or
 * `time-zone` (show the time of day there, 13:05:09).
 * `window.waitClockAnchor` (set once per page by the server) holds the server clock's epoch ms `now`, its
 * `rate` (server clock seconds per real second) and `at`, the page's performance.now() when it arrived.
 * The server's own text stays until the anchor is there; only the element's text node is changed, never replaced.
 * A classic script on purpose: it needs no frontend build (see docs/decisions/2026-11-30-wallboard-trend-and-push.md).
 */
(function () {
  if (customElements.get('wait-clock')) {
    return;
  }

  const running = new Set();
  let timer = null;

  function format(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const two = (n) => String(n).padStart(2, '0');
    if (s >= 3600) {
      return Math.floor(s / 3600) + ':' + two(Math.floor((s % 3600) / 60)) + ':' + two(s % 60);
    }
    return Math.floor(s / 60) + ':' + two(s % 60);
  }

  class WaitClock extends HTMLElement {
    connectedCallback() {
      running.add(this);
      if (timer === null) {
        timer = setInterval(() => running.forEach((clock) => clock.render()), 250);
      }
    }

    disconnectedCallback() {
      running.delete(this);
      if (running.size === 0 && timer !== null) {
        clearInterval(timer);
        timer = null;
      }
    }

    /** The server clock's now, carried on from the anchor it sent. */
    static serverNow() {
      const anchor = window.waitClockAnchor;
      return anchor.now + (performance.now() - anchor.at) * anchor.rate;
    }

    /**
     * The server clock's whole second. Waits count from it, so every clock on the page changes on the same
     * tick, once a second (one layout), rather than each on its own quarter (up to four); a wait shown is at
     * most a second behind.
     */
    static serverSecond() {
      return Math.floor(WaitClock.serverNow() / 1000) * 1000;
    }

    render() {
      if (!window.waitClockAnchor) {
        return;
      }
      let text;
      if (this.hasAttribute('since')) {
        text = format((WaitClock.serverSecond() - Number(this.getAttribute('since'))) / 1000);
      } else if (this.hasAttribute('time-zone')) {
        if (!this._timeOfDay) {
          this._timeOfDay = new Intl.DateTimeFormat('en-GB', {timeZone: this.getAttribute('time-zone'),
            hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'});
        }
        text = this._timeOfDay.format(new Date(WaitClock.serverNow()));
      } else if (this.hasAttribute('until')) {
        const left = Math.max(0, Math.floor((Number(this.getAttribute('until')) - WaitClock.serverSecond()) / 1000));
        const limit = Number(this.getAttribute('limit') || Infinity);
        text = left >= limit ? this.getAttribute('limit-text') : (this.getAttribute('prefix') || '') + format(left);
      } else {
        return;
      }
      const node = this.firstChild;
      if (node && node.nodeType === Node.TEXT_NODE && node.data !== text) {
        node.data = text;
      }
    }
  }

  customElements.define('wait-clock', WaitClock);
})();
