//! Step 7: peer sessions and calendars.
