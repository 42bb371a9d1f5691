"""The case record, from intake to erasure: intake and its validation, case numbers, search and
possible matches, the record and its status, services given, referrals, follow-ups and their
plan, the timeline, printed forms, counts for the dashboard, erasure, and the words (vocabulary)
and DTOs the screens show."""
