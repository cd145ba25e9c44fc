import { type ArgumentMetadata, BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/** The result shape of a schema validator such as the engine's validateProfile. */
export type SchemaCheck = (input: unknown) => { ok: true } | { ok: false; errors: { path: string; message: string }[] };

const SCHEMA_CHECK = Symbol('citra:schema-check');

/**
 * Validates a body DTO with one function instead of class-validator's decorators. For the audit
 * profile that function is the engine's own validateProfile, so the API accepts exactly what the
 * engine can audit. The DTO class then only describes the body for OpenAPI.
 */
export function ValidatedBy(check: SchemaCheck): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(SCHEMA_CHECK, check, target);
  };
}

/** Flattens class-validator's tree into one entry per field, with paths like `sources[0].posts[2].text`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: fieldMessage(error.property, message),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function fieldMessage(property: string, message: string): string {
  if (message === `property ${property} should not exist`) return 'is not an allowed field';
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

function validationFailed(details: FieldError[]): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', details });
}

/** class-validator for every DTO, except a body DTO marked @ValidatedBy, which its own check validates. */
class CitraValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const check = metadata.type === 'body' && metadata.metatype ? (Reflect.getMetadata(SCHEMA_CHECK, metadata.metatype) as SchemaCheck | undefined) : undefined;
    if (!check) return super.transform(value, metadata);
    const result = check(value);
    if (!result.ok) throw validationFailed(result.errors.map(({ path, message }) => ({ field: path || '(body)', message })));
    return value;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new CitraValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
