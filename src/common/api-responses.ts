import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiPayloadTooLargeResponse } from '@nestjs/swagger';

/** The validation pipe's 400: the one error shape, with `details` naming each field at fault. */
export const ApiInvalidInput = (description = 'A field or parameter is missing, invalid or unknown; `details` names it') =>
  ApiBadRequestResponse({ description });

/** Every route that reads a JSON body can be refused past the body limit (configure-http.ts). */
export const ApiBodyTooLarge = () => ApiPayloadTooLargeResponse({ description: 'The body is larger than 256 KB' });

/** A route that reads a JSON body: 400 for what is in it, 413 for its size. */
export const ApiBodyRefusals = (description?: string) => applyDecorators(ApiInvalidInput(description), ApiBodyTooLarge());

/** A route whose `:id` must be a UUID (v4). */
export const ApiUuidParam = () => ApiInvalidInput('The id is not a UUID');
