import { Segmented } from 'antd';
import { BarChartOutlined, TableOutlined } from '@ant-design/icons';

export type View = 'chart' | 'table';

/** Chart or table of the same numbers: every chart can be read as a table (screen readers, copying, checking). */
export function ViewSwitch({
  value,
  onChange,
  chartLabel,
  tableLabel,
  name,
}: {
  value: View;
  onChange: (view: View) => void;
  chartLabel: string;
  tableLabel: string;
  /** What is switched, for assistive technology ("Kết quả theo đơn vị"). */
  name: string;
}) {
  return (
    <Segmented<View>
      className="dashboard-view-switch"
      aria-label={name}
      value={value}
      onChange={onChange}
      options={[
        { value: 'chart', label: chartLabel, icon: <BarChartOutlined aria-hidden /> },
        { value: 'table', label: tableLabel, icon: <TableOutlined aria-hidden /> },
      ]}
    />
  );
}
