import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiInvalidInput } from '../common/api-responses';
import { Roles } from '../auth/auth.decorators';
import { type BulkOutcome, type JobPage, type JobView, AdminJobsService, type QueueControlView } from './admin-jobs.service';
import { AdminAuditsService, type BatchStats } from './admin-audits.service';
import { ADMIN_API_PATH } from './admin-queues';
import { JobIdParam, ListJobsQuery, QueueNameQuery } from './dto/admin-queries';
import { type QueueStats, QueueStatsService } from './queue-stats.service';

/** GET /admin/queues: every queue's stats and the batch submissions, as the admin page shows them. */
export interface QueuesOverview {
  queues: QueueStats[];
  batches: BatchStats;
  generatedAt: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not an admin account' })
@Roles('admin')
@Controller(ADMIN_API_PATH)
export class AdminQueuesController {
  constructor(
    private readonly stats: QueueStatsService,
    private readonly jobs: AdminJobsService,
    private readonly audits: AdminAuditsService,
  ) {}

  @Get('queues')
  @ApiOperation({ summary: 'Every queue: job counts by state, throughput, wait and processing percentiles, workers' })
  @ApiOkResponse({ description: '{ queues, batches (audits submitted with POST /audits/batch, last hour and in all), generatedAt }' })
  async allQueues(): Promise<QueuesOverview> {
    const [queues, batches] = await Promise.all([this.stats.allQueues(), this.audits.batchStats()]);
    return { queues, batches, generatedAt: new Date().toISOString() };
  }

  @Get('queues/:queue')
  @ApiOperation({ summary: 'One queue’s stats' })
  @ApiOkResponse({ description: 'The queue’s stats' })
  @ApiNotFoundResponse({ description: 'No such queue' })
  oneQueue(@Param('queue') queue: string): Promise<QueueStats> {
    return this.stats.oneQueue(queue);
  }

  @Post('queues/:queue/pause')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Pause a queue: workers finish their current jobs and take no new ones' })
  @ApiOkResponse({ description: '{ queue, isPaused, counts }' })
  @ApiNotFoundResponse({ description: 'No such queue' })
  pause(@Param('queue') queue: string): Promise<QueueControlView> {
    return this.jobs.pause(queue);
  }

  @Post('queues/:queue/resume')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Resume a paused queue' })
  @ApiOkResponse({ description: '{ queue, isPaused, counts }' })
  @ApiNotFoundResponse({ description: 'No such queue' })
  resume(@Param('queue') queue: string): Promise<QueueControlView> {
    return this.jobs.resume(queue);
  }

  @Delete('queues/:queue/delayed')
  @ApiOperation({
    summary: 'Drain the delayed jobs (retries in backoff); their audits become failed and can be retried later. Job schedulers are kept.',
  })
  @ApiOkResponse({ description: '{ done: [jobIds], skipped: [{ id, reason }] }' })
  @ApiNotFoundResponse({ description: 'No such queue' })
  drainDelayed(@Param('queue') queue: string): Promise<BulkOutcome> {
    return this.jobs.drainDelayed(queue);
  }

  @Post('queues/:queue/failed/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retry every failed job of a queue (audits go back to queued under the same id)' })
  @ApiOkResponse({ description: '{ done: [jobIds], skipped: [{ id, reason }] }' })
  @ApiNotFoundResponse({ description: 'No such queue' })
  retryAllFailed(@Param('queue') queue: string): Promise<BulkOutcome> {
    return this.jobs.retryAllFailed(queue);
  }

  @Get('jobs')
  @ApiOperation({ summary: 'Jobs of a queue in one state (default: failed), newest first, with failure reason and attempts' })
  @ApiOkResponse({ description: 'A page of jobs' })
  @ApiInvalidInput('queue, state, page or pageSize is invalid')
  listJobs(@Query() query: ListJobsQuery): Promise<JobPage> {
    return this.jobs.list(query);
  }

  @Get('jobs/:id')
  @ApiOperation({ summary: 'One job' })
  @ApiOkResponse({ description: 'The job' })
  @ApiInvalidInput('The job id or queue is invalid')
  @ApiNotFoundResponse({ description: 'No such job in that queue' })
  getJob(@Param() { id }: JobIdParam, @Query() { queue }: QueueNameQuery): Promise<JobView> {
    return this.jobs.get(queue, id);
  }

  @Post('jobs/:id/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retry one failed job (for an audit job, the audit is re-run under the same id)' })
  @ApiOkResponse({ description: 'The job, waiting again' })
  @ApiInvalidInput('The job id or queue is invalid')
  @ApiNotFoundResponse({ description: 'No such job in that queue' })
  retryJob(@Param() { id }: JobIdParam, @Query() { queue }: QueueNameQuery): Promise<JobView> {
    return this.jobs.retry(queue, id);
  }
}
