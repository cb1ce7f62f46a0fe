//! Polls: creating one, voting per seat, finalizing, and the tallies.

use ink::{
    prelude::{string::String, vec::Vec},
    primitives::AccountId,
};
use interfaces::{BlockNumber, Id, PollId, RewardsError, BPS_DENOMINATOR, MAX_SEATS_PER_VOTE};

use crate::{
    events::{PollCreated, PollFinalized, Voted},
    listing::listing_decision,
    port::RewardsPort,
    questions::{validate_questions, MIN_OPTIONS},
    storage::{Outcome, Poll, PollDraft, PollKind, Question, Result, RewardsState},
};

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
        let seats = port.seat_snapshot()?;
        let draft = PollDraft {
            kind: PollKind::General,
            title,
            questions,
            delay: 0,
            duration,
            seats,
        };
        let id = self.open_poll(port, caller, draft)?;
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
            // Who counts was fixed when the poll opened: a seat issued since never votes.
            if matches!(seat, Id::U64(number) if *number >= poll.seat_ceiling) {
                return Err(RewardsError::SeatTooNew);
            }
        }
        // One registry call for every seat named.
        if !port.holds_seats(caller, &seats)? {
            return Err(RewardsError::SeatNotOwned);
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
    /// the lowest option); if its `quorum_bps` (the parameter as it stood when it opened) of
    /// the seats issued when it opened took part,
    /// the budget is shared per participating seat, else it all returns to the pool (see
    /// `budget.rs`); the poll no longer counts against its creator's open polls; and a
    /// listing poll's decision goes to the registry (see `listing.rs`) after the poll is
    /// stored.
    pub fn finalize(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if poll.outcome.is_some() {
            return Err(RewardsError::AlreadyFinalized);
        }
        if port.block() < poll.end {
            return Err(RewardsError::TooEarly);
        }
        let winners = self.winners(id, &poll)?;
        let quorum_met = poll.participating_seats > 0
            && u64::from(poll.participating_seats).saturating_mul(u64::from(BPS_DENOMINATOR))
                >= u64::from(poll.eligible_seats).saturating_mul(u64::from(poll.quorum_bps));
        let listing = listing_decision(&poll, &winners, quorum_met);
        let (reward_per_seat, returned) = self.settle_budget(&poll, quorum_met)?;
        poll.outcome = Some(Outcome {
            winners: winners.clone(),
            quorum_met,
            reward_per_seat,
            returned,
        });
        let participating_seats = poll.participating_seats;
        self.polls.insert(id, &poll);
        let open = self.open_polls_of(poll.creator).saturating_sub(1);
        self.set_open_polls(poll.creator, open);
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

    /// Polls `account` has open (not yet finalized).
    pub fn open_polls_of(&self, account: AccountId) -> u32 {
        self.open_polls.get(account).unwrap_or(0)
    }

    /// Stores `count` open polls for `account`, removing the entry at zero.
    fn set_open_polls(&mut self, account: AccountId, count: u32) {
        if count == 0 {
            self.open_polls.remove(account);
        } else {
            self.open_polls.insert(account, &count);
        }
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
    pub fn seats_voted(&self, id: PollId, account: AccountId) -> u32 {
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

    /// Stores the poll `draft` describes, opened for `creator`, who may have at most
    /// `max_open_polls` open, with its budget drawn from the period's allocation; returns
    /// its id.
    pub(crate) fn open_poll(
        &mut self,
        port: &mut impl RewardsPort,
        creator: AccountId,
        draft: PollDraft,
    ) -> Result<PollId> {
        let PollDraft {
            kind,
            title,
            questions,
            delay,
            duration,
            seats,
        } = draft;
        let block = port.block();
        let open = self.open_polls_of(creator);
        if open >= self.parameters.max_open_polls {
            return Err(RewardsError::TooManyOpenPolls);
        }
        let id = self.poll_count;
        let next = id.checked_add(1).ok_or(RewardsError::Overflow)?;
        let start = block.checked_add(delay).ok_or(RewardsError::BadDuration)?;
        let end = start
            .checked_add(duration)
            .ok_or(RewardsError::BadDuration)?;
        let budget = self.take_budget(block)?;
        self.poll_count = next;
        self.set_open_polls(creator, open.saturating_add(1));
        self.polls.insert(
            id,
            &Poll {
                kind,
                creator,
                title,
                questions,
                start,
                end,
                budget,
                eligible_seats: seats.issued,
                quorum_bps: self.parameters.quorum_bps,
                seat_ceiling: seats.next_number,
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
