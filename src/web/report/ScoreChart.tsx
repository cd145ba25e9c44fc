import { useTranslation } from 'react-i18next';
import type { Grade } from '../api/types';

export interface ChartBar {
  key: string;
  label: string;
  value: number;
  grade: Grade;
}

/**
 * The three dimensions as horizontal bars, in plain SVG: three bars need no chart library, and
 * plain SVG keeps the bundle small and prints crisply. The numbers are also in the table beside it.
 */
export function ScoreChart({ bars, title }: { bars: ChartBar[]; title: string }) {
  const { t } = useTranslation();
  const rowHeight = 36;
  const labelWidth = 170;
  const width = 470;
  const barWidth = width - labelWidth - 50;
  const height = bars.length * rowHeight + 24;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="score-chart-title score-chart-desc" preserveAspectRatio="xMinYMin meet">
        <title id="score-chart-title">{title}</title>
        <desc id="score-chart-desc">{bars.map((bar) => t('report.chartBar', { label: bar.label, value: bar.value, grade: bar.grade })).join('; ')}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={labelWidth + (barWidth * tick) / 100} x2={labelWidth + (barWidth * tick) / 100} y1={0} y2={height - 18} className="chart-grid" />
            <text x={labelWidth + (barWidth * tick) / 100} y={height - 4} className="chart-tick" textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const y = index * rowHeight + 6;
          return (
            <g key={bar.key}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="chart-label">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y} width={barWidth} height={24} rx={4} className="chart-track" />
              <rect x={labelWidth} y={y} width={(barWidth * Math.max(0, Math.min(100, bar.value))) / 100} height={24} rx={4} className={`chart-bar grade-fill-${bar.grade}`} />
              <text x={labelWidth + barWidth + 8} y={y + 17} className="chart-value">
                {bar.value} {bar.grade}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
