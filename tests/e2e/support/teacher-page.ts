import { expect, type Browser, type Page } from '@playwright/test';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error('E2E_BASE_URL is not set: the global setup starts the server and sets it');
  }
  return url;
}

/** One teacher in an own browser context (own sessionStorage), signed in with the development sign-in. */
export async function signedInTeacher(browser: Browser, displayName: string, serverUrl = baseUrl()): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 760 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${displayName}] page error: ${error.message}`));
  await page.goto(`${serverUrl}/`);
  await page.getByRole('button', { name: `以${displayName}登录` }).click();
  await expect(page.getByRole('heading', { name: '我的文档' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText(displayName);
  return page;
}

export function editorContent(page: Page) {
  return page.locator('.cm-content');
}

/** The editor's text as the document holds it: its lines without the remote cursors' name labels. */
export function documentText(page: Page): Promise<string> {
  return editorContent(page).evaluate((content) =>
    [...content.querySelectorAll('.cm-line')]
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cm-ySelectionCaret').forEach((caret) => caret.remove());
        return copy.textContent ?? '';
      })
      .join('\n'),
  );
}

/** Puts the caret at the end of the text and types like a person (keystroke by keystroke). */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorContent(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 25 });
}

export async function typeAtStart(page: Page, text: string): Promise<void> {
  await editorContent(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text, { delay: 25 });
}

export async function expectConnected(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-state')).toHaveText('已连接');
}

export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('所有更改已保存');
}
