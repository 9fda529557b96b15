import type { PlanPanel, PlanPanelContext } from '../plans/plan-panel';
import { printHref } from '../plans/plan-route';
import type { Plan } from '../plans/plan-types';
import { stageName } from '../plans/stage-names';
import type { PlanEvent } from '../realtime/hub-methods';
import { el } from '../ui/dom';
import { errorText } from '../ui/error-text';
import { compareView } from './compare-view';
import type { VersionSummary } from './version-types';
import { compareVersions, downloadDocx, listVersions, versionHtml } from './versions-api';

/** 版本: the timeline, one version read-only, two compared, Word download and the print view. */
export function versionsPanel(context: PlanPanelContext): { title: string; panel: PlanPanel } {
  const token = context.session.accessToken;
  let versions: VersionSummary[] = [];
  const message = el('p', { class: 'message', role: 'alert' });
  const progress = el('p', { class: 'meta', role: 'status' });
  const timeline = el('ol', { class: 'timeline', 'aria-label': '版本时间线' });
  const viewer = el('div', { class: 'version-viewer' });
  const fromSelect = el('select', { name: 'compareFrom' });
  const toSelect = el('select', { name: 'compareTo' });
  const modeSelect = el('select', { name: 'compareMode' }, el('option', { value: 'side' }, '左右对照'), el('option', { value: 'inline' }, '行内对照'));
  const compareForm = el('form', { class: 'inline-form', 'aria-label': '比较版本' },
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '旧版本'), fromSelect),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '新版本'), toSelect),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, '显示方式'), modeSelect),
    el('button', { type: 'submit' }, '比较'),
  );
  compareForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (fromSelect.value === toSelect.value) {
      message.textContent = '请选择两个不同的版本进行比较。';
      return;
    }
    message.textContent = '';
    progress.textContent = '正在比较…';
    compareVersions(token, context.plan().id, fromSelect.value, toSelect.value).then(
      (compare) => {
        progress.textContent = '';
        viewer.replaceChildren(el('h3', {}, '版本比较'), compareView(compare, modeSelect.value as 'side' | 'inline'));
      },
      (error: unknown) => {
        progress.textContent = '';
        message.textContent = errorText('比较版本', error);
      },
    );
  });

  const element = el('div', { class: 'versions-panel' }, message, progress, timeline, compareForm, viewer);

  const label = (v: VersionSummary) => `${v.name}（第${v.round}轮 ${stageName(v.stage)}）`;
  const show = () => {
    if (versions.length === 0) {
      timeline.replaceChildren(el('li', { class: 'hint' }, '还没有版本：每次切换阶段时，教案会自动保存为一个版本。'));
      compareForm.hidden = true;
      return;
    }
    compareForm.hidden = versions.length < 2;
    const options = () => versions.map((v) => el('option', { value: v.id }, label(v)));
    const from = fromSelect.value;
    const to = toSelect.value;
    fromSelect.replaceChildren(...options());
    toSelect.replaceChildren(...options());
    fromSelect.value = versions.some((v) => v.id === from) ? from : versions.at(-2)?.id ?? versions[0]!.id;
    toSelect.value = versions.some((v) => v.id === to) ? to : versions.at(-1)!.id;
    timeline.replaceChildren(...versions.map((v) => el('li', { 'data-testid': 'version' },
      el('strong', {}, label(v)),
      el('span', { class: 'meta' }, ` ${new Date(v.createdAt).toLocaleString('zh-CN')} · ${v.kind === 'transition' ? '切换阶段时保存' : '手动保存'}`),
      el('div', { class: 'comment-actions' },
        el('button', { type: 'button', onClick: () => open(v) }, '查看'),
        el('button', { type: 'button', onClick: () => download(v) }, '下载 Word（.docx）'),
        el('a', { href: printHref(context.plan().id, v.id), target: '_blank', rel: 'noopener' }, '打印版'),
      ),
    )));
  };

  const open = (v: VersionSummary) => {
    progress.textContent = '正在加载版本…';
    versionHtml(token, context.plan().id, v.id).then(
      (html) => {
        progress.textContent = '';
        const article = el('article', { class: 'rendered version-html', 'aria-label': `版本：${v.name}（只读）` });
        // Sanitized by the server's version HTML endpoint; nothing else is inserted as HTML.
        article.innerHTML = html;
        viewer.replaceChildren(el('h3', {}, `${label(v)} · 只读`), article);
      },
      (error: unknown) => {
        progress.textContent = '';
        message.textContent = errorText('打开版本', error);
      },
    );
  };

  const download = (v: VersionSummary) => {
    progress.textContent = '正在生成 Word 文档…';
    downloadDocx(token, context.plan().id, v.id).then(
      ({ blob, fileName }) => {
        progress.textContent = `已生成：${fileName}`;
        const url = URL.createObjectURL(blob);
        const link = el('a', { href: url, download: fileName, hidden: true });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      (error: unknown) => {
        progress.textContent = '';
        message.textContent = errorText('导出 Word', error);
      },
    );
  };

  const load = () =>
    listVersions(token, context.plan().id).then(
      (answer) => {
        versions = answer;
        show();
      },
      (error: unknown) => {
        message.textContent = errorText('加载版本', error);
      },
    );

  return {
    title: '版本',
    panel: {
      element,
      update(_plan: Plan, event: PlanEvent | null) {
        if (event === null || event.kind === 'version' || event.kind === 'stage') {
          void load();
        }
      },
    },
  };
}
