/*
 * <relais-calendar>: a FullCalendar 6 calendar driven by the server.
 *
 * The Java component (io.relais.platform.ui.RelaisCalendar) sets one property, `config`, a JSON
 * string: { view, locale, date, editable, selectable, firstDay, slotMinTime, slotMaxTime, labels }.
 * Events are never pushed wholesale: for every range FullCalendar shows, the element asks the
 * server (`$server.fetch(from, to)`) for that range only. Times travel as local wall-clock times
 * of the reader's zone, chosen on the server; FullCalendar runs in "UTC" so it shows them as they
 * are and never shifts them with the browser's zone. Dragging, resizing, clicking an event and
 * selecting a free slot are sent back to the server, which checks permissions and answers.
 * Colours come from Lumo's custom properties, so the calendar follows the light/dark scheme.
 */
(function () {
  const BASE = new URL('vendor/fullcalendar/', document.currentScript.src).href;
  const LIBRARIES = [
    'core/index.global.min.js',
    'daygrid/index.global.min.js',
    'timegrid/index.global.min.js',
    'list/index.global.min.js',
    'interaction/index.global.min.js',
    'core/locales/fr.global.min.js',
  ];
  let loading = null;

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('Could not load ' + src));
      document.head.appendChild(script);
    });
  }

  /** Core first (it defines window.FullCalendar), then the plugins and locale, which attach to it. */
  function loadLibraries() {
    if (typeof FullCalendar !== 'undefined' && FullCalendar.globalPlugins && FullCalendar.globalPlugins.length >= 4) {
      return Promise.resolve();
    }
    if (!loading) {
      loading = LIBRARIES.reduce((chain, file) => chain.then(() => loadScript(BASE + file)), Promise.resolve())
        .catch((error) => {
          loading = null;
          throw error;
        });
    }
    return loading;
  }

  const STYLE = `
    relais-calendar {
      display: block;
      --fc-border-color: var(--lumo-contrast-10pct);
      --fc-page-bg-color: var(--lumo-base-color);
      --fc-neutral-bg-color: var(--lumo-contrast-5pct);
      --fc-list-event-hover-bg-color: var(--lumo-contrast-5pct);
      --fc-today-bg-color: var(--lumo-primary-color-10pct);
      --fc-event-bg-color: var(--lumo-primary-color);
      --fc-event-border-color: var(--lumo-primary-color);
      --fc-event-text-color: var(--lumo-primary-contrast-color);
      --fc-button-bg-color: var(--lumo-contrast-5pct);
      --fc-button-border-color: transparent;
      --fc-button-text-color: var(--lumo-primary-text-color);
      --fc-button-hover-bg-color: var(--lumo-contrast-10pct);
      --fc-button-hover-border-color: transparent;
      --fc-button-active-bg-color: var(--lumo-primary-color-10pct);
      --fc-button-active-border-color: transparent;
      --fc-highlight-color: var(--lumo-primary-color-10pct);
      --fc-now-indicator-color: var(--lumo-error-color);
      font-family: var(--lumo-font-family);
      font-size: var(--lumo-font-size-s);
      color: var(--lumo-body-text-color);
    }
    relais-calendar .fc .fc-toolbar-title { font-size: var(--lumo-font-size-l); }
    relais-calendar .fc .fc-button { font-weight: 500; border-radius: var(--lumo-border-radius-m); box-shadow: none; }
    relais-calendar .fc .fc-button-primary:not(:disabled).fc-button-active { color: var(--lumo-primary-text-color); }
    relais-calendar .fc-event.relais-busy { --fc-event-bg-color: var(--lumo-contrast-30pct); background: var(--lumo-contrast-30pct); border-color: var(--lumo-contrast-30pct); color: var(--lumo-body-text-color); }
    relais-calendar .fc-event.relais-absence { background: var(--lumo-warning-color-10pct, var(--lumo-contrast-10pct)); border-color: var(--lumo-warning-color, var(--lumo-contrast-30pct)); color: var(--lumo-body-text-color); }
    relais-calendar .fc-event.relais-absence .fc-event-main { color: var(--lumo-body-text-color); }
    relais-calendar .fc-event.relais-company { background: var(--lumo-success-color); border-color: var(--lumo-success-color); color: var(--lumo-success-contrast-color); }
    relais-calendar .fc-event.relais-team { background: var(--lumo-primary-color-50pct); border-color: var(--lumo-primary-color); }
    relais-calendar .fc-list-event.relais-busy .fc-list-event-dot { border-color: var(--lumo-contrast-30pct); }
    relais-calendar .fc-list-event.relais-absence .fc-list-event-dot { border-color: var(--lumo-warning-color, var(--lumo-contrast-50pct)); }
  `;

  function injectStyle() {
    if (!document.getElementById('relais-calendar-style')) {
      const style = document.createElement('style');
      style.id = 'relais-calendar-style';
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
  }

  /** "2026-03-23T09:00:00Z" (FullCalendar in UTC) -> "2026-03-23T09:00:00": the reader's wall clock. */
  function local(value) {
    return value ? value.replace(/(Z|[+-]\d\d:\d\d)$/, '') : value;
  }

  class RelaisCalendar extends HTMLElement {
    constructor() {
      super();
      this._config = null;
      this._calendar = null;
    }

    set config(value) {
      const next = typeof value === 'string' ? JSON.parse(value) : value;
      const previous = this._config;
      this._config = next;
      if (this._calendar && previous && previous.locale === next.locale) {
        this._apply(previous, next);
      } else {
        this._render();
      }
    }

    get config() {
      return this._config;
    }

    connectedCallback() {
      injectStyle();
      this._render();
    }

    disconnectedCallback() {
      if (this._calendar) {
        this._calendar.destroy();
        this._calendar = null;
      }
    }

    /** Asks the server again for the visible range (after a change made elsewhere). */
    refetch() {
      if (this._calendar) {
        this._calendar.refetchEvents();
      }
    }

    _apply(previous, next) {
      if (previous.view !== next.view) {
        this._calendar.changeView(next.view);
      }
      if (next.date && previous.date !== next.date) {
        this._calendar.gotoDate(next.date);
      }
      this._calendar.setOption('editable', !!next.editable);
      this._calendar.setOption('selectable', !!next.selectable);
    }

    _render() {
      if (!this.isConnected || !this._config) {
        return;
      }
      if (typeof FullCalendar === 'undefined' || !FullCalendar.globalLocales) {
        loadLibraries().then(() => this._render(), (error) => console.error(error));
        return;
      }
      if (this._calendar) {
        this._calendar.destroy();
      }
      this.removeAttribute('rendered');
      const config = this._config;
      const labels = config.labels || {};
      const calendar = new FullCalendar.Calendar(this, {
        timeZone: 'UTC',
        locale: config.locale || 'fr',
        initialView: config.view || 'timeGridWeek',
        initialDate: config.date || undefined,
        firstDay: config.firstDay == null ? 1 : config.firstDay,
        height: 'auto',
        expandRows: true,
        nowIndicator: true,
        navLinks: true,
        weekNumbers: false,
        slotMinTime: config.slotMinTime || '07:00:00',
        slotMaxTime: config.slotMaxTime || '21:00:00',
        scrollTime: '08:00:00',
        allDayText: labels.allDay || undefined,
        noEventsText: labels.noEvents || undefined,
        headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listWeek' },
        editable: !!config.editable,
        eventStartEditable: true,
        eventDurationEditable: true,
        selectable: !!config.selectable,
        selectMirror: true,
        dayMaxEvents: true,
        events: (info, success, failure) => {
          this.setAttribute('loading', '');
          this.$server.fetch(local(info.startStr), local(info.endStr)).then((json) => {
            this.removeAttribute('loading');
            success(JSON.parse(json));
          }, (error) => {
            this.removeAttribute('loading');
            failure(error);
          });
        },
        eventDidMount: (info) => {
          if (info.event.extendedProps.tooltip) {
            info.el.setAttribute('title', info.event.extendedProps.tooltip);
          }
          info.el.dataset.key = info.event.id;
        },
        eventsSet: () => {
          this.dataset.eventCount = String(calendar.getEvents().length);
          this.setAttribute('rendered', '');
        },
        datesSet: (info) => {
          this.dataset.view = info.view.type;
        },
        eventClick: (info) => {
          info.jsEvent.preventDefault();
          this.$server.clicked(info.event.id);
        },
        select: (info) => {
          this.$server.selected(local(info.startStr), local(info.endStr), info.allDay);
          calendar.unselect();
        },
        eventDrop: (info) => this._moved(info),
        eventResize: (info) => this._moved(info),
      });
      this._calendar = calendar;
      calendar.render();
    }

    _moved(info) {
      const event = info.event;
      const end = event.end ? event.endStr : null;
      this.$server.moved(event.id, local(event.startStr), local(end), event.allDay).then((accepted) => {
        if (!accepted) {
          info.revert();
        }
      }, () => info.revert());
    }
  }

  if (!customElements.get('relais-calendar')) {
    customElements.define('relais-calendar', RelaisCalendar);
  }
})();
