import { parseHeading } from '../../../core/ingest/markdown/heading';
for (const h of [
 'Critical Issue #1: Redis Initialization Crash', 'BUG-A01: Scheduler Not Integrated Into App Startup',
 '1.1 CRITICAL: Hardcoded Redis Credentials in Config', '🔴 CRITICAL BUG #1: Health Endpoint Will Crash (FIXED)',
 '🟡 CRITICAL BUG #3: Consolidation Query Incompatible (NOT FIXED YET)', 'ISSUE #4: Coverage Far Below Target (BLOCKING FOR PRODUCTION)',
 '🔴 Task 2.5: Fix API Test Routes (URGENT - P0)', '1. Module Shadowing: `src/email/` Directory ✅ FIXED',
 '2. Module Naming Conflict: `src/tasks.py` vs `src/tasks/` ✅ FIXED', '✅ 1.1: Database Indexes (MOSTLY CORRECT)',
 '1. Phase 1 Verification (CRITICAL REVIEW)', '1. DOUBLE CLEANUP CRASH (scheduler.ts:500)', '1. **State Messages Array Grows Unbounded** - Memory/Disk Leak',
 'Bug 1: Missing Native Bindings ❌ CRITICAL', 'Bug 3: Scheduler Not Tested ⏳ UNKNOWN', '🔴 CRITICAL BUG #1: KV Cache is Discarded During Sleep ✅ FIXED',
 '1. Critical Security Issues', 'Current State Assessment (AFTER CRITICAL AUDIT)', '🔴 Category 1: Wrong API Routes (26 tests failing)', '6. EMPTY STRING BRANCH CHECKOUT (merge.ts:89-92, 136-141)',
 'Phase 1: Make It Start (1 hour)', '3. CRITICAL RECOMMENDATIONS',
]) console.log(JSON.stringify(parseHeading(h)));
