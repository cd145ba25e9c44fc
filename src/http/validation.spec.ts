import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { CreateAuditDto } from '../audits/dto/create-audit.dto';
import { createValidationPipe } from './validation';

class ItemDto {
  @IsString() text!: string;
  @IsOptional() @IsISO8601({ strict: true }) postedAt?: string;
  @IsOptional() @IsInt() @Min(0) likes?: number;
}

class ListDto {
  @IsIn(['a', 'b']) kind!: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ItemDto) items?: ItemDto[];
}

async function detailsFor(metatype: new () => object, body: unknown): Promise<{ field: string; message: string }[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { details: { field: string; message: string }[] }).details;
  }
  return [];
}

describe('the validation pipe', () => {
  it('names nested class-validator fields with array indexes', async () => {
    const details = await detailsFor(ListDto, { kind: 'a', items: [{ text: 'ok' }, { text: 'ok', postedAt: 'yesterday' }] });
    expect(details).toEqual([{ field: 'items[1].postedAt', message: expect.stringMatching(/ISO 8601/) }]);
  });

  it('reports unknown fields as not allowed, and every bad field at once', async () => {
    expect(await detailsFor(ListDto, { kind: 'a', password: 'p' })).toEqual([{ field: 'password', message: 'is not an allowed field' }]);
    const details = await detailsFor(ListDto, { kind: 'c', items: [{ text: 1, likes: -1 }] });
    expect(details.map((detail) => detail.field).sort()).toEqual(['items[0].likes', 'items[0].text', 'kind']);
  });

  it('validates the audit body with the engine own validateProfile, and hands it on unchanged', async () => {
    const details = await detailsFor(CreateAuditDto, { sources: [{ platform: 'x', posts: [[]] }, []], targetRole: null, salary: 1 });
    expect(details).toEqual([
      { field: 'salary', message: 'is not an allowed field' },
      { field: 'sources[0].posts[0]', message: 'must be an object' },
      { field: 'sources[1]', message: 'must be an object' },
      { field: 'targetRole', message: expect.stringContaining('null') },
    ]);
    const body = { sources: [{ platform: 'x', headline: 'Data analyst' }] };
    await expect(createValidationPipe().transform(body, { type: 'body', metatype: CreateAuditDto })).resolves.toBe(body);
    expect(await detailsFor(CreateAuditDto, 'not an object')).toEqual([{ field: '(body)', message: 'profile must be a JSON object' }]);
  });
});
