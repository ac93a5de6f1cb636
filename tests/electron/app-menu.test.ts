import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, type AppMenuOptions, type MenuCommand } from '../../electron/main/app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<AppMenuOptions> = {}) {
  const commands: MenuCommand[] = [];
  let libraryShown = 0;
  const template = appMenuTemplate({
    platform: 'linux',
    appName: 'Triptych',
    allowReload: false,
    allowDevTools: false,
    onCommand: (command) => commands.push(command),
    onShowLibraryFolder: () => libraryShown++,
    ...overrides,
  });
  const items = flatten(template);
  const click = (id: string) => (items.find((item) => item.id === id)?.click as (() => void) | undefined)?.();
  return { template, items, roles: items.map((item) => item.role).filter(Boolean), commands, click, libraryShown: () => libraryShown };
}

describe('appMenuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    expect(build().template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
    expect(build({ platform: 'darwin' }).template.map((item) => item.label ?? item.role)).toEqual(['Triptych', 'File', 'Edit', 'View', 'Window', 'help']);
  });

  it('sends New Issue (Ctrl/Cmd+N) and Settings to the renderer, shows the library folder in main', () => {
    const menu = build();
    expect(menu.items.find((item) => item.id === 'new-issue')?.accelerator).toBe('CmdOrCtrl+N');
    menu.click('new-issue');
    menu.click('open-settings');
    menu.click('show-library-folder');
    expect(menu.commands).toEqual(['new-issue', 'open-settings']);
    expect(menu.libraryShown()).toBe(1);
  });

  it('offers the standard edit roles', () => {
    expect(build().roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll', 'quit']));
  });

  it('has no reload or DevTools in packaged builds', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const roles = build({ platform }).roles;
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    }
  });

  it('adds reload and DevTools only when allowed (development)', () => {
    expect(build({ allowReload: true }).roles).toContain('reload');
    expect(build({ allowReload: true }).roles).not.toContain('toggleDevTools');
    expect(build({ allowDevTools: true }).roles).toContain('toggleDevTools');
    expect(build({ allowDevTools: true }).roles).not.toContain('reload');
  });
});
