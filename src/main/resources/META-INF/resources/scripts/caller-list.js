/*
 * <caller-list>: a queue card's callers, drawn from one attribute the server sends whole (CallerList.java).
 * Attributes: `callers`, a JSON array of rows, each an array [uniqueId, position, number (masked, with `*`
 * for the attribute `mask-middle`), since, until (seconds from the attribute `epoch`, an epoch second; until may
 * be null), priority, urgency, raisable (1 or 0)] (CallerList.sent); and `estimate-prefix`, `estimate-limit`
 * and `estimate-limit-text` for the estimate's <wait-clock>. The card's title names the service, so rows do not.
 * Each row is a div.caller-row kept for its place in the list (hidden while the place is empty: queues empty
 * and fill all day, and making rows again would cost more than keeping them); only the parts of a row that
 * changed are touched, so a caller moving up changes a few texts, not a whole row. "Raise" fires
 * `caller-raise` with the unique id the row showed when it was clicked; its button is made the first time a
 * row can be raised. A classic script on purpose, as wait-clock.js is.
 */
(function () {
  if (customElements.get('caller-list')) {
    return;
  }

  function part(tag, className) {
    const element = document.createElement(tag);
    element.className = className;
    element.appendChild(document.createTextNode(''));
    return element;
  }

  function setText(element, text) {
    const node = element.firstChild;
    if (node.data !== text) {
      node.data = text;
    }
  }

  function setAttribute(element, name, value) {
    if (value === null || value === undefined) {
      element.removeAttribute(name);
    } else if (element.getAttribute(name) !== String(value)) {
      element.setAttribute(name, String(value));
    }
  }

  function renderClock(clock) {
    if (typeof clock.render === 'function') {
      clock.render();
    }
  }

  class CallerList extends HTMLElement {
    static get observedAttributes() {
      return ['callers', 'epoch', 'mask-middle'];
    }

    constructor() {
      super();
      this.rows = [];
    }

    connectedCallback() {
      this.render();
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this.render();
      }
    }

    render() {
      let callers;
      try {
        const epoch = Number(this.getAttribute('epoch') || 0);
        const middle = this.getAttribute('mask-middle') || '*';
        callers = JSON.parse(this.getAttribute('callers') || '[]').map(sent => CallerList.caller(sent, epoch, middle));
      } catch (e) {
        return;
      }
      while (this.rows.length < callers.length) {
        const row = this.newRow();
        this.rows.push(row);
        this.appendChild(row.element);
      }
      this.rows.forEach((row, i) => {
        if (i < callers.length) {
          this.fill(row, callers[i]);
          row.element.hidden = false;
        } else if (!row.element.hidden) {
          CallerList.empty(row);
        }
      });
    }

    /** Hides a row whose place is empty; its clocks stop, and it is filled afresh when a caller takes it. */
    static empty(row) {
      row.element.hidden = true;
      row.element.removeAttribute('data-unique-id');
      row.wait.removeAttribute('since');
      row.estimate.removeAttribute('until');
      row.shown = {};
    }

    /** A row as drawn, from a row as sent: times back to epoch ms, the mask's middle put back. */
    static caller([uniqueId, position, number, since, until, priority, urgency, raisable], epoch, middle) {
      return {
        uniqueId, position, number: number.replace('*', middle), since: (epoch + since) * 1000,
        until: until === null ? null : (epoch + until) * 1000, priority, urgency, raisable: raisable === 1
      };
    }

    newRow() {
      const element = document.createElement('div');
      element.className = 'caller-row';
      const row = {
        element,
        position: part('span', 'caller-position'),
        number: part('span', 'caller-number'),
        wait: part('wait-clock', 'caller-wait'),
        estimate: part('wait-clock', 'caller-estimate'),
        priority: part('span', 'caller-priority'),
        actions: document.createElement('span'),
        raise: null,
        shown: {}
      };
      row.estimate.setAttribute('prefix', this.getAttribute('estimate-prefix') || '');
      row.estimate.setAttribute('limit', this.getAttribute('estimate-limit') || '');
      row.estimate.setAttribute('limit-text', this.getAttribute('estimate-limit-text') || '');
      row.priority.hidden = true;
      row.actions.className = 'caller-actions';
      row.actions.append(row.priority);
      element.append(row.position, row.number, row.wait, row.estimate, row.actions);
      return row;
    }

    raiseButton(row) {
      const raise = part('vaadin-button', 'caller-raise');
      raise.setAttribute('theme', 'small tertiary');
      raise.title = "Raise this caller's priority: ahead of callers at its priority";
      setText(raise, 'Raise');
      raise.addEventListener('click', () => this.dispatchEvent(
        new CustomEvent('caller-raise', {detail: {uniqueId: row.element.getAttribute('data-unique-id')}})));
      row.actions.append(raise);
      return raise;
    }

    fill(row, caller) {
      const shown = row.shown;
      if (shown.uniqueId !== caller.uniqueId) {
        setAttribute(row.element, 'data-unique-id', caller.uniqueId);
      }
      if (shown.position !== caller.position) {
        setText(row.position, String(caller.position));
      }
      if (shown.number !== caller.number) {
        setText(row.number, caller.number);
      }
      if (shown.since !== caller.since) {
        setAttribute(row.wait, 'since', caller.since);
        renderClock(row.wait);
      }
      if (shown.until !== caller.until) {
        setAttribute(row.estimate, 'until', caller.until);
        if (caller.until === null) {
          setText(row.estimate, '');
        } else {
          renderClock(row.estimate);
        }
      }
      if (shown.urgency !== caller.urgency) {
        setAttribute(row.element, 'data-urgency', caller.urgency);
        setAttribute(row.wait, 'data-urgency', caller.urgency);
      }
      if (shown.priority !== caller.priority) {
        row.priority.hidden = caller.priority <= 0;
        setText(row.priority, caller.priority > 0 ? 'priority ' + caller.priority : '');
      }
      if (shown.raisable !== caller.raisable) {
        if (caller.raisable && row.raise === null) {
          row.raise = this.raiseButton(row);
        }
        if (row.raise !== null) {
          row.raise.hidden = !caller.raisable;
        }
      }
      row.shown = caller;
    }
  }

  customElements.define('caller-list', CallerList);
})();
