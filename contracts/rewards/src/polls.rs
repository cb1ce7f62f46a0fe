//! Polls: their questions, creating one, voting per seat, finalizing, and the tallies.

use ink::prelude::{string::String, vec::Vec};
use interfaces::{BlockNumber, Id, PollId, RewardsError, MAX_OPTIONS};

use crate::{
    events::{PollCreated, PollFinalized, Voted},
    port::RewardsPort,
    storage::{OptionValue, Outcome, Poll, PollKind, Question, Result, RewardsState, Topic},
};

/// Most questions in a poll.
pub const MAX_QUESTIONS: usize = 8;
/// Fewest options in a choice of a poll created by a seat holder.
pub const MIN_OPTIONS: usize = 2;
/// Longest title or text option (bytes).
pub const MAX_TEXT_LEN: usize = 256;
/// Most seats one vote may name.
pub const MAX_SEATS_PER_VOTE: usize = 16;

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

impl RewardsState {
    /// A seat holder creates a poll of 1–8 questions running `duration` blocks from now.
    /// It takes its budget from the pool (see `budget.rs`).
    pub fn create_poll(
        &mut self,
        port: &mut impl RewardsPort,
        title: String,
        questions: Vec<Question>,
        duration: BlockNumber,
    ) -> Result<PollId> {
        let caller = port.caller();
        if port.seat_count(caller)? == 0 {
            return Err(RewardsError::NotSeatHolder);
        }
        let parameters = self.parameters;
        if duration < parameters.min_duration || duration > parameters.max_duration {
            return Err(RewardsError::BadDuration);
        }
        validate_questions(&title, &questions, MIN_OPTIONS)?;
        let id = self.open_poll(port, PollKind::General, title, questions, duration)?;
        self.record(caller, port.block(), |record| {
            record.polls_created = record.polls_created.saturating_add(1)
        });
        Ok(id)
    }

    /// The caller votes in poll `id` with `seats`, answering every question
    /// (`answers[q]` is the option index; 0 approves, 1 rejects). The registry says who
    /// holds each seat. Each seat votes once per poll, whoever holds it later.
    pub fn vote(
        &mut self,
        port: &mut impl RewardsPort,
        id: PollId,
        seats: Vec<Id>,
        answers: Vec<u8>,
    ) -> Result<()> {
        let (caller, block) = (port.caller(), port.block());
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if block < poll.start || block >= poll.end || poll.outcome.is_some() {
            return Err(RewardsError::PollNotOpen);
        }
        if answers.len() != poll.questions.len() {
            return Err(RewardsError::IncompleteAnswers);
        }
        let answered = poll
            .questions
            .iter()
            .zip(&answers)
            .all(|(question, answer)| usize::from(*answer) < question.option_count());
        if !answered {
            return Err(RewardsError::BadAnswer);
        }
        if seats.is_empty() || seats.len() > MAX_SEATS_PER_VOTE {
            return Err(RewardsError::BadSeats);
        }
        for (i, seat) in seats.iter().enumerate() {
            if seats
                .iter()
                .skip(i.saturating_add(1))
                .any(|other| other == seat)
            {
                return Err(RewardsError::BadSeats);
            }
            if self.seat_votes.contains((id, seat.clone())) {
                return Err(RewardsError::SeatAlreadyVoted);
            }
            if port.seat_holder(seat)? != Some(caller) {
                return Err(RewardsError::SeatNotOwned);
            }
        }
        // At most 16 seats, so the count fits.
        let count = u32::try_from(seats.len()).map_err(|_| RewardsError::BadSeats)?;
        let mut updated_tallies = Vec::with_capacity(answers.len());
        for (question, answer) in answers.iter().enumerate() {
            let question = u8::try_from(question).map_err(|_| RewardsError::BadAnswer)?;
            let key = (id, question, *answer);
            let tally = self
                .tallies
                .get(key)
                .unwrap_or(0)
                .checked_add(count)
                .ok_or(RewardsError::Overflow)?;
            updated_tallies.push((key, tally));
        }
        let before = self.voter_seats.get((id, caller)).unwrap_or(0);
        let voter_seats = before.checked_add(count).ok_or(RewardsError::Overflow)?;
        poll.participating_seats = poll
            .participating_seats
            .checked_add(count)
            .ok_or(RewardsError::Overflow)?;
        for (key, tally) in updated_tallies {
            self.tallies.insert(key, &tally);
        }
        for seat in &seats {
            self.seat_votes.insert((id, seat.clone()), &());
        }
        self.voter_seats.insert((id, caller), &voter_seats);
        self.polls.insert(id, &poll);
        self.record(caller, block, |record| {
            if before == 0 {
                record.polls_voted = record.polls_voted.saturating_add(1);
            }
        });
        port.emit(Voted {
            poll: id,
            voter: caller,
            seats: count,
            answers,
        });
        Ok(())
    }

