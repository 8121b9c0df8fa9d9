import type { PathSegment } from '../../core/finding';
import { defineRule, type RuleHit } from '../defineRule';
import { _CONTRIBUTION_MIN_WORDS, _hasText, _wordsAtLeast } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

type Params = { contributor: string; minWords: number };

/**
 * Each contributor's comment has some detail (at least 5 words).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CONTRIBUTION-BRIEF')?.severity;
 * //=> 'info'
 */
export const contributionBrief = defineRule<Params>({
  code: 'PEP-CONTRIBUTION-BRIEF',
  severity: 'info',
  appliesTo: {},
  qa: { criterion: 'contributors', element: 'detail' },
  description: `A contributor's comment is lacking detail (fewer than ${_CONTRIBUTION_MIN_WORDS} words).`,
  source: `${_HALTON_GRID}: contributor comments (Amber: some contributor comments are missing or lacking detail)`,
  message: (p) => `The ${p.contributor} comment is lacking detail (fewer than ${p.minWords} words).`,
  check: (pep) => {
    const hits: RuleHit<Params>[] = [];
    const brief = (text: string | undefined, path: PathSegment[], contributor: string): void => {
      if (_hasText(text) && !_wordsAtLeast(text, _CONTRIBUTION_MIN_WORDS)) {
        hits.push({ path, params: { contributor, minWords: _CONTRIBUTION_MIN_WORDS } });
      }
    };
    brief(pep.views.carer?.text, ['views', 'carer', 'text'], 'carer');
    brief(pep.views.socialWorker?.text, ['views', 'socialWorker', 'text'], 'social worker');
    brief(pep.views.designatedTeacher?.text, ['views', 'designatedTeacher', 'text'], 'designated teacher');
    (pep.views.others ?? []).forEach((o, i) => brief(o.text, ['views', 'others', i, 'text'], 'other contributor'));
    return hits;
  },
});
