import { Global, Module } from '@nestjs/common';
import { ScheduleKeeper } from './schedule-keeper.service';

/** Every process has one ScheduleKeeper; the modules that own a schedule declare it there. */
@Global()
@Module({ providers: [ScheduleKeeper], exports: [ScheduleKeeper] })
export class SchedulesModule {}
