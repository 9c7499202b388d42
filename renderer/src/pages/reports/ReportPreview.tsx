import { useEffect, useRef, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Card, Spin } from 'antd';
import { useApiQuery } from '@renderer/api/hooks';
import { viReports } from '@renderer/i18n/vi-reports';

const t = viReports.preview;

/** The frame is one A4 page at 96 dpi plus room for the page's own margin and a scroll bar, A4-proportioned. */
const frameWidth = 830;
const frameHeight = Math.round(frameWidth * Math.SQRT2);

/** The width of an element, followed as the window is resized. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(frameWidth);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? frameWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The report exactly as it prints: the core's own HTML (`reports:html`, the same the PDF is made from) in an iframe
 * that runs nothing (`sandbox=""`: no script, no forms, no navigation, an opaque origin) from `srcdoc` (no URL to
 * load). The page is shown at A4 proportions, scaled down to the column's width; it scrolls inside the frame.
 */
export function ReportPreview({ id }: { id: number }) {
  const html = useApiQuery('reports:html', { id }, { placeholderData: keepPreviousData });
  const { ref, width } = useWidth();
  const scale = Math.min(1, width / frameWidth);

  return (
    <Card size="small" title={t.title} styles={{ body: { padding: 8, background: '#eee' } }}>
      <div ref={ref} style={{ width: '100%' }}>
        {html.isError && <Alert type="error" showIcon title={viReports.loadFailed} description={html.error.message} />}
        {html.isPending && <Spin description={t.loading} />}
        {html.data && (
          <div style={{ width: frameWidth * scale, height: frameHeight * scale, overflow: 'hidden' }}>
            <iframe
              title={t.frameTitle}
              sandbox=""
              srcDoc={html.data.html}
              style={{
                width: frameWidth,
                height: frameHeight,
                border: 0,
                background: '#fff',
                transform: `scale(${scale})`,
                transformOrigin: 'top left',
              }}
            />
          </div>
        )}
      </div>
    </Card>
  );
}
