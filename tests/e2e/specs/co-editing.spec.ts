import path from 'node:path';
import { expect, test } from '@playwright/test';
import { artifactsDir } from '../support/paths';
import {
  documentText,
  editorContent,
  expectAllSaved,
  expectConnected,
  signedInTeacher,
  typeAtEnd,
  typeAtStart,
} from '../support/teacher-page';

const zhangLine = '张老师：教学目标是理解父爱的深沉。';
const liLine = '李老师：重点品读望父买橘的段落。';
const zhangIntro = '《背影》教案';

test('two teachers co-edit one document: text, cursors with names, saved state, reload', async ({ browser }) => {
  const zhang = await signedInTeacher(browser, '张老师');
  const li = await signedInTeacher(browser, '李老师');

  // 张老师 creates the document and shares it with 李老师 as an editor.
  await zhang.getByLabel('新文档标题').fill('《背影》第一课时');
  await zhang.getByRole('button', { name: '新建文档' }).click();
  await expect(zhang).toHaveURL(/#\/documents\/[0-9a-f]+$/);
  await expect(zhang.getByRole('heading', { name: '《背影》第一课时' })).toBeVisible();
  await zhang.getByLabel('共享给（用户 ID）').fill('li');
  await expect(zhang.getByLabel('可编辑')).toBeChecked();
  await zhang.getByRole('button', { name: '共享' }).click();
  await expect(zhang.getByText('已共享给 li（可编辑）')).toBeVisible();

  // 李老师 finds it in the list and opens it.
  await li.reload();
  const link = li.getByRole('link', { name: '《背影》第一课时' });
  await expect(link).toBeVisible();
  await li.screenshot({ path: path.join(artifactsDir, 'li-document-list.png') });
  await link.click();
  await expect(li).toHaveURL(zhang.url());

  await expectConnected(zhang);
  await expectConnected(li);
  await expect(editorContent(zhang)).toHaveAttribute('contenteditable', 'true');
  await expect(editorContent(li)).toHaveAttribute('contenteditable', 'true');

  // 张老师 writes the first line; once 李老师 sees it, both type at the same time in different
  // places (张老师 a line above it, 李老师 after it). Two people typing at the very same position at
  // once may interleave their characters: that is CRDT semantics, not something to assert on.
  await typeAtEnd(zhang, zhangLine);
  await expect(editorContent(li)).toContainText(zhangLine);
  await Promise.all([typeAtStart(zhang, `${zhangIntro}\n`), typeAtEnd(li, `\n${liLine}`)]);

  for (const page of [zhang, li]) {
    await expect(editorContent(page)).toContainText(zhangLine);
    await expect(editorContent(page)).toContainText(liLine);
    await expect(editorContent(page)).toContainText(zhangIntro);
  }

  // Each sees the other's cursor, labelled with the other's name.
  await expect(zhang.locator('.cm-ySelectionCaret .cm-ySelectionInfo', { hasText: '李老师' })).toBeVisible();
  await expect(li.locator('.cm-ySelectionCaret .cm-ySelectionInfo', { hasText: '张老师' })).toBeVisible();

  // Saved means acknowledged by the server: both say so once their edits are durable.
  await expectAllSaved(zhang);
  await expectAllSaved(li);
  await zhang.screenshot({ path: path.join(artifactsDir, 'zhang-editing.png') });
  await li.screenshot({ path: path.join(artifactsDir, 'li-editing.png') });

  // Both teachers' text agrees exactly.
  const zhangText = await documentText(zhang);
  await expect.poll(() => documentText(li)).toBe(zhangText);

  // A reload starts from nothing in the browser: everything comes back from the server.
  await li.reload();
  await expectConnected(li);
  await expect(editorContent(li)).toContainText(zhangLine);
  await expect(editorContent(li)).toContainText(liLine);
  await expectAllSaved(li);
  await li.screenshot({ path: path.join(artifactsDir, 'li-after-reload.png') });

  await zhang.context().close();
  await li.context().close();
});

test('a member the document is shared with read-only sees it but cannot edit', async ({ browser }) => {
  const zhang = await signedInTeacher(browser, '张老师');
  const wang = await signedInTeacher(browser, '王老师');

  await zhang.getByLabel('新文档标题').fill('《春》教学设计');
  await zhang.getByRole('button', { name: '新建文档' }).click();
  await expect(zhang).toHaveURL(/#\/documents\/[0-9a-f]+$/);
  await expectConnected(zhang);
  await typeAtEnd(zhang, '盼望着，盼望着');
  await expectAllSaved(zhang);
  await zhang.getByLabel('共享给（用户 ID）').fill('wang');
  await zhang.getByLabel('可编辑').uncheck();
  await zhang.getByRole('button', { name: '共享' }).click();
  await expect(zhang.getByText('已共享给 wang（只读）')).toBeVisible();

  await wang.goto(zhang.url());
  await expectConnected(wang);
  await expect(editorContent(wang)).toContainText('盼望着，盼望着');
  await expect(wang.getByTestId('read-only-notice')).toBeVisible();
  await expect(wang.getByTestId('read-only-notice')).toContainText('只读');
  await expect(editorContent(wang)).toHaveAttribute('contenteditable', 'false');
  // Typing changes nothing, here or for the owner, and nothing waits to be saved.
  await editorContent(wang).click();
  await wang.keyboard.type('改动', { delay: 25 });
  await expect(editorContent(wang)).not.toContainText('改动');
  await expectAllSaved(wang);
  await expect(editorContent(zhang)).not.toContainText('改动');
  await wang.screenshot({ path: path.join(artifactsDir, 'wang-read-only.png') });

  await zhang.context().close();
  await wang.context().close();
});
