//! The people of a programme (step 2): buddies and newcomers, their
//! registration, consent and screening.
