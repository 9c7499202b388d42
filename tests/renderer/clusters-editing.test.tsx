import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '@shared/domain/cluster';
import type { ClusterOverview, ClustersOfYear, RoundView, ScoringTable } from '@shared/domain/cluster-round';
import { clusterMessages } from '@shared/i18n/vi-clusters';
import { tableMaxima } from '@shared/scoring/criteria';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import {
  buildSaveClusterInput,
  keepLeadersInMembers,
  leaderOptions,
  memberOptions,
} from '@renderer/pages/clusters/cluster-form';
import { buildNominationInput, nominationValues } from '@renderer/pages/clusters/nomination-form';
import { pickOption } from './support/antd-input';
import { createFakeApi, unit } from './support/fake-api';

const units = [
  unit(1, 'Xã Long Hưng', 'xa'),
  unit(2, 'Xã Mỹ Hương', 'xa'),
  unit(3, 'Xã Mỹ Phước', 'xa'),
  unit(4, 'Phòng Văn hóa và Thông tin', 'phong_ban'),
];

function cluster(id: number, name: string, memberIds: number[], extra: Partial<Cluster> = {}): Cluster {
  return {
    id,
    year: 2024,
    name,
    kind: 'cum',
    members: memberIds.map((unitId) => {
      const u = units.find((x) => x.id === unitId)!;
      return { unitId, code: u.code, name: u.name, kind: u.kind };
    }),
    leaderUnitId: memberIds[0] ?? null,
    deputyUnitId: memberIds[1] ?? null,
    note: null,
    demo: false,
    ...extra,
  };
}

const overview = (c: Cluster, criteriaCount = 0): ClusterOverview => ({
  ...c,
  criteriaCount,
  maxima: { content: 0, bonus: 0, deduction: 0, total: 0 },
  rounds: [],
});

describe('cluster form values', () => {
  const cum1 = cluster(10, 'Cụm thi đua số 1', [1, 2]);
  const khoi = cluster(11, 'Khối các phòng', [4], { kind: 'khoi' });

  it('marks units already in another cluster of the same kind, and keeps inactive members of the edited one', () => {
    expect(memberOptions(units, [cum1, khoi], 'cum', null).map((o) => o.label)).toEqual([
      'Xã Long Hưng (đang ở Cụm thi đua số 1)',
      'Xã Mỹ Hương (đang ở Cụm thi đua số 1)',
      'Xã Mỹ Phước',
      'Phòng Văn hóa và Thông tin',
    ]);
    // A cụm and a khối are separate: the department can join a cụm too.
    expect(memberOptions(units, [cum1, khoi], 'khoi', null)[3]!.label).toBe(
      'Phòng Văn hóa và Thông tin (đang ở Khối các phòng)',
    );
    const retiredMember = cluster(12, 'Cụm cũ', [3]);
    expect(memberOptions(units.slice(0, 2), [cum1, retiredMember], 'cum', retiredMember).at(-1)).toEqual({
      value: 3,
      label: 'Xã Mỹ Phước',
      name: 'Xã Mỹ Phước',
    });
  });

  it('offers leaders among the members in rotation order and clears one who left', () => {
    const options = memberOptions(units, [cum1], 'cum', null);
    expect(leaderOptions([3, 1], options)).toEqual([
      { value: 3, label: 'Xã Mỹ Phước' },
      { value: 1, label: 'Xã Long Hưng' },
    ]);
    const values = {
      name: ' Cụm 3 ',
      kind: 'cum' as const,
      memberIds: [3],
      leaderUnitId: 1,
      deputyUnitId: 3,
      note: '',
    };
    expect(keepLeadersInMembers(values)).toMatchObject({ leaderUnitId: null, deputyUnitId: 3 });
    expect(buildSaveClusterInput(keepLeadersInMembers(values), 2024, undefined)).toEqual({
      year: 2024,
      name: 'Cụm 3',
      kind: 'cum',
      memberIds: [3],
      leaderUnitId: null,
      deputyUnitId: 3,
      note: null,
      reason: 'Thêm cụm, khối thi đua',
    });
  });

  it('turns the nomination form into the saveNomination payload, blank text as null', () => {
    const round = {
      id: 5,
      tieRule: ['nhieu_chi_tieu_vuot'],
      nominations: [{ award: 'co_thi_dua', unitId: 1, unitName: 'Xã Long Hưng', votes: 9 }],
      minutes: {
        meetingDate: '2024-12-20',
        meetingPlace: null,
        chair: 'Ông A',
        recorder: null,
        voters: 10,
        note: null,
      },
    } as unknown as RoundView;
    const values = nominationValues(round);
    expect(values.meetingDate?.format('DD/MM/YYYY')).toBe('20/12/2024');
    values.nominations.push({ award: 'bang_khen', unitId: 2, votes: null });
    values.tieRule = ['diem_noi_dung_cao', 'nhieu_chi_tieu_vuot', 'diem_noi_dung_cao'];
    values.meetingPlace = '  ';
    values.meetingDate = dayjs('2024-12-21');
    expect(buildNominationInput(5, values)).toEqual({
      roundId: 5,
      tieRule: ['diem_noi_dung_cao', 'nhieu_chi_tieu_vuot'],
      nominations: [
        { award: 'co_thi_dua', unitId: 1, votes: 9 },
        { award: 'bang_khen', unitId: 2, votes: 0 },
      ],
      minutes: {
        meetingDate: '2024-12-21',
        meetingPlace: null,
        chair: 'Ông A',
        recorder: null,
        voters: 10,
        note: null,
      },
    });
  });
});

