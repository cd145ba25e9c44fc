import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildVocabulary, readLabelledTsv, trainingExamples } from '../../scripts/train-id-sentiment';

const MODEL = resolve(__dirname, '../../src/analysis/sentiment/model/id-sentiment.json');
const TRAIN = resolve(__dirname, '../../../shared/eval/id-sentiment/train.tsv');

interface ModelFile {
  training: { vocabularyBeforePruning: number };
  entries: Record<string, number[]>;
}

// The model's features are the normaliser's tokens: a normaliser change without `npm run
// train:sentiment` leaves weights on features the engine no longer produces.
describe('Indonesian sentiment model', () => {
  it('was trained on the features the current normaliser extracts', () => {
    const model = JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile;
    const vocabulary = buildVocabulary(trainingExamples(readLabelledTsv(TRAIN)));
    const stale = Object.keys(model.entries).filter((feature) => !vocabulary.has(feature));
    expect(stale).toEqual([]);
    expect(vocabulary.size).toBe(model.training.vocabularyBeforePruning);
  });
});
