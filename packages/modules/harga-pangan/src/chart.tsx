/**
 * The price-history chart: a line chart drawn by hand in SVG (no chart library), readable by
 * screen readers through its name (`aria-label` with the lowest, highest and latest price), its
 * `<title>` and `<desc>`, and always shown beside a table of the same numbers.
 *
 * @internal
 * @module
 */
import { useId } from 'preact/hooks';
import type { Messages } from './messages.ts';
import { formatCalendarDate, formatNumber, formatRupiah } from './support.ts';

/** One point of the chart: a survey date and that day's price. */
export interface ChartPoint {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Whole rupiah. */
  readonly price: number;
}

/** The props of {@link PriceChart}. */
export interface PriceChartProps {
  /** The points, oldest first; at least one. */
  readonly points: readonly ChartPoint[];
  /** The commodity's name. */
  readonly name: string;
  /** The host's locale. */
  readonly locale: string;
  /** The locale's messages. */
  readonly messages: Messages;
}

const WIDTH = 320;
const HEIGHT = 200;
const LEFT = 52;
const RIGHT = 10;
const TOP = 24;
const BOTTOM = 160;

/** What the chart's name says: the lowest, highest and latest price. */
export function chartLabel(points: readonly ChartPoint[], name: string, locale: string, messages: Messages): string {
  const prices = points.map((point) => point.price);
  const last = points[points.length - 1]!;
  return messages.chartLabel(
    name,
    points.length,
    formatRupiah(Math.min(...prices)),
    formatRupiah(Math.max(...prices)),
    formatRupiah(last.price),
    formatCalendarDate(last.date, locale),
  );
}

/** The line chart of a price history. */
export function PriceChart({ points, name, locale, messages }: PriceChartProps) {
  const id = useId();
  const prices = points.map((point) => point.price);
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  // A flat series still gets a band around it, so that the line sits in the middle.
  const pad = high === low ? Math.max(50, Math.round(low * 0.02)) : 0;
  const floor = low - pad;
  const ceiling = high + pad;
  const x = (index: number): number => (points.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + (index * (WIDTH - RIGHT - LEFT)) / (points.length - 1));
  const y = (price: number): number => BOTTOM - ((price - floor) / (ceiling - floor)) * (BOTTOM - TOP);
  const line = points.map((point, index) => `${x(index).toFixed(1)},${y(point.price).toFixed(1)}`).join(' ');
  const ticks = [ceiling, Math.round((floor + ceiling) / 2), floor];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const middle = points[Math.floor((points.length - 1) / 2)]!;
  const dates = points.length > 2 ? [first, middle, last] : points.length === 2 ? [first, last] : [first];

  return (
    <svg
      class="gb-harga-chart"
      data-testid="harga-chart"
      role="img"
      aria-label={chartLabel(points, name, locale, messages)}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{messages.historyTitle(name)}</title>
      <desc id={`${id}-desc`}>
        {messages.chartDesc(formatCalendarDate(first.date, locale), formatCalendarDate(last.date, locale), formatRupiah(first.price), formatRupiah(last.price))}
      </desc>
      <text class="gb-harga-axis-title" x={4} y={12}>
        {messages.axisPrice}
      </text>
      <text class="gb-harga-axis-title" x={(LEFT + WIDTH - RIGHT) / 2} y={HEIGHT - 4} text-anchor="middle">
        {messages.axisDate}
      </text>
      {ticks.map((tick) => (
        <g key={tick}>
          <line class="gb-harga-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text class="gb-harga-tick" x={LEFT - 4} y={y(tick) + 4} text-anchor="end">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      <line class="gb-harga-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={BOTTOM} />
      <line class="gb-harga-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={BOTTOM} y2={BOTTOM} />
      {dates.map((point) => {
        const index = points.indexOf(point);
        const anchor = index === 0 && points.length > 1 ? 'start' : index === points.length - 1 && points.length > 1 ? 'end' : 'middle';
        return (
          <text key={point.date} class="gb-harga-tick" x={x(index)} y={BOTTOM + 16} text-anchor={anchor}>
            {formatCalendarDate(point.date, locale, true)}
          </text>
        );
      })}
      <polyline class="gb-harga-line" points={line} />
      {points.map((point, index) => (
        <circle key={point.date} class="gb-harga-point" cx={x(index)} cy={y(point.price)} r={points.length > 40 ? 1.5 : 2.5} data-date={point.date} data-price={point.price} />
      ))}
    </svg>
  );
}