function renderClusters(state: { clusters: ClusterOverview[]; table?: ScoringTable }) {
  const list = (year: number): ClustersOfYear => ({
    year,
    years: [2024],
    clusters: year === 2024 ? state.clusters : [],
  });
  const fake = createFakeApi(
    { units },
    {
      'clusters:list': ({ year }) => list(year),
      'clusters:save': (input) => cluster(20, input.name, input.memberIds),
      'clusters:criteria': ({ clusterId }) =>
        state.table ?? { clusterId, rows: [], maxima: tableMaxima([]), hasScores: false },
      'clusters:saveCriteria': ({ clusterId, rows }) => ({
        clusterId,
        rows: rows.map((r, i) => ({ ...r, id: i + 1, leaf: true, indicatorName: null })),
        maxima: tableMaxima(rows),
        hasScores: false,
      }),
      'indicators:list': () => [],
    },
  );
  window.api = fake.api;
  window.history.replaceState(null, '', '#/cum-khoi');
  render(<App queryClient={createQueryClient()} />);
  return fake;
}

/** The button whose text contains this (role queries are slow over the whole app in jsdom). */
async function button(text: string, root: ParentNode = document): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const found = [...root.querySelectorAll('button')].find(
      (b) => b.textContent?.includes(text) || b.getAttribute('aria-label') === text,
    );
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  });
}

