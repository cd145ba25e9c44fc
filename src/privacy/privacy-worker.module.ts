import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { privacyConfig } from './privacy.config';
import { PRIVACY_QUEUE } from './privacy-queue.contract';
import { PrivacyProcessor } from './privacy.processor';
import { ProfileRetentionService } from './profile-retention.service';

/** The retention purge (scheduler + processor): imported only by processes that run workers. */
@Module({
  imports: [ConfigModule.forFeature(privacyConfig), BullModule.registerQueue({ name: PRIVACY_QUEUE })],
  providers: [PrivacyProcessor, ProfileRetentionService],
})
export class PrivacyWorkerModule {}
