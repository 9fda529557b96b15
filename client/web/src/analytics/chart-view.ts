import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { el } from '../ui/dom';
import { type ChartSeries, hasData } from './chart-series';

// Only the parts drawn here, so the bundle leaves the rest of Chart.js out.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const colours = ['#1971c2', '#e8590c', '#2b8a3e', '#9c36b5', '#868e96'];

/** Charts of one page, destroyed together when the page closes. */
export class ChartSet {
  private readonly charts: Chart[] = [];

  /** A titled bar chart (a sentence instead when there is nothing to draw); the canvas is labelled for screen readers. */
  bar(title: string, series: ChartSeries, options: { emptyText: string; unit?: string; horizontal?: boolean }): HTMLElement {
    const figure = el('figure', { class: 'chart' }, el('figcaption', {}, title));
    if (!hasData(series)) {
      figure.append(el('p', { class: 'hint' }, options.emptyText));
      return figure;
    }
    const summary = series.datasets
      .map((d) => `${d.label}：${series.labels.map((label, i) => `${label} ${d.data[i]}${options.unit ?? ''}`).join('，')}`)
      .join('；');
    const canvas = el('canvas', { role: 'img', 'aria-label': `${title}。${summary}` });
    figure.append(el('div', { class: 'chart-box' }, canvas));
    this.charts.push(
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: series.labels,
          datasets: series.datasets.map((d, i) => ({ label: d.label, data: d.data, backgroundColor: colours[i % colours.length] })),
        },
        options: {
          indexAxis: options.horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: series.datasets.length > 1 } },
        },
      }),
    );
    return figure;
  }

  destroy(): void {
    for (const chart of this.charts.splice(0)) {
      chart.destroy();
    }
  }
}
