import { useEffect } from 'react';
import { Layout, Menu } from 'antd';
import { vi } from '../i18n/vi';
import { AppHeader } from './AppHeader';
import { findSection, sections } from './sections';
import { useHashRoute } from './use-hash-route';

/** The working layout: sidebar of sections, header, and the page the hash route selects. */
export function AppShell({ demo }: { demo: boolean }) {
  const { path, navigate } = useHashRoute();
  const section = findSection(sections, path);
  const fallback = sections[0]!;

  useEffect(() => {
    if (!section) navigate(fallback.path, { replace: true });
  }, [section, fallback, navigate]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={220}
        breakpoint="lg"
        collapsedWidth={64}
        style={{ borderRight: '1px solid #e5e8ed' }}
      >
        <nav aria-label={vi.app.menuLabel}>
          <Menu
            mode="inline"
            selectedKeys={section ? [section.key] : []}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            items={sections.map((s) => ({
              key: s.key,
              icon: s.icon,
              // A real link: keyboard and screen readers treat it as navigation, and the hash router follows it.
              label: <a href={`#${s.path}`}>{s.label}</a>,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader demo={demo} />
        <Layout.Content style={{ padding: 24 }}>
          <main>{section?.element}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
