/* Citations shared by the rules: each is a document's title (seed files are listed in /work/shared/seeds/README.md). */

/** Halton PEP Policy 2023-24: Halton Virtual School PEP Policy 2023-24 (updated January 2025). */
export const _HALTON = 'Halton Virtual School PEP Policy 2023-24';
/** Halton PEP Policy 2023-24 Appendix C, the PEP QA grid. */
export const _HALTON_GRID = `${_HALTON}, Appendix C PEP QA Criteria`;
/** Halton PEP Policy 2023-24 Appendix C, the non-negotiables of the QA grid. */
export const _HALTON_NON_NEGOTIABLE = `${_HALTON_GRID} (non-negotiables)`;
/** Barnet PEP Guidance: Barnet Virtual School PEP Guidance. */
export const _BARNET = 'Barnet Virtual School PEP Guidance';
/** Bolton PEP guidance 2021/22: Bolton Virtual School PEP guidance 2021/22. */
export const _BOLTON = 'Bolton Virtual School PEP guidance 2021/22';
/** Milton Keynes DT Handbook 2024/25: Milton Keynes Virtual School Designated Teacher Handbook 2024/25. */
export const _MK = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25';
/** The Virtual School Handbook (NAVSH, 2014): NAVSH Virtual School Handbook (2014). */
export const _NAVSH = 'The Virtual School Handbook (NAVSH, 2014)';
/** The PEP's statutory minimum content. */
export const _CPPCR_SCH1 = 'Care Planning, Placement and Case Review (England) Regulations 2010, Sch 1 para 2';
/** DfE statutory guidance on the education of looked-after children. */
export const _STAT_GUIDANCE = 'DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (2018)';
/** The SDQ's official scoring instructions. */
export const _SDQ_SCORING = 'Youthinmind, Scoring the Strengths & Difficulties Questionnaire for age 4-17 (sdqinfo.org)';
/** Internal consistency of the record: no external source needed. */
export const _CONSISTENCY = 'pep-rules data consistency (PEP interchange format v1)';
