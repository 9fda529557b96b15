import type { CategoryCounts, DispositionRates, Participation, RoundChanges } from './analytics-types';

/** What one chart draws: category labels along the axis and one or more named series of values. */
export interface ChartSeries {
  labels: string[];
  datasets: { label: string; data: number[] }[];
}

/** 参与度: per member, versions contributed, comments given (all categories) and observations. */
export function participationSeries(participation: readonly Participation[]): ChartSeries {
  return {
    labels: participation.map((p) => p.displayName || p.userId),
    datasets: [
      { label: '贡献版本数', data: participation.map((p) => p.versionsContributed) },
      { label: '评论数', data: participation.map((p) => p.comments.highlight + p.comments.weakness + p.comments.suggestion) },
      { label: '回复数', data: participation.map((p) => p.replies) },
      { label: '观课次数', data: participation.map((p) => p.observations) },
    ],
  };
}

/** 每轮修改量: characters added and removed per round, rounds in order. */
export function changesPerRoundSeries(rounds: readonly RoundChanges[]): ChartSeries {
  const sorted = [...rounds].sort((a, b) => a.round - b.round);
  return {
    labels: sorted.map((r) => `第${r.round}轮`),
    datasets: [
      { label: '新增字数', data: sorted.map((r) => r.charactersAdded) },
      { label: '删除字数', data: sorted.map((r) => r.charactersRemoved) },
    ],
  };
}

/** 评论分类: 亮点 / 不足 / 建议. */
export function commentCategorySeries(counts: CategoryCounts): ChartSeries {
  return {
    labels: ['亮点', '不足', '建议'],
    datasets: [{ label: '评论数', data: [counts.highlight, counts.weakness, counts.suggestion] }],
  };
}

/** 建议处置: shares in percent (one decimal) of 采纳 / 不采纳 / 暂缓 / 未处置. */
export function dispositionSeries(rates: DispositionRates): ChartSeries {
  const percent = (rate: number) => Math.round(rate * 1000) / 10;
  return {
    labels: ['采纳', '不采纳', '暂缓', '未处置'],
    datasets: [{ label: '占建议的百分比', data: [rates.adoptedRate, rates.rejectedRate, rates.deferredRate, rates.noneRate].map(percent) }],
  };
}

/** Whether a series has anything to draw (all zeros: show a sentence instead of an empty chart). */
export function hasData(series: ChartSeries): boolean {
  return series.labels.length > 0 && series.datasets.some((d) => d.data.some((v) => v !== 0));
}
