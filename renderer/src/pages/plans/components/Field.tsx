import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/**
 * A small caption above a control inside a table cell or a compact form. The control carries its own aria-label
 * (which names the row too), so the caption is only visual.
 */
export function Field({ caption, extra, children }: { caption: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} aria-hidden>
        {caption}
      </Typography.Text>
      {children}
      {extra}
    </Flex>
  );
}
