import { lowerVietnamese } from './normalize';
import type { ClassifiedLine } from './sections';

/** A line (or a line and its continuation) that should hold one or more targets. */
export interface TargetCandidate {
  line: number;
  /** The line without its list marker. */
  text: string;
  /** The nearest lead-in ("- Phấn đấu hoàn thành các chỉ tiêu về phát triển kinh tế:"), used as a hint for the group. */
  leadIn: string | null;
}

const leadInWords = /chỉ tiêu|phấn đấu|mục tiêu/u;

function isLeadIn(text: string): boolean {
  return text.endsWith(':') && leadInWords.test(lowerVietnamese(text));
}

/** A PDF page break cuts a sentence in two; the second half starts in lower case. */
function isContinuation(line: ClassifiedLine, previous: TargetCandidate | undefined): previous is TargetCandidate {
  return previous !== undefined && line.item.rank === -1 && /^\p{Ll}/u.test(line.text) && !/[.;]$/.test(previous.text);
}

/**
 * Finds the lines that state targets: every item of a "Chỉ tiêu thi đua" section, and the items
 * under a lead-in that announces targets ("Phấn đấu hoàn thành các chỉ tiêu …:") inside the content.
 * Prose elsewhere (purposes, solutions, organisation, legal references) never yields targets, which
 * is what keeps dates, document numbers and anniversaries out.
 * @example findTargetCandidates(classifyLines(normalizePlanText('I. CHỈ TIÊU\n(1) Lúa 320.080 tấn.')))[0]?.text === 'Lúa 320.080 tấn.'
 */
export function findTargetCandidates(lines: readonly ClassifiedLine[]): TargetCandidate[] {
  const candidates: TargetCandidate[] = [];
  let zone: { outerRank: number; currentRank: number } | null = null;
  let leadIn: string | null = null;
  // A continuation must directly follow the candidate it completes (blank lines aside).
  let lastWasCandidate = false;
  let added = false;

  const add = (line: ClassifiedLine): void => {
    const previous = candidates.at(-1);
    if (lastWasCandidate && isContinuation(line, previous)) previous.text = `${previous.text} ${line.text}`;
    else candidates.push({ line: line.line, text: line.item.rest, leadIn });
    added = true;
  };

  for (const line of lines) {
    if (line.text === '') continue;
    added = false;
    if (line.headingLevel > 0) {
      zone = null;
      leadIn = line.kind === 'targets' ? line.item.rest : null;
      lastWasCandidate = false;
      continue;
    }
    if (line.kind === 'targets') {
      if (line.text.endsWith(':')) leadIn = line.item.rest;
      else add(line);
    } else if (line.kind === 'content' || line.kind === 'other') {
      const rank = line.item.rank;
      if (zone !== null) {
        const isSubLeadIn = line.text.endsWith(':') && rank > zone.outerRank;
        if (isSubLeadIn) {
          zone.currentRank = rank;
          leadIn = line.item.rest;
        } else if (rank > zone.currentRank || (rank === -1 && zone.currentRank === -1)) {
          add(line);
        } else if (lastWasCandidate && isContinuation(line, candidates.at(-1))) {
          add(line);
        } else {
          zone = null;
        }
      }
      if (zone === null && isLeadIn(line.text)) {
        zone = { outerRank: line.item.rank, currentRank: line.item.rank };
        leadIn = line.item.rest;
      }
    }
    lastWasCandidate = added;
  }
  return candidates;
}
