import { analyzeText } from '../text/analyze';
import { brandStrength } from './gambling';
import { buildUnits } from './units';

function strengthOf(word: string): string {
  const units = buildUnits(analyzeText(word, { source: 0, field: 'about' }));
  expect(units).toHaveLength(1);
  return brandStrength(units[0]);
}

describe('brandStrength', () => {
  it.each([
    ['𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗', 'strong'],
    ['AЕR𝐎𝟴𝟴', 'strong'],
    ['KINGASIA77', 'strong'],
    ['loyalbet88', 'strong'],
    ['𝐌𝐎𝐍𝐀𝟒𝐃', 'strong'],
    ['K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲', 'strong'],
    ['B U K I T 8 8 8', 'strong'],
    ['ALEXIS⭐77', 'strong'],
    ['Bowo88', 'weak'],
    ['CITRA10', 'weak'],
    ['agustoto', 'weak'],
    ['python3', 'none'],
    ['covid19', 'none'],
    ['kapan2', 'none'],
    ['2024', 'none'],
    ['engineering', 'none'],
  ])('%s is %s', (word, strength) => {
    expect(strengthOf(word)).toBe(strength);
  });
});
