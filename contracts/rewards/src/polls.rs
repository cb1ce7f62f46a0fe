//! Poll logic: creating general and listing polls, voting per seat, finalizing.

use ink::{
    prelude::{format, string::String, vec, vec::Vec},
    primitives::AccountId,
};
use interfaces::{
    bps_of, Id, ListingDecision, ListingOptions, PollId, RewardsError, SeriesId, BPS_DENOMINATOR,
};

use crate::{
    events::{Event, PollCreated, PollFinalized, Voted},
    state::{
        listing_decision, BlockNumber, OptionValue, Outcome, Poll, PollKind, Question, Result,
        RewardsState, Topic, MAX_OPTIONS, MAX_QUESTIONS, MAX_SEATS_PER_VOTE, MAX_TEXT_LEN,
        MIN_OPTIONS,
    },
};

/// What the shell must still do after `finalize`: send a listing decision to the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingListing {
    /// The series the poll decided.
    pub series: SeriesId,
    /// The decision to apply.
    pub decision: ListingDecision,
}

impl RewardsState {
    /// A seat holder (`seats_held` > 0, as the registry reports) creates a poll of 1–8
    /// questions running `duration` blocks from `now`. It takes `poll_share_bps` of the
    /// pool as its budget.
    pub fn create_poll(
        &mut self,
        caller: AccountId,
        now: BlockNumber,
        seats_held: u32,
        title: String,
        questions: Vec<Question>,
        duration: BlockNumber,
    ) -> Result<(PollId, Vec<Event>)> {
        if seats_held == 0 {
            return Err(RewardsError::NotSeatHolder);
        }
        let parameters = self.parameters;
        if duration < parameters.min_duration || duration > parameters.max_duration {
            return Err(RewardsError::BadDuration);
        }
        validate_questions(&title, &questions, MIN_OPTIONS)?;
        let created = self.open_poll(caller, now, PollKind::General, title, questions, duration)?;
        self.record(caller, now, |record| {
            record.polls_created = record.polls_created.saturating_add(1)
        });
        Ok(created)
    }

    /// The registry opens the listing poll of `series`: approve, price, quantity, start
    /// time, content, each with the proposer's options.
    pub fn open_listing_poll(
        &mut self,
        caller: AccountId,
        now: BlockNumber,
        series: SeriesId,
        options: ListingOptions,
    ) -> Result<(PollId, Vec<Event>)> {
        if caller != self.registry {
            return Err(RewardsError::NotRegistry);
        }
        let choice = |topic, options: Vec<OptionValue>| Question::Choice { topic, options };
        let questions = vec![
            Question::Approve,
            choice(
                Topic::Price,
                options
                    .prices
                    .into_iter()
                    .map(OptionValue::Amount)
                    .collect(),
            ),
            choice(
                Topic::Quantity,
                options
                    .quantities
                    .into_iter()
                    .map(OptionValue::Count)
                    .collect(),
            ),
            choice(
                Topic::StartTime,
                options
                    .start_times
                    .into_iter()
                    .map(OptionValue::Time)
                    .collect(),
            ),
            choice(
                Topic::Content,
                options
                    .contents
                    .into_iter()
                    .map(OptionValue::Text)
                    .collect(),
            ),
        ];
        let title = format!("Listing of series {series}");
        validate_questions(&title, &questions, 1)?;
        let duration = self.parameters.listing_duration;
        self.open_poll(
            caller,
            now,
            PollKind::Listing(series),
            title,
            questions,
            duration,
        )
    }

