import type { Session } from '../auth/session';
import { planHref, portfolioHref } from '../plans/plan-route';
import { stageWithRound } from '../plans/stage-names';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { getPortfolio } from './analytics-api';
import type { Portfolio } from './analytics-types';
import { commentCategorySeries } from './chart-series';
import { ChartSet } from './chart-view';
import { quotaText, recentSemesters, semesterName, semesterOf } from './semester';

// Semesters are in school time (UTC+8), whatever the browser's time zone.
const date = (at: string) => new Date(at).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });

/** 教师专业成长记录袋: one teacher's semester — plans led, versions, reflections, lessons observed, comments given. */
export function renderPortfolioPage(
  root: HTMLElement,
  session: Session,
  userId: string,
  semester: string | null,
  onFailure: (error: unknown) => void,
): () => Promise<void> {
  const charts = new ChartSet();
  let closed = false;
  const mine = userId === session.userId;
  const title = mine ? '我的成长记录袋' : `成长记录袋（用户 ${userId}）`;
  document.title = `${title} · 集体备课`;
  const current = semester ?? semesterOf(new Date());
  const picker = el('select', { name: 'semester' }, ...recentSemesters(semesterOf(new Date()), 6).map((s) => el('option', { value: s }, semesterName(s))));
  if (![...picker.options].some((o) => o.value === current)) {
    picker.append(el('option', { value: current }, semesterName(current)));
  }
  picker.value = current;
  picker.addEventListener('change', () => {
    location.hash = portfolioHref(userId, picker.value);
  });
  const message = el('p', { class: 'message', role: 'alert' });
  const body = el('div', {}, el('p', { class: 'hint', role: 'status' }, '正在加载成长记录袋…'));
  root.replaceChildren(
    el('nav', {}, el('a', { href: '#/' }, '← 返回首页')),
    el('section', { class: 'panel', 'aria-labelledby': 'portfolio-title' },
      el('h1', { id: 'portfolio-title' }, title),
      el('label', { class: 'field' }, el('span', { class: 'field-label' }, '学期'), picker),
      message,
      body,
    ),
  );
  getPortfolio(session.accessToken, userId, semester).then(
    (p: Portfolio) => {
      if (!closed) {
        body.replaceChildren(...portfolioBody(p, charts));
      }
    },
    (error: unknown) => {
      body.replaceChildren();
      message.textContent = errorText('加载成长记录袋', error);
      onFailure(error);
    },
  );
  return async () => {
    closed = true;
    charts.destroy();
  };
}

function portfolioBody(p: Portfolio, charts: ChartSet): HTMLElement[] {
  return [
    // `to` is exclusive (the next semester's first moment): show the last day.
    el('p', { class: 'meta' }, `${semesterName(p.semester)}（${date(p.from)} – ${date(new Date(Date.parse(p.to) - 1).toISOString())}）`),
    el('h2', {}, `执教的教案（${p.plansLed.length}）`),
    p.plansLed.length === 0
      ? el('p', { class: 'hint' }, '本学期没有作为执教教师的教案。')
      : el('ul', { class: 'documents' }, ...p.plansLed.map((plan) => el('li', {},
          el('a', { href: planHref(plan.planId) }, plan.title),
          el('span', { class: 'meta' }, ` ${stageWithRound(plan.stage, plan.round)} · ${plan.versions} 个版本 · 创建于 ${date(plan.createdAt)}`),
        ))),
    el('h2', {}, '参与修改'),
    el('p', {}, `贡献版本 ${p.versionsContributed} 个，新增 ${p.charactersAdded} 字，删除 ${p.charactersRemoved} 字。`),
    el('h2', {}, `课后反思（${p.reflections.length}）`),
    p.reflections.length === 0
      ? el('p', { class: 'hint' }, '本学期还没有写课后反思。')
      : el('ul', { class: 'documents' }, ...p.reflections.map((r) => el('li', {},
          el('a', { href: planHref(r.planId) }, r.title),
          el('span', { class: 'meta' }, ` 第${r.round}轮 · ${r.characters} 字 · 更新于 ${date(r.updatedAt)}`),
        ))),
    el('h2', {}, '听课'),
    el('p', { class: p.quotaMet ? '' : 'notice', 'data-testid': 'quota' }, quotaText(p)),
    p.observations.length === 0
      ? el('p', { class: 'hint' }, '本学期还没有听课记录。')
      : el('ul', { class: 'documents' }, ...p.observations.map((o) => el('li', {},
          el('a', { href: planHref(o.planId) }, o.title),
          el('span', { class: 'meta' }, ` 第${o.round}轮 · ${new Date(o.observedAt).toLocaleString('zh-CN')} · ${o.notes} 条记录 · ${o.summarized ? '已写三个一' : '未写三个一'}`),
        ))),
    el('h2', {}, '给出的评论'),
    charts.bar('评论分类', commentCategorySeries(p.commentsGiven), { emptyText: '本学期还没有评论。', unit: ' 条' }),
  ];
}
