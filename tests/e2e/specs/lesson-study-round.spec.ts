import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { artifactsDir } from '../support/paths';
import { documentText, editorContent, expectAllSaved, expectConnected, signedInTeacher, typeAtEnd } from '../support/teacher-page';

const liLine = '李老师：教学目标是体会父爱的深沉。';
const zhangLine = '张老师：重点品读望父买橘的段落。';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactsDir, `round-${name}.png`), fullPage: true });

/** Clicks a stage move and confirms it in the dialog. */
async function move(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeHidden();
}

async function expectStage(page: Page, stage: string): Promise<void> {
  await expect(page.locator('.stage-bar [aria-current="step"]')).toHaveText(stage);
}

async function expectReadOnly(page: Page, because: string | RegExp): Promise<void> {
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toContainText('当前阶段你只能查看');
  await expect(page.getByTestId('read-only-notice')).toContainText(because);
  await expect(editorContent(page)).toHaveAttribute('contenteditable', 'false');
}

async function expectEditable(page: Page): Promise<void> {
  await expect(page.getByTestId('read-only-notice')).toBeHidden();
  await expect(editorContent(page)).toHaveAttribute('contenteditable', 'true');
}

test('two lesson-study rounds: 备课组长, 执教教师 and 观课教师 from a new group to 定稿', async ({ browser }) => {
  test.setTimeout(240_000);
  const zhang = await signedInTeacher(browser, '张老师'); // 备课组长
  const li = await signedInTeacher(browser, '李老师'); // 执教教师
  const wang = await signedInTeacher(browser, '王老师'); // 观课教师, from outside the group

  // 张老师 creates the 备课组, adds 李老师, and creates the plan with 李老师 teaching it.
  await expect(zhang.getByRole('heading', { name: '我的备课组' })).toBeVisible();
  await zhang.getByLabel('备课组名称').fill('初二语文备课组');
  await zhang.getByLabel('学校').fill('实验中学');
  await zhang.getByLabel('学科').fill('语文');
  await zhang.getByLabel('年级').fill('八年级');
  await zhang.getByRole('button', { name: '新建备课组' }).click();
  await expect(zhang.getByRole('heading', { name: '初二语文备课组' })).toBeVisible();
  await zhang.getByLabel('成员用户 ID').fill('li');
  await zhang.getByLabel('成员姓名').fill('李老师');
  await zhang.getByRole('button', { name: '添加成员' }).click();
  const members = zhang.getByRole('table', { name: '成员与角色' });
  await expect(members).toContainText('李老师');
  await expect(members).toContainText('组员');
  await expect(members).toContainText('备课组长');
  await shot(zhang, '01-group');
  await zhang.getByLabel('课题').fill('《背影》');
  await zhang.getByLabel('执教教师').selectOption('li');
  await zhang.getByRole('button', { name: '新建教案' }).click();
  await expect(zhang).toHaveURL(/#\/plans\/[0-9a-f]{32}$/);
  const planUrl = zhang.url();
  await expectConnected(zhang);
  await expectStage(zhang, '个人初备');
  // 个人初备 belongs to the teacher: the leader only reads, and is told so.
  await expectReadOnly(zhang, '个人初备');
  await zhang.getByLabel('观课教师用户 ID').fill('wang');
  await zhang.getByLabel('观课教师姓名').fill('王老师');
  await zhang.getByRole('button', { name: '邀请观课' }).click();
  await expect(zhang.getByText('观课教师：王老师')).toBeVisible();

  // 李老师 finds the plan on the home page, under 个人初备, and drafts.
  await li.reload();
  const myPlans = li.getByRole('region', { name: '个人初备' });
  await expect(myPlans.getByRole('link', { name: '《背影》' })).toBeVisible();
  await myPlans.getByRole('link', { name: '《背影》' }).click();
  await expect(li).toHaveURL(planUrl);
  await expectConnected(li);
  await expectEditable(li);
  await expect(li.getByRole('button', { name: '提交集体研讨' })).toBeVisible();
  await typeAtEnd(li, `\n${liLine}`);
  await expectAllSaved(li);
  await expect(li.getByTestId('preview')).toContainText('体会父爱的深沉', { timeout: 20_000 });
  await move(li, '提交集体研讨');

  // 集体研讨: the leader may edit now (told by the hub, without reloading); the observer only reads.
  await expectStage(zhang, '集体研讨');
  await expectEditable(zhang);
  await wang.goto(planUrl);
  await expectConnected(wang);
  await expectStage(wang, '集体研讨');
  await expectReadOnly(wang, '集体研讨');
  await editorContent(wang).click();
  await wang.keyboard.type('观课老师不能写');
  expect(await documentText(wang)).not.toContain('观课老师不能写');
  await expect(wang.getByRole('button', { name: '进入修正' })).toHaveCount(0);

  await Promise.all([typeAtEnd(zhang, `\n${zhangLine}`), typeAtEnd(li, '（待补充）')]);
  for (const page of [zhang, li, wang]) {
    await expect(editorContent(page)).toContainText(zhangLine);
    await expect(editorContent(page)).toContainText('（待补充）');
  }
  await expect(zhang.locator('.cm-ySelectionInfo', { hasText: '李老师' })).toBeVisible();
  await expect(li.locator('.cm-ySelectionInfo', { hasText: '张老师' })).toBeVisible();
  await expect(li.getByTestId('presence')).toContainText('王老师');
  await expectAllSaved(zhang);
  await expectAllSaved(li);
  await shot(li, '02-discussion-co-editing');
  await shot(wang, '03-observer-read-only');

  // 张老师 selects 李老师's line and comments on it as a 建议; everyone sees it at once.
  await zhang.locator('.cm-line', { hasText: '体会父爱的深沉' }).click();
  await zhang.keyboard.press('Home');
  await zhang.keyboard.press('Shift+End');
  await zhang.getByLabel('评论类别').selectOption('suggestion');
  await zhang.getByLabel('评论内容').fill('目标可以更具体：加上朗读训练。');
  await expect(zhang.getByTestId('comment-quote')).toContainText('体会父爱的深沉');
  await zhang.getByRole('button', { name: '发表评论' }).click();
  for (const page of [zhang, li, wang]) {
    const comment = page.getByTestId('comment').filter({ hasText: '目标可以更具体' });
    await expect(comment).toContainText('建议');
    await expect(comment).toContainText('体会父爱的深沉');
  }
  await shot(li, '04-comment');

  // 修正: only the teacher edits and disposes.
  await move(li, '进入修正');
  await expectStage(zhang, '修正');
  await expectReadOnly(zhang, '修正');
  await expectEditable(li);
  // The observer adds a suggestion on the whole plan that nobody disposes of.
  await expectStage(wang, '修正');
  await wang.getByLabel('评论类别').selectOption('suggestion');
  await wang.getByLabel('评论内容').fill('建议增加课堂小结。');
  await wang.getByRole('button', { name: '发表评论' }).click();
  await expect(li.getByTestId('comment').filter({ hasText: '建议增加课堂小结' })).toBeVisible();
  const first = li.getByTestId('comment').filter({ hasText: '目标可以更具体' });
  await first.getByRole('button', { name: '采纳', exact: true }).click();
  await expect(first.getByTestId('disposition')).toHaveText('采纳');
  await expect(zhang.getByTestId('comment').filter({ hasText: '目标可以更具体' }).getByTestId('disposition')).toHaveText('采纳');
  await expect(zhang.getByRole('button', { name: '采纳', exact: true })).toHaveCount(0);
  await typeAtEnd(li, '并通过朗读体会情感。');
  await expectAllSaved(li);
  await shot(li, '05-revision-disposition');

  // Leaving 修正 with an undisposed suggestion asks once more, with the count from the server.
  await move(li, '定稿授课版，进入跟踪');
  const undisposed = li.getByRole('dialog');
  await expect(undisposed).toContainText('还有 1 条建议未处置');
  await undisposed.getByRole('button', { name: '仍然进入跟踪' }).click();
  await expectStage(li, '跟踪');
  await expectReadOnly(li, '授课版已冻结');

  // 跟踪: the observer starts the lesson clock and takes a timed note.
  await expectStage(wang, '跟踪');
  await wang.getByRole('tab', { name: '听课' }).click();
  await wang.getByRole('button', { name: '开始上课计时' }).click();
  await expect(wang.getByRole('button', { name: '开始上课计时' })).toBeHidden();
  await wang.getByLabel('听课笔记', { exact: true }).fill('朗读指导到位，学生投入。');
  await wang.getByRole('button', { name: '记亮点' }).click();
  const note = wang.getByTestId('observation-note').filter({ hasText: '朗读指导到位' });
  await expect(note).toContainText(/\d\d:\d\d/);
  await expect(note).toContainText('亮点');
  await wang.getByLabel('一个亮点').fill('朗读指导到位');
  await wang.getByLabel('一个不足').fill('小结仓促');
  await wang.getByLabel('一条建议').fill('留出三分钟小结');
  await wang.getByRole('button', { name: '保存三个一' }).click();
  await expect(wang.getByText('三个一已保存。')).toBeVisible();
  await shot(wang, '06-tracking-observer');

  // 交流: the teacher writes the 课后反思; the leader sees the summary and finalizes.
  await move(li, '进入交流');
  await expectStage(li, '交流');
  await li.getByRole('tab', { name: '交流' }).click();
  await li.getByLabel('课后反思（Markdown）').fill('本课朗读环节效果好，小结需要更从容。');
  await li.getByRole('button', { name: '保存课后反思' }).click();
  await expect(li.getByText(/课后反思已保存/)).toBeVisible();
  await zhang.getByRole('tab', { name: '交流' }).click();
  await expect(zhang.getByTestId('round-summary')).toContainText('朗读指导到位，学生投入。');
  await expect(zhang.getByTestId('reflection')).toContainText('本课朗读环节效果好');
  await expect(li.getByRole('button', { name: '定稿' })).toHaveCount(0);
  await expect(zhang.getByRole('button', { name: /进入第2轮/ })).toBeVisible();
  await shot(zhang, '07-exchange');

  // Round 2: the leader starts it; the teacher revises again and declines the open suggestion with a reason.
  await move(zhang, '进入第2轮（修正）');
  for (const page of [zhang, li, wang]) {
    await expect(page.getByTestId('plan-round')).toHaveText('第2轮');
    await expectStage(page, '修正');
  }
  await expectEditable(li);
  await expectReadOnly(wang, '修正');
  await li.getByRole('tab', { name: '评论' }).click();
  const open = li.getByTestId('comment').filter({ hasText: '建议增加课堂小结' });
  await open.getByRole('button', { name: '不采纳' }).click();
  await expect(li.getByText('不采纳需要填写理由')).toBeVisible();
  await open.getByLabel('不采纳的理由').fill('本课时间不够，放到下一课时。');
  await open.getByRole('button', { name: '不采纳' }).click();
  await expect(open.getByTestId('disposition')).toHaveText('不采纳：本课时间不够，放到下一课时。');
  await typeAtEnd(li, '\n第二轮：增加三分钟课堂小结。');
  await expectAllSaved(li);
  // Every suggestion has a disposition now: no second question.
  await move(li, '定稿授课版，进入跟踪');
  await expectStage(li, '跟踪');
  await move(li, '进入交流');
  await expectStage(zhang, '交流');
  await move(zhang, '定稿');
  for (const page of [zhang, li, wang]) {
    await expect(page.getByTestId('plan-round')).toHaveText('已定稿');
    await expectReadOnly(page, '已定稿');
  }

  // Versions: the timeline, a comparison coloured by author, and the Word 教案.
  await zhang.getByRole('tab', { name: '版本' }).click();
  await expect(zhang.getByTestId('version')).toHaveCount(8);
  await zhang.getByLabel('旧版本').selectOption({ index: 0 });
  await zhang.getByLabel('新版本').selectOption({ index: 7 });
  await zhang.getByRole('button', { name: '比较' }).click();
  const compare = zhang.getByTestId('compare');
  await expect(compare).toContainText('张老师');
  await expect(compare.locator('ins').first()).toBeVisible();
  await shot(zhang, '08-compare');
  const download = zhang.waitForEvent('download');
  await zhang.getByTestId('version').last().getByRole('button', { name: '下载 Word（.docx）' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  await zhang.context().close();
  await li.context().close();
  await wang.context().close();
});
