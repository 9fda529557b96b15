import path from 'node:path';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { artifactsDir } from '../support/paths';
import { startServer, type RunningServer } from '../support/server-process';
import { editorContent, expectAllSaved, expectConnected, signedInTeacher, typeAtEnd } from '../support/teacher-page';

// Its own server, so that killing it does not disturb the other tests.
let server: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  server = await startServer({ logName: 'server-crash.log' });
  dataDir = server.dataDir;
});

test.afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('after the server is killed and restarted, saved edits are there and edits made meanwhile are saved', async ({ browser }) => {
  const zhang = await signedInTeacher(browser, '张老师', server.baseUrl);
  const li = await signedInTeacher(browser, '李老师', server.baseUrl);
  await zhang.getByLabel('新文档标题').fill('服务器重启测试');
  await zhang.getByRole('button', { name: '新建文档' }).click();
  await expect(zhang).toHaveURL(/#\/documents\/[0-9a-f]+$/);
  await zhang.getByLabel('共享给（用户 ID）').fill('li');
  await zhang.getByRole('button', { name: '共享' }).click();
  await expect(zhang.getByText('已共享给 li（可编辑）')).toBeVisible();
  await li.goto(zhang.url());
  await expectConnected(zhang);
  await expectConnected(li);

  await typeAtEnd(zhang, '重启前写的。');
  await expectAllSaved(zhang);

  // SIGKILL: what was acknowledged must survive; the browsers see the connection go.
  await server.crash();
  await expect(zhang.getByTestId('connection-state')).not.toHaveText('已连接');
  await typeAtEnd(li, '服务器不在时写的。');
  await expect(li.getByTestId('save-state')).toHaveText('未保存的更改');
  await li.screenshot({ path: path.join(artifactsDir, 'li-server-down.png') });

  server = await startServer({ port: server.port, dataDir, logName: 'server-crash.log' });

  // SignalR reconnects by itself; the provider joins again and sends what is still unacknowledged.
  for (const page of [zhang, li]) {
    await expect(page.getByTestId('connection-state')).toHaveText('已连接', { timeout: 30_000 });
    await expectAllSaved(page);
    await expect(editorContent(page)).toContainText('重启前写的。');
    await expect(editorContent(page)).toContainText('服务器不在时写的。');
  }
  await li.reload();
  await expect(editorContent(li)).toContainText('重启前写的。');
  await expect(editorContent(li)).toContainText('服务器不在时写的。');
  await li.screenshot({ path: path.join(artifactsDir, 'li-after-server-restart.png') });

  await zhang.context().close();
  await li.context().close();
});
