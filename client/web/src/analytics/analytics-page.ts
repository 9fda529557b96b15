import type { Session } from '../auth/session';
import { groupHref, planHref } from '../plans/plan-route';
import { stageName, stageWithRound } from '../plans/stage-names';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { getGroupAnalytics, getPlanAnalytics } from './analytics-api';
import type { DispositionRates, GroupAnalytics, PlanAnalytics } from './analytics-types';
import { changesPerRoundSeries, commentCategorySeries, dispositionSeries, participationSeries } from './chart-series';
import { ChartSet } from './chart-view';

const loading = (root: HTMLElement, backHref: string, backText: string) => {
  const message = el('p', { class: 'message', role: 'alert' });
  root.replaceChildren(el('nav', {}, el('a', { href: backHref }, backText)), el('p', { class: 'hint', role: 'status' }, '正在统计…'), message);
  return message;
};

const computedAt = (at: string) => el('p', { class: 'meta' }, `统计时间：${new Date(at).toLocaleString('zh-CN')}`);

const dispositionText = (d: DispositionRates) =>
  d.suggestions === 0 ? '还没有建议。' : `共 ${d.suggestions} 条建议：采纳 ${d.adopted}，不采纳 ${d.rejected}，暂缓 ${d.deferred}，未处置 ${d.none}。`;

/** 统计 of one plan: participation per member, changes per round, comments per category, dispositions. */
export function renderPlanAnalyticsPage(root: HTMLElement, session: Session, planId: string, onFailure: (error: unknown) => void): () => Promise<void> {
  const charts = new ChartSet();
  let closed = false;
  const message = loading(root, planHref(planId), '← 返回教案');
  getPlanAnalytics(session.accessToken, planId).then(
    (a: PlanAnalytics) => {
      if (closed) {
        return;
      }
      document.title = `统计 · ${a.title}`;
      root.replaceChildren(
        el('nav', {}, el('a', { href: planHref(planId) }, '← 返回教案')),
        el('section', { class: 'panel', 'aria-labelledby': 'analytics-title' },
          el('h1', { id: 'analytics-title' }, `统计：${a.title}`),
          el('p', { class: 'meta' }, `${stageWithRound(a.stage, a.round)} · 共 ${a.rounds} 轮 · 观课 ${a.observations} 次 · 课后反思 ${a.reflections} 篇`),
          computedAt(a.computedAt),
          el('div', { class: 'charts' },
            charts.bar('成员参与度', participationSeries(a.participation), { emptyText: '成员的版本、评论、回复和观课都还是 0。', horizontal: true }),
            charts.bar('每轮修改量（字数）', changesPerRoundSeries(a.changesPerRound), { emptyText: '还没有保存过版本，暂无修改量。', unit: ' 字' }),
            charts.bar('评论分类', commentCategorySeries(a.commentsPerCategory), { emptyText: '还没有评论。', unit: ' 条' }),
            charts.bar('建议处置情况（%）', dispositionSeries(a.dispositions), { emptyText: '还没有建议。', unit: '%' }),
          ),
          el('p', {}, dispositionText(a.dispositions)),
          el('h2', {}, '各阶段用时'),
          el('ul', {}, ...a.timeInStage.map((s) => el('li', {}, `${stageName(s.stage)}：${hours(s.seconds)}（${s.periods} 段）`))),
        ),
      );
    },
    (error: unknown) => {
      message.textContent = errorText('加载统计', error);
      onFailure(error);
    },
  );
  return async () => {
    closed = true;
    charts.destroy();
  };
}

/** 统计 of a 备课组 (备课组长 and 管理员 only): each plan in brief, comments, dispositions, participation summed. */
export function renderGroupAnalyticsPage(root: HTMLElement, session: Session, groupId: string, onFailure: (error: unknown) => void): () => Promise<void> {
  const charts = new ChartSet();
  let closed = false;
  const message = loading(root, groupHref(groupId), '← 返回备课组');
  getGroupAnalytics(session.accessToken, groupId).then(
    (a: GroupAnalytics) => {
      if (closed) {
        return;
      }
      document.title = `统计 · ${a.name}`;
      root.replaceChildren(
        el('nav', {}, el('a', { href: groupHref(groupId) }, '← 返回备课组')),
        el('section', { class: 'panel', 'aria-labelledby': 'analytics-title' },
          el('h1', { id: 'analytics-title' }, `统计：${a.name}`),
          computedAt(a.computedAt),
          el('div', { class: 'charts' },
            charts.bar('成员参与度（所有教案合计）', participationSeries(a.participation), { emptyText: '成员的版本、评论、回复和观课都还是 0。', horizontal: true }),
            charts.bar('评论分类', commentCategorySeries(a.commentsPerCategory), { emptyText: '还没有评论。', unit: ' 条' }),
            charts.bar('建议处置情况（%）', dispositionSeries(a.dispositions), { emptyText: '还没有建议。', unit: '%' }),
          ),
          el('p', {}, dispositionText(a.dispositions)),
          el('h2', {}, '各教案概况'),
          a.plans.length === 0
            ? el('p', { class: 'hint' }, '备课组还没有教案。')
            : el('table', { class: 'members' },
                el('thead', {}, el('tr', {}, ...['课题', '阶段', '版本数', '评论数', '建议采纳率', '观课', '反思'].map((h) => el('th', { scope: 'col' }, h)))),
                el('tbody', {}, ...a.plans.map((p) => el('tr', {},
                  el('td', {}, el('a', { href: planHref(p.planId) }, p.title)),
                  el('td', {}, stageWithRound(p.stage, p.round)),
                  el('td', {}, String(p.versions)),
                  el('td', {}, String(p.comments.highlight + p.comments.weakness + p.comments.suggestion)),
                  el('td', {}, p.dispositions.suggestions === 0 ? '—' : `${Math.round(p.dispositions.adoptedRate * 100)}%`),
                  el('td', {}, String(p.observations)),
                  el('td', {}, String(p.reflections)),
                ))),
              ),
        ),
      );
    },
    (error: unknown) => {
      message.textContent = errorText('加载备课组统计', error);
      onFailure(error);
    },
  );
  return async () => {
    closed = true;
    charts.destroy();
  };
}

function hours(seconds: number): string {
  if (seconds < 3600) {
    return `${Math.max(1, Math.round(seconds / 60))} 分钟`;
  }
  return seconds < 86400 ? `${(seconds / 3600).toFixed(1)} 小时` : `${(seconds / 86400).toFixed(1)} 天`;
}