    /// Anyone finalizes poll `id` once it has ended: the winners are tallied (ties go to
    /// the lowest option), the budget is settled per participating seat (see
    /// `budget.rs`), and a listing poll's decision goes to the registry (see
    /// `listing.rs`) after the poll is stored.
    pub fn finalize(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if poll.outcome.is_some() {
            return Err(RewardsError::AlreadyFinalized);
        }
        if port.block() < poll.end {
            return Err(RewardsError::TooEarly);
        }
        let winners = self.winners(id, &poll)?;
        let listing = self.listing_decision(port, &poll, &winners)?;
        let (reward_per_seat, returned) = self.settle_budget(&poll)?;
        poll.outcome = Some(Outcome {
            winners: winners.clone(),
            reward_per_seat,
            returned,
        });
        let participating_seats = poll.participating_seats;
        self.polls.insert(id, &poll);
        port.emit(PollFinalized {
            poll: id,
            winners,
            participating_seats,
            reward_per_seat,
            returned,
        });
        // State is written; only now call out.
        if let Some((series, decision)) = listing {
            Self::send_listing(port, id, series, decision);
        }
        Ok(())
    }

    /// The poll `id`.
    pub fn poll(&self, id: PollId) -> Option<Poll> {
        self.polls.get(id)
    }

    /// Number of polls so far.
    pub fn poll_count(&self) -> PollId {
        self.poll_count
    }

    /// Seats counted for each option of each question of poll `id`.
    pub fn results(&self, id: PollId) -> Option<Vec<Vec<u32>>> {
        let poll = self.polls.get(id)?;
        Some(
            poll.questions
                .iter()
                .enumerate()
                .map(|(q, question)| {
                    (0..question.option_count())
                        .map(|o| self.tally(id, q, o))
                        .collect()
                })
                .collect(),
        )
    }

    /// Seats `account` voted with in poll `id`.
    pub fn seats_voted(&self, id: PollId, account: ink::primitives::AccountId) -> u32 {
        self.voter_seats.get((id, account)).unwrap_or(0)
    }

    /// Seats counted for option `option` of question `question` of poll `id`.
    fn tally(&self, id: PollId, question: usize, option: usize) -> u32 {
        match (u8::try_from(question), u8::try_from(option)) {
            (Ok(q), Ok(o)) => self.tallies.get((id, q, o)).unwrap_or(0),
            _ => 0,
        }
    }

    /// The winning option of each question of poll `id`; ties go to the lowest index.
    fn winners(&self, id: PollId, poll: &Poll) -> Result<Vec<u8>> {
        poll.questions
            .iter()
            .enumerate()
            .map(|(q, question)| {
                let mut best = (0usize, 0u32);
                for option in 0..question.option_count() {
                    let tally = self.tally(id, q, option);
                    if tally > best.1 {
                        best = (option, tally);
                    }
                }
                u8::try_from(best.0).map_err(|_| RewardsError::BadOptions)
            })
            .collect()
    }

    /// Stores a new poll of `kind` created by the caller, with its budget taken from the
    /// pool; returns its id.
    pub(crate) fn open_poll(
        &mut self,
        port: &mut impl RewardsPort,
        kind: PollKind,
        title: String,
        questions: Vec<Question>,
        duration: BlockNumber,
    ) -> Result<PollId> {
        let (creator, block) = (port.caller(), port.block());
        let id = self.poll_count;
        let next = id.checked_add(1).ok_or(RewardsError::Overflow)?;
        let end = block
            .checked_add(duration)
            .ok_or(RewardsError::BadDuration)?;
        let budget = self.take_budget()?;
        self.poll_count = next;
        self.polls.insert(
            id,
            &Poll {
                kind,
                creator,
                title,
                questions,
                start: block,
                end,
                budget,
                participating_seats: 0,
                outcome: None,
            },
        );
        port.emit(PollCreated {
            poll: id,
            creator,
            kind,
            budget,
            end,
        });
        Ok(id)
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
