/*
 * <relais-chart>: an ApexCharts chart configured from the server.
 *
 * The Java component (io.relais.platform.ui.RelaisChart) sets one property, `config`, a JSON
 * string: { type, title, categories, series: [{name, data}], stacked, sparkline, height, unit, max,
 * clickable }. A `null` value is a gap. When `clickable`, a click on a data point calls the server's
 * `pointClicked(seriesIndex, dataPointIndex)` (a drill-down).
 * Colours, fonts and text colours come from Lumo's CSS custom properties, so charts follow the
 * light/dark scheme; the chart takes the width of its container and redraws when it changes.
 * ApexCharts' UMD build (global `ApexCharts`, ~500 KB) is loaded by this element on first use,
 * not as a blocking view dependency: the page shows at once and charts draw when it arrives (the
 * app shell preloads it, so after signing in it usually comes from the browser cache).
 */
(function () {
  const LIBRARY = new URL('vendor/apexcharts/apexcharts.min.js', document.currentScript.src).href;
  let libraryLoading = null;

  function loadLibrary() {
    if (typeof ApexCharts !== 'undefined') {
      return Promise.resolve();
    }
    if (!libraryLoading) {
      libraryLoading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = LIBRARY;
        script.onload = resolve;
        script.onerror = () => {
          libraryLoading = null;
          reject(new Error('Could not load ' + LIBRARY));
        };
        document.head.appendChild(script);
      });
    }
    return libraryLoading;
  }

  const SERIES_COLOURS = [
    '--lumo-primary-color',
    '--lumo-success-color',
    '--lumo-warning-color',
    '--lumo-error-color',
    '--lumo-contrast-60pct',
    '--lumo-primary-color-50pct',
  ];
  const FALLBACK_COLOURS = ['#1676f3', '#1aa36f', '#e5a00d', '#e5383b', '#6b7280', '#7aa9f7'];

  /** Resolves any CSS colour (hsl(), var-based, ...) to a form ApexCharts can compute with. */
  function normalise(colour, fallback) {
    if (!colour) {
      return fallback;
    }
    const context = document.createElement('canvas').getContext('2d');
    context.fillStyle = fallback;
    context.fillStyle = colour;
    return context.fillStyle;
  }

  /**
   * Text as HTML shows it. ApexCharts writes tooltip titles, series names in tooltips and legend
   * entries with innerHTML, and categories and names come from people (search queries, team
   * names): without this, a query typed as markup would run in the browser of whoever reads the
   * chart. Axis labels and titles are SVG text (never parsed as HTML) and are left alone.
   */
  function escapeHtml(value) {
    return String(value === null || value === undefined ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  class RelaisChart extends HTMLElement {
    static get observedAttributes() {
      return ['config'];
    }

    constructor() {
      super();
      this._config = null;
      this._chart = null;
      // Vaadin writes <html>'s style attribute too: redraw only when the look really changed
      this._schemeObserver = new MutationObserver(() => {
        if (!this._chart || this._look() !== this._drawnLook) {
          this._render();
        }
      });
    }

    set config(value) {
      this._config = typeof value === 'string' ? JSON.parse(value) : value;
      this._render();
    }

    get config() {
      return this._config;
    }

    connectedCallback() {
      this.style.display = this.style.display || 'block';
      this._schemeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
      this._render();
    }

    disconnectedCallback() {
      this._schemeObserver.disconnect();
      this._destroy();
    }

    _destroy() {
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
    }

    _css(name) {
      return getComputedStyle(this).getPropertyValue(name).trim();
    }

    /** What the chart's colours and fonts depend on: the Lumo properties and the colour scheme. */
    _look() {
      const properties = [...SERIES_COLOURS, '--lumo-body-text-color', '--lumo-contrast-10pct', '--lumo-font-family'];
      return properties.map((name) => this._css(name)).join('|') + '|' + this._dark();
    }

    _dark() {
      return (document.documentElement.getAttribute('theme') || '').includes('dark')
        || getComputedStyle(document.documentElement).colorScheme === 'dark';
    }

    _options(config) {
      const colours = SERIES_COLOURS.map((name, i) => normalise(this._css(name), FALLBACK_COLOURS[i]));
      const text = normalise(this._css('--lumo-body-text-color'), '#1f2937');
      const grid = normalise(this._css('--lumo-contrast-10pct'), '#e5e7eb');
      const font = this._css('--lumo-font-family') || 'system-ui, sans-serif';
      const dark = this._dark();
      const donut = config.type === 'donut';
      const gauge = config.type === 'radialBar';
      const options = {
        chart: {
          type: config.type,
          height: config.height || 320,
          width: '100%',
          stacked: !!config.stacked,
          fontFamily: font,
          foreColor: text,
          background: 'transparent',
          toolbar: { show: false },
          animations: { enabled: false },
          redrawOnParentResize: true,
        },
        theme: { mode: dark ? 'dark' : 'light' },
        colors: colours,
        title: { text: config.title || undefined, style: { fontWeight: 600 } },
        grid: { borderColor: grid },
        dataLabels: { enabled: donut || gauge },
        markers: { size: config.clickable && config.type === 'line' ? 4 : 0 },
        legend: { position: 'bottom', formatter: (name) => escapeHtml(name) },
        stroke: { curve: 'smooth', width: config.type === 'line' || config.type === 'area' ? 3 : 0 },
        noData: { text: config.noData || '' },
        tooltip: {
          theme: dark ? 'dark' : 'light',
          x: { formatter: (value) => escapeHtml(value) },
          y: { title: { formatter: (name) => (name ? escapeHtml(name) + ': ' : '') } },
        },
      };
      if (donut || gauge) {
        options.labels = config.categories;
        options.series = config.series.length ? config.series[0].data.map((v) => (v === null ? 0 : v)) : [];
      } else if (config.type === 'heatmap') {
        options.series = config.series.map((s) => ({
          name: s.name,
          data: s.data.map((y, i) => ({ x: config.categories[i], y })),
        }));
        options.colors = [colours[0]];
      } else {
        options.series = config.series;
        options.xaxis = { categories: config.categories, tooltip: { formatter: (value) => escapeHtml(value) } };
      }
      if (gauge) {
        options.plotOptions = {
          radialBar: {
            startAngle: -135,
            endAngle: 135,
            hollow: { size: '60%' },
            track: { background: grid },
            dataLabels: {
              name: { show: config.categories.length > 1 },
              value: { fontSize: '2rem', formatter: (v) => `${Math.round(v)}` },
            },
          },
        };
      }
      if (config.sparkline) {
        // just the curve; the title stays the accessible name (aria-label), not drawn
        options.chart.sparkline = { enabled: true };
        options.title = { text: undefined };
        options.stroke.width = 2;
        options.fill = { opacity: 0.3 };
      }
      if (config.unit || config.max !== null && config.max !== undefined) {
        options.yaxis = { min: 0 };
        if (config.max !== null && config.max !== undefined) {
          options.yaxis.max = config.max;
        }
        if (config.unit) {
          options.yaxis.labels = { formatter: (v) => (v === null ? '' : `${Math.round(v * 100) / 100} ${config.unit}`) };
        }
      }
      if (config.clickable) {
        const report = (point) => {
          if (point && point.dataPointIndex >= 0 && this.$server) {
            this.$server.pointClicked(Math.max(0, point.seriesIndex), point.dataPointIndex);
          }
        };
        // one event per kind of chart: a bar click is also a "selection", a marker click is not
        const lines = config.type === 'line' || config.type === 'area';
        options.chart.events = lines
          ? { markerClick: (event, context, point) => report(point) }
          : { dataPointSelection: (event, context, point) => report(point) };
        options.tooltip.intersect = config.type === 'line';
        options.tooltip.shared = false;
      }
      return options;
    }

    _render() {
      if (!this.isConnected || !this._config) {
        return;
      }
      if (typeof ApexCharts === 'undefined') {
        loadLibrary().then(() => this._render(), (error) => console.error(error));
        return;
      }
      this._destroy();
      // `rendered` means "this configuration is drawn": cleared while a redraw is in progress
      // (config or colour-scheme change), and only set by the chart that is still current.
      this.removeAttribute('rendered');
      this.setAttribute('role', 'img');
      if (this._config.title) {
        this.setAttribute('aria-label', this._config.title);
      }
      this.dataset.seriesCount = String(this._config.series.length);
      this._drawnLook = this._look();
      const chart = new ApexCharts(this, this._options(this._config));
      this._chart = chart;
      chart.render().then(() => {
        if (this._chart === chart) {
          this.setAttribute('rendered', '');
        }
      });
    }
  }

  if (!customElements.get('relais-chart')) {
    customElements.define('relais-chart', RelaisChart);
  }
})();
