/** The "Khen thưởng" section at `#/khen-thuong`, with one sub-route per tab so a reload keeps the screen. */
export const commendationPath = '/khen-thuong';

export type CommendationTab = 'proposals' | 'decisions' | 'lookup' | 'registry';

export type CommendationRoute =
  | { tab: 'proposals'; proposalId: number | null }
  | { tab: 'decisions'; decisionId: number | null; newFromProposal: number | null }
  | { tab: 'lookup' }
  | { tab: 'registry' };

const tabSegments: Record<CommendationTab, string> = {
  proposals: '',
  decisions: '/quyet-dinh',
  lookup: '/tra-cuu',
  registry: '/danh-muc',
};

/** @example tabPath('decisions') === '/khen-thuong/quyet-dinh' */
export function tabPath(tab: CommendationTab): string {
  return `${commendationPath}${tabSegments[tab]}`;
}

/** @example proposalPath(4) === '/khen-thuong/de-nghi/4' */
export function proposalPath(id: number): string {
  return `${commendationPath}/de-nghi/${id}`;
}

/** @example decisionPath(7) === '/khen-thuong/quyet-dinh/7' */
export function decisionPath(id: number): string {
  return `${commendationPath}/quyet-dinh/${id}`;
}

/** The decision form with a proposal's lines chosen. @example newDecisionPath(4) === '/khen-thuong/quyet-dinh/moi/4' */
export function newDecisionPath(proposalId: number): string {
  return `${commendationPath}/quyet-dinh/moi/${proposalId}`;
}

/**
 * Which tab and record a path shows; unknown sub-paths show the proposals list.
 * @example parseCommendationPath('/khen-thuong/quyet-dinh/7') → { tab: 'decisions', decisionId: 7, newFromProposal: null }
 */
export function parseCommendationPath(path: string): CommendationRoute {
  const rest = path.startsWith(commendationPath) ? path.slice(commendationPath.length) : '';
  let match = /^\/de-nghi\/(\d{1,9})$/.exec(rest);
  if (match) return { tab: 'proposals', proposalId: Number(match[1]) };
  match = /^\/quyet-dinh\/moi\/(\d{1,9})$/.exec(rest);
  if (match) return { tab: 'decisions', decisionId: null, newFromProposal: Number(match[1]) };
  match = /^\/quyet-dinh(?:\/(\d{1,9}))?$/.exec(rest);
  if (match) return { tab: 'decisions', decisionId: match[1] ? Number(match[1]) : null, newFromProposal: null };
  if (rest === '/tra-cuu') return { tab: 'lookup' };
  if (rest === '/danh-muc') return { tab: 'registry' };
  return { tab: 'proposals', proposalId: null };
}
