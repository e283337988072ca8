//! The questionnaires m4m ships.
