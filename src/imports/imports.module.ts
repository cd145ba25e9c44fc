import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { importsConfig } from './imports.config';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ImportUploadInterceptor } from './upload.interceptor';

/**
 * `POST /api/v1/imports` and `/imports/github` around the framework-free parsers of src/imports.
 * Uploads stay in memory (never on disk), one file of at most IMPORT_MAX_FILE_MB per request.
 */
@Module({
  imports: [
    ConfigModule.forFeature(importsConfig),
    MulterModule.registerAsync({
      imports: [ConfigModule.forFeature(importsConfig)],
      inject: [importsConfig.KEY],
      useFactory: (config: ConfigType<typeof importsConfig>) => ({
        storage: memoryStorage(),
        limits: { fileSize: config.limits.maxFileBytes, files: 1, fields: 4, parts: 6, fieldNameSize: 100, fieldSize: 1024, headerPairs: 100 },
      }),
    }),
  ],
  controllers: [ImportsController],
  providers: [ImportsService, ImportUploadInterceptor],
})
export class ImportsModule {}
