//! Step 5: the training course.
