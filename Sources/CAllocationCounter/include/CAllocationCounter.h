#ifndef INICIS_ALLOCATION_COUNTER_H
#define INICIS_ALLOCATION_COUNTER_H

#include <stdint.h>

/* Counts heap allocations (malloc, calloc, realloc, the aligned variants) made by any thread
   between start and stop. Linked into inicis-bench only: its malloc replaces the C library's
   for the whole process and forwards to it. */
void inicis_allocations_start(void);
uint64_t inicis_allocations_stop(void);

#endif
