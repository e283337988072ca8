//! The Buddy System as types and rules.