describe('Cụm, khối page: editing', () => {
  it('creates a cluster, showing the core’s refusal of a unit already in another cụm and keeping the dialog', async () => {
    const fake = renderClusters({ clusters: [overview(cluster(10, 'Cụm thi đua số 1', [1, 2]))] });
    fireEvent.click(await button('Thêm cụm, khối'));
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal');
      if (!found) throw new Error('No dialog');
      return found;
    });
    fireEvent.change(within(dialog).getByLabelText('Tên cụm, khối'), { target: { value: 'Cụm thi đua số 2' } });
    await pickOption(within(dialog).getByLabelText('Đơn vị thành viên'), 'Xã Long Hưng (đang ở Cụm thi đua số 1)');
    await pickOption(within(dialog).getByLabelText('Cụm trưởng'), 'Xã Long Hưng');
    const refusal = clusterMessages.memberElsewhere('Xã Long Hưng', 'Cụm thi đua số 1', 2024);
    fake.failNext('clusters:save', { code: 'CONFLICT', message: refusal });
    fireEvent.click(await button('Lưu', dialog));

    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(document.querySelector('.ant-modal')).toBeTruthy();
    expect(fake.callsTo('clusters:save')[0]).toMatchObject({
      year: 2024,
      name: 'Cụm thi đua số 2',
      kind: 'cum',
      memberIds: [1],
      leaderUnitId: 1,
      deputyUnitId: null,
    });
  }, 40_000);

  it('builds a new table with the live scale 1.000 = 950 + 50 and saves the rows', async () => {
    const fake = renderClusters({ clusters: [overview(cluster(10, 'Cụm thi đua số 1', [1, 2]))] });
    fireEvent.click(await button('Bảng tiêu chí Cụm thi đua số 1'));
    fireEvent.click(await button('Thêm nhóm tiêu chí'));
    fireEvent.change(screen.getByLabelText('Tiêu chí dòng 1'), { target: { value: 'Thực hiện nhiệm vụ' } });
    fireEvent.change(screen.getByLabelText('Điểm tối đa dòng 1'), { target: { value: '950' } });
    fireEvent.click(await button('Thêm nhóm điểm thưởng'));
    fireEvent.change(screen.getByLabelText('Tiêu chí dòng 2'), { target: { value: 'Điểm thưởng' } });
    fireEvent.change(screen.getByLabelText('Điểm tối đa dòng 2'), { target: { value: '50' } });

    await waitFor(() =>
      expect(screen.getByTestId('criteria-scale').textContent).toBe(
        'Thang điểm 1.000 = 950 điểm nội dung + 50 điểm thưởng; trừ tối đa 0 điểm',
      ),
    );
    // A child of I must add up to the group's maximum: the shared check says so before anything is sent.
    fireEvent.click(await button('Thêm tiêu chí con của I'));
    fireEvent.change(screen.getByLabelText('Tiêu chí dòng 2'), { target: { value: 'Sản lượng lúa' } });
    fireEvent.change(screen.getByLabelText('Điểm tối đa dòng 2'), { target: { value: '900' } });
    expect(
      await screen.findByText('Tổng điểm tối đa các tiêu chí con của "I" là 900, khác điểm tối đa của nhóm (950).'),
    ).toBeTruthy();
    fireEvent.click(await button('Lấy 900'));
    fireEvent.click(await button('Lưu bảng tiêu chí'));

    await waitFor(() => expect(fake.callsTo('clusters:saveCriteria')).toHaveLength(1));
    expect(fake.callsTo('clusters:saveCriteria')[0]!.rows).toEqual([
      { level: 1, code: 'I', title: 'Thực hiện nhiệm vụ', kind: 'noi_dung', maxPoints: 900, link: null },
      { level: 2, code: '1', title: 'Sản lượng lúa', kind: 'noi_dung', maxPoints: 900, link: null },
      { level: 1, code: 'II', title: 'Điểm thưởng', kind: 'thuong', maxPoints: 50, link: null },
    ]);
  }, 40_000);

  it('shows the core’s message and offers no adding or removing once the table has scores', async () => {
    const rows = [
      { id: 1, level: 1, code: 'I', title: 'Nội dung', kind: 'noi_dung' as const, maxPoints: 100, link: null },
    ];
    renderClusters({
      clusters: [overview(cluster(10, 'Cụm thi đua số 1', [1, 2]), 1)],
      table: {
        clusterId: 10,
        rows: rows.map((r) => ({ ...r, leaf: true, indicatorName: null })),
        maxima: tableMaxima(rows),
        hasScores: true,
      },
    });
    fireEvent.click(await button('Bảng tiêu chí Cụm thi đua số 1'));

    expect(await screen.findByText(clusterMessages.criteriaHaveScores('Cụm thi đua số 1'))).toBeTruthy();
    expect((await button('Thêm nhóm tiêu chí')).disabled).toBe(true);
    expect((await button('Xóa tiêu chí I')).disabled).toBe(true);
  }, 40_000);
});
