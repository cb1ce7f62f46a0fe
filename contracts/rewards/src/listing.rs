//! Listing polls: the registry opens one for each proposed series; when it is finalized,
//! its winners become the series' listing terms, or its rejection, which the registry
//! applies.

use ink::{
    prelude::{string::String, vec, vec::Vec},
    primitives::AccountId,
};
use interfaces::{
    push_decimal, ListingDecision, ListingOptions, ListingTerms, PollId, RejectionReason,
    RewardsError, SeatSnapshot, SeriesId,
};

use crate::{
    events::ListingDecided,
    port::RewardsPort,
    questions::validate_questions,
    storage::{OptionValue, Poll, PollDraft, PollKind, Question, Result, RewardsState, Topic},
};

impl RewardsState {
    /// The registry opens the listing poll of `series`, which `proposer` proposed:
    /// approve, price, quantity, start time, content, each with the proposer's options
    /// (1–16 per question). It counts against the proposer's open polls. `seats` is the
    /// registry's seat snapshot: the registry passes it, as this call may not call back.
    pub fn open_listing_poll(
        &mut self,
        port: &mut impl RewardsPort,
        proposer: AccountId,
        series: SeriesId,
        options: ListingOptions,
        seats: SeatSnapshot,
    ) -> Result<PollId> {
        if port.caller() != self.registry {
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
        // Without `format!`: core::fmt would add kilobytes to the contract's code.
        let mut title = String::from("Listing of series ");
        push_decimal(&mut title, u64::from(series));
        validate_questions(&title, &questions, 1)?;
        let duration = self.parameters.listing_duration;
        let draft = PollDraft {
            kind: PollKind::Listing(series),
            title,
            questions,
            delay: 0,
            duration,
            seats,
        };
        self.open_poll(port, proposer, draft)
    }

    /// Anyone sends the decision of finalized listing poll `id` to the registry again,
    /// when the registry refused it at finalization (the series then stays proposed).
    ///
    /// # Errors
    /// `UnknownPoll`, `NotListingPoll`, `NotFinalized`, `ListingRefused` (the registry
    /// refused again, or had already applied it).
    pub fn retry_listing(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        let poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if !matches!(poll.kind, PollKind::Listing(_)) {
            return Err(RewardsError::NotListingPoll);
        }
        let outcome = poll.outcome.clone().ok_or(RewardsError::NotFinalized)?;
        let (series, decision) = listing_decision(&poll, &outcome.winners, outcome.quorum_met)
            .ok_or(RewardsError::NotListingPoll)?;
        if !port.apply_listing(series, decision.clone()) {
            return Err(RewardsError::ListingRefused);
        }
        port.emit(ListingDecided {
            poll: id,
            series,
            decision,
            applied: true,
        });
        Ok(())
    }

    /// Sends `decision` on `series`, decided by poll `id`, to the registry and reports
    /// whether it was applied.
    pub(crate) fn send_listing(
        port: &mut impl RewardsPort,
        id: PollId,
        series: SeriesId,
        decision: ListingDecision,
    ) {
        let applied = port.apply_listing(series, decision.clone());
        port.emit(ListingDecided {
            poll: id,
            series,
            decision,
            applied,
        });
    }
}

/// For a listing poll with `winners`, the series and the decision to send to the
/// registry: rejected without quorum or when voted down, else listed with the winning
/// options. `None` for a general poll.
pub(crate) fn listing_decision(
    poll: &Poll,
    winners: &[u8],
    quorum_met: bool,
) -> Option<(SeriesId, ListingDecision)> {
    let PollKind::Listing(series) = poll.kind else {
        return None;
    };
    decide(poll, winners, quorum_met).map(|decision| (series, decision))
}

/// The decision of listing poll `poll` with `winners`.
fn decide(poll: &Poll, winners: &[u8], quorum_met: bool) -> Option<ListingDecision> {
    if !quorum_met {
        return Some(ListingDecision::Reject(RejectionReason::NoQuorum));
    }
    if winners.first() != Some(&0) {
        return Some(ListingDecision::Reject(RejectionReason::VotedDown));
    }
    let winner = |question: usize| -> Option<&OptionValue> {
        match poll.questions.get(question)? {
            Question::Choice { options, .. } => options.get(usize::from(*winners.get(question)?)),
            Question::Approve => None,
        }
    };
    match (winner(1)?, winner(2)?, winner(3)?, winner(4)?) {
        (
            OptionValue::Amount(price),
            OptionValue::Count(editions),
            OptionValue::Time(sale_start),
            OptionValue::Text(content_uri),
        ) => Some(ListingDecision::List(ListingTerms {
            price: *price,
            editions: *editions,
            sale_start: *sale_start,
            content_uri: content_uri.clone(),
        })),
        _ => None,
    }
}
