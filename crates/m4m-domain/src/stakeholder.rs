//! Step 1, inform stakeholders: the local actors and the outreach done.
