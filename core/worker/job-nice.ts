/**
 * The job thread's nice value beside a core that answers reads: on a busy machine the scheduler
 * favours the threads that answer the user (reads, the window) over the bulk work. (On Linux a
 * thread's nice value is its own: pid 0 is the calling thread.)
 */
export const JOB_NICE = 5;