    /// `caller` votes in poll `id` with `seats`, answering every question (`answers[q]`
    /// is the option index; 0 approves, 1 rejects). `holder_of` asks the registry who
    /// holds a seat. Each seat votes once per poll, whoever holds it later.
    pub fn vote(
        &mut self,
        caller: AccountId,
        now: BlockNumber,
        id: PollId,
        seats: Vec<Id>,
        answers: Vec<u8>,
        holder_of: impl Fn(&Id) -> Result<Option<AccountId>>,
    ) -> Result<Vec<Event>> {
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if now < poll.start || now >= poll.end || poll.outcome.is_some() {
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
            if holder_of(seat)? != Some(caller) {
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
        self.record(caller, now, |record| {
            if before == 0 {
                record.polls_voted = record.polls_voted.saturating_add(1);
            }
        });
        Ok(vec![Event::Voted(Voted {
            poll: id,
            voter: caller,
            seats: count,
            answers,
        })])
    }

    /// Anyone finalizes poll `id` once it has ended: the winners are tallied (ties go to
    /// the lowest option), the budget is split per participating seat and the rounding
    /// dust (or the whole budget of a poll nobody voted in) returns to the pool. For a
    /// listing poll, `issued_seats` asks the registry for the quorum's base, and the
    /// returned [`PendingListing`] is what the shell sends to the registry.
    pub fn finalize(
        &mut self,
        now: BlockNumber,
        id: PollId,
        issued_seats: impl FnOnce() -> Result<u32>,
    ) -> Result<(Option<PendingListing>, Vec<Event>)> {
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if poll.outcome.is_some() {
            return Err(RewardsError::AlreadyFinalized);
        }
        if now < poll.end {
            return Err(RewardsError::TooEarly);
        }
        let winners = self.winners(id, &poll)?;
        let pending = match poll.kind {
            PollKind::Listing(series) => {
                let quorum_met = poll.participating_seats > 0
                    && u64::from(poll.participating_seats)
                        .saturating_mul(u64::from(BPS_DENOMINATOR))
                        >= u64::from(issued_seats()?)
                            .saturating_mul(u64::from(self.parameters.quorum_bps));
                listing_decision(&poll, &winners, quorum_met)
                    .map(|decision| PendingListing { series, decision })
            }
            PollKind::General => None,
        };
        let seats = poll.participating_seats;
        let reward_per_seat = poll.budget.checked_div(u128::from(seats)).unwrap_or(0);
        let paid_out = reward_per_seat.saturating_mul(u128::from(seats));
        let returned = poll.budget.saturating_sub(paid_out);
        self.pool = self
            .pool
            .checked_add(returned)
            .ok_or(RewardsError::Overflow)?;
        self.committed = self.committed.saturating_sub(returned);
        poll.outcome = Some(Outcome {
            winners: winners.clone(),
            reward_per_seat,
            returned,
        });
        self.polls.insert(id, &poll);
        Ok((
            pending,
            vec![Event::PollFinalized(PollFinalized {
                poll: id,
                winners,
                participating_seats: seats,
                reward_per_seat,
                returned,
            })],
        ))
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

    /// Stores a new poll with its budget taken from the pool.
    fn open_poll(
        &mut self,
        creator: AccountId,
        now: BlockNumber,
        kind: PollKind,
        title: String,
        questions: Vec<Question>,
        duration: BlockNumber,
    ) -> Result<(PollId, Vec<Event>)> {
        let id = self.poll_count;
        let next = id.checked_add(1).ok_or(RewardsError::Overflow)?;
        let end = now.checked_add(duration).ok_or(RewardsError::BadDuration)?;
        let budget = bps_of(self.pool, self.parameters.poll_share_bps);
        let committed = self
            .committed
            .checked_add(budget)
            .ok_or(RewardsError::Overflow)?;
        self.pool = self.pool.saturating_sub(budget);
        self.committed = committed;
        self.poll_count = next;
        self.polls.insert(
            id,
            &Poll {
                kind,
                creator,
                title,
                questions,
                start: now,
                end,
                budget,
                participating_seats: 0,
                outcome: None,
            },
        );
        Ok((
            id,
            vec![Event::PollCreated(PollCreated {
                poll: id,
                creator,
                kind,
                budget,
                end,
            })],
        ))
    }
}

/// Checks a poll's title and questions: 1–8 questions, choices with `min_options` to 16
/// options of their topic's kind, texts within the length limit.
fn validate_questions(title: &str, questions: &[Question], min_options: usize) -> Result<()> {
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
