import { bench, describe } from 'vitest';
import { checkPpPlusRequest, ppPlusEligibility, totalLedgerByFinancialYear } from '../src/funding/index';
import { policies } from '../src/policy/presets/index';
import { makePep } from '../test/funding/_pep';

const pep = makePep({
  meeting: { date: '2024-10-15' },
  ppPlus: {
    requests: [
      { targetIds: ['t1'], description: 'Maths tuition', category: 'tuition', amount: 550, breakdown: [{ item: 'Tuition', quantity: 10, unitCost: 55, amount: 550 }] },
      { targetIds: ['t2'], description: 'Circle time resources', category: 'resources', amount: 600, breakdown: [{ item: 'Resources', amount: 600 }] },
    ],
  },
});
const ledger = [
  { date: '2024-07-15', amount: 750, setting: '100001' },
  { date: '2024-03-20', amount: 1045, setting: '100001' },
];
const input = { pep, ledger };
const json = JSON.stringify(input);
const bigLedger = Array.from({ length: 1000 }, (_, i) => ({ date: `20${20 + (i % 6)}-0${1 + (i % 9)}-15`, amount: (i % 500) + 0.99 }));
const bigJson = JSON.stringify(bigLedger);

describe('checkPpPlusRequest (Bolton, 2 costed requests, 2 ledger entries)', () => {
  bench('checkPpPlusRequest', () => {
    checkPpPlusRequest(input, policies.bolton);
  });
  bench('baseline: JSON.parse of the same input', () => {
    JSON.parse(json);
  });
});

describe('ppPlusEligibility', () => {
  bench('ppPlusEligibility (PEP child section)', () => {
    ppPlusEligibility(pep.child, '2024-10-15', policies.miltonKeynes);
  });
  bench('baseline: JSON.parse of the child section', () => {
    JSON.parse('{"id":"child-1","forename":"Test","surname":"Child","dateOfBirth":"2014-05-01","enteredCare":"2023-02-01"}');
  });
});

describe('totalLedgerByFinancialYear (1,000 entries)', () => {
  bench('totalLedgerByFinancialYear', () => {
    totalLedgerByFinancialYear(bigLedger);
  });
  bench('baseline: JSON.parse of the ledger', () => {
    JSON.parse(bigJson);
  });
});
