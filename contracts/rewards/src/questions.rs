//! A poll's questions: the kinds of options each topic takes, how many answers a
//! question has, and the limits a poll's title and questions must keep.

use interfaces::{RewardsError, MAX_OPTIONS};

use crate::storage::{OptionValue, Question, Result, Topic};

/// Most questions in a poll.
pub const MAX_QUESTIONS: usize = 8;
/// Fewest options in a choice of a poll created by a seat holder.
pub const MIN_OPTIONS: usize = 2;
/// Longest title or text option (bytes).
pub const MAX_TEXT_LEN: usize = 256;

impl Topic {
    /// Whether `value` is of the kind this topic's options take.
    pub fn accepts(self, value: &OptionValue) -> bool {
        matches!(
            (self, value),
            (Topic::Price, OptionValue::Amount(_))
                | (Topic::Quantity, OptionValue::Count(_))
                | (Topic::StartTime, OptionValue::Time(_))
                | (Topic::Content | Topic::FreeText, OptionValue::Text(_))
        )
    }
}

impl Question {
    /// Number of possible answers.
    pub fn option_count(&self) -> usize {
        match self {
            Question::Approve => 2,
            Question::Choice { options, .. } => options.len(),
        }
    }
}

/// Checks a poll's title and questions: 1–8 questions, choices with `min_options` to 16
/// options of their topic's kind, texts within the length limit.
pub(crate) fn validate_questions(
    title: &str,
    questions: &[Question],
    min_options: usize,
) -> Result<()> {
    if title.len() > MAX_TEXT_LEN {
        return Err(RewardsError::TextTooLong);
    }
    if questions.is_empty() || questions.len() > MAX_QUESTIONS {
        return Err(RewardsError::BadQuestionCount);
    }
    for question in questions {
        if let Question::Choice { topic, options } = question {
            let count_fits = (min_options..=MAX_OPTIONS).contains(&options.len());
            if !count_fits || !options.iter().all(|option| topic.accepts(option)) {
                return Err(RewardsError::BadOptions);
            }
            let too_long = options.iter().any(
                |option| matches!(option, OptionValue::Text(text) if text.len() > MAX_TEXT_LEN),
            );
            if too_long {
                return Err(RewardsError::TextTooLong);
            }
        }
    }
    Ok(())
}
