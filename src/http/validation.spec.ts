import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateAuditDto } from '../audits/dto/create-audit.dto';
import { flattenValidationErrors } from './validation';

async function errorsFor(body: unknown) {
  const dto = plainToInstance(CreateAuditDto, body);
  return flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
}

describe('flattenValidationErrors', () => {
  it('names nested fields with array indexes', async () => {
    const errors = await errorsFor({
      sources: [{ platform: 'linkedin' }, { platform: 'x', posts: [{ text: 'ok' }, { text: 'ok', postedAt: 'yesterday' }] }],
    });
    expect(errors).toEqual([{ field: 'sources[1].posts[1].postedAt', message: expect.stringMatching(/ISO 8601/) }]);
  });

  it('reports unknown fields as not allowed', async () => {
    const errors = await errorsFor({ sources: [{ platform: 'x', password: 'p' }] });
    expect(errors).toEqual([{ field: 'sources[0].password', message: 'is not an allowed field' }]);
  });

  it('reports every bad field at once', async () => {
    const errors = await errorsFor({ sources: [{ platform: 'myspace', metrics: { followers: -1 } }], locale: 'fr' });
    expect(errors.map((error) => error.field).sort()).toEqual(['locale', 'sources[0].metrics.followers', 'sources[0].platform']);
  });
});
