//! The rotation: resolving the candidates' votes, the head, the slashed sum, the pot's
//! growth, the next candidates and skeptics.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{
    society::{integer_sqrt, MAX_INTAKE, STEP_BUDGET},
    Balance, SeatCategory, SocietyError,
};

use crate::{
    events::{CandidateSuspended, Inducted, RotationCompleted, RotationStepped, Struck},
    port::SocietyPort,
    storage::{
        Admitted, Bid, DrawKind, DrawRound, Result, Role, RotationProgress, RotationStep,
        SocietyState,
    },
};

/// A ballot counted when a candidate is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ballot {
    /// A cast approval.
    Approve,
    /// A cast rejection.
    Reject,
    /// A skeptic who did not vote: a rejection, and always on the wrong side.
    LazySkeptic,
}

impl SocietyState {
    /// The current candidates' accounts, in selection order.
    pub fn candidate_accounts(&self) -> Vec<AccountId> {
        self.candidates.get().unwrap_or_default()
    }
    /// The bid of a candidate or suspended candidate.
    pub fn candidate_bid(&self, who: AccountId) -> Option<Bid> {
        self.candidate_bids.get(who)
    }
    /// The skeptics of the current candidates.
    pub fn skeptics(&self) -> Vec<AccountId> {
        self.skeptics.get().unwrap_or_default()
    }
    /// The votes cast on `candidate`: (voter, approve), in voting order.
    pub fn votes_on(&self, candidate: AccountId) -> Vec<(AccountId, bool)> {
        let count = self.voter_counts.get(candidate).unwrap_or(0);
        (0..count)
            .filter_map(|index| self.voters.get((candidate, index)))
            .filter_map(|voter| {
                self.votes
                    .get((candidate, voter))
                    .map(|approve| (voter, approve))
            })
            .collect()
    }
    /// The rotation being resolved, if any.
    pub fn rotation_progress(&self) -> Option<RotationProgress> {
        self.rotation.get().flatten()
    }

    /// Runs the rotation, or continues one under way. Anyone may call it once
    /// `next_rotation` is reached.
    ///
    /// Each call resolves candidates in selection order while the votes it touches
    /// (cast votes + skeptics + 1 per candidate) stay within [`STEP_BUDGET`]; at least one
    /// candidate per call. When every candidate is resolved, and the call has used at most
    /// half its budget, it finishes the rotation: head, slashed sum, pot growth, up to
    /// [`MAX_INTAKE`] new candidates (one seat reservation each, up to 4 refused
    /// categories more) and `floor(sqrt(members))` skeptics. Worst case at the caps:
    /// `ceil(10 × (max_voters + 2 × max_skeptics + 1) / 256)` resolving calls and one
    /// finishing call.
    pub fn rotate(&mut self, port: &mut impl SocietyPort) -> Result<RotationStep> {
        self.ensure_founded()?;
        let mut progress = match self.rotation_progress() {
            Some(progress) => progress,
            None if port.block() < self.next_rotation => return Err(SocietyError::TooEarly),
            None => {
                // The period's seed: fixed since its reveal window closed, whoever calls.
                self.entropy.reseed(
                    b"rotation",
                    self.rotation_round,
                    self.rotation_draw.revealed,
                );
                RotationProgress {
                    started_at: port.block(),
                    maturity: port
                        .block()
                        .saturating_add(self.lock_duration(self.count(Role::Member))),
                    resolved: 0,
                    slashed: 0,
                    right_voters: 0,
                    rewardee: None,
                    admitted: Vec::new(),
                }
            }
        };
        let candidates = self.candidate_accounts();
        let skeptics = self.skeptics();
        let skeptic_count = u32::try_from(skeptics.len()).map_err(|_| SocietyError::Overflow)?;
        let mut used: u32 = 0;
        let mut resolved: u32 = 0;
        while let Some(&candidate) = candidates.get(progress.resolved as usize) {
            let cost = self
                .voter_counts
                .get(candidate)
                .unwrap_or(0)
                .saturating_add(skeptic_count)
                .saturating_add(1);
            if used > 0 && used.saturating_add(cost) > STEP_BUDGET {
                break;
            }
            self.resolve_candidate(port, &mut progress, candidate, &skeptics)?;
            used = used.saturating_add(cost);
            resolved = resolved.saturating_add(1);
            progress.resolved = progress.resolved.saturating_add(1);
        }
        let total = u32::try_from(candidates.len()).map_err(|_| SocietyError::Overflow)?;
        let remaining = total.saturating_sub(progress.resolved);
        if remaining > 0 || used > STEP_BUDGET.saturating_div(2) {
            self.rotation.set(&Some(progress));
            port.emit(RotationStepped {
                resolved,
                remaining,
            });
            return Ok(RotationStep {
                resolved,
                remaining,
                finished: false,
                pool: self.entropy.digest(),
            });
        }
        self.finish_rotation(port, progress)?;
        Ok(RotationStep {
            resolved,
            remaining: 0,
            finished: true,
            pool: self.entropy.digest(),
        })
    }

    /// Resolves one candidate: one ballot drawn at random decides; wrong-side voters and
    /// lazy skeptics are struck; the winner is admitted into its reserved seat, the loser
    /// suspended and its reservation released.
    fn resolve_candidate(
        &mut self,
        port: &mut impl SocietyPort,
        progress: &mut RotationProgress,
        candidate: AccountId,
        skeptics: &[AccountId],
    ) -> Result<()> {
        let bid = self
            .candidate_bids
            .get(candidate)
            .ok_or(SocietyError::NotCandidate)?;
        let ballots = self.take_ballots(port, candidate, skeptics);
        let count = u32::try_from(ballots.len()).map_err(|_| SocietyError::Overflow)?;
        let decisive = ballots
            .get(self.entropy.draw(count) as usize)
            .map(|(_, ballot)| *ballot);
        let admitted = decisive == Some(Ballot::Approve);
        let winning = if admitted {
            Ballot::Approve
        } else {
            Ballot::Reject
        };
        let mut approvals: u32 = 0;
        let mut right_side = Vec::new();
        for (voter, ballot) in ballots {
            if ballot == Ballot::Approve {
                approvals = approvals.saturating_add(1);
            }
            if ballot == winning {
                if !self.forfeited_rotation_commitment(voter) {
                    right_side.push(voter);
                }
            } else {
                let slashed = self.strike(port, voter);
                progress.slashed = progress
                    .slashed
                    .checked_add(slashed)
                    .ok_or(SocietyError::Overflow)?;
            }
        }
        self.draw_rewardee(progress, &right_side)?;
        self.treasury.committed = self.treasury.committed.saturating_sub(bid.value);
        if admitted {
            self.admit_candidate(port, progress, &bid, approvals)
        } else {
            port.release_seat(bid.category)?;
            self.treasury.pot = self
                .treasury
                .pot
                .checked_add(bid.value)
                .ok_or(SocietyError::Overflow)?;
            self.change_role(candidate, Role::SuspendedCandidate);
            port.emit(CandidateSuspended { who: candidate });
            Ok(())
        }
    }

    /// Removes and returns the ballots on `candidate`: first the skeptics (still members)
    /// who did not vote, then the votes cast by accounts that are still members. A voter
    /// that did not reveal its secret is struck for it first (once per round).
    fn take_ballots(
        &mut self,
        port: &mut impl SocietyPort,
        candidate: AccountId,
        skeptics: &[AccountId],
    ) -> Vec<(AccountId, Ballot)> {
        let mut ballots = Vec::new();
        for &skeptic in skeptics {
            if self.is_member(skeptic) && !self.votes.contains((candidate, skeptic)) {
                ballots.push((skeptic, Ballot::LazySkeptic));
            }
        }
        let count = self.voter_counts.take(candidate).unwrap_or(0);
        self.skeptic_voter_counts.remove(candidate);
        for index in 0..count {
            let Some(voter) = self.voters.take((candidate, index)) else {
                continue;
            };
            let Some(approve) = self.votes.take((candidate, voter)) else {
                continue;
            };
            self.settle(port, voter, DrawKind::Rotation);
            if self.is_member(voter) {
                let ballot = if approve {
                    Ballot::Approve
                } else {
                    Ballot::Reject
                };
                ballots.push((voter, ballot));
            }
        }
        ballots
    }

    /// Slashes `wrong_side_deduction` from `voter`'s unpaid payouts and gives it a
    /// strike, suspending it at `max_strikes`. Returns the slashed amount.
    pub(crate) fn strike(&mut self, port: &mut impl SocietyPort, voter: AccountId) -> Balance {
        let slashed = self.slash_payouts(voter, self.parameters.wrong_side_deduction);
        let strikes = self.strikes_of(voter).saturating_add(1);
        self.strikes.insert(voter, &strikes);
        port.emit(Struck {
            who: voter,
            slashed,
            strikes,
        });
        if strikes >= self.parameters.max_strikes {
            self.suspend_member(port, voter);
        }
        slashed
    }

    /// Keeps one uniform draw among every right-side voter of the rotation so far
    /// (reservoir sampling over the candidates' batches).
    fn draw_rewardee(
        &mut self,
        progress: &mut RotationProgress,
        right_side: &[AccountId],
    ) -> Result<()> {
        if right_side.is_empty() {
            return Ok(());
        }
        let batch = u32::try_from(right_side.len()).map_err(|_| SocietyError::Overflow)?;
        let seen = progress.right_voters.saturating_add(batch);
        let drawn = self.entropy.draw(seen);
        if let Some(index) = drawn.checked_sub(progress.right_voters) {
            progress.rewardee = right_side.get(index as usize).copied();
        }
        progress.right_voters = seen;
        Ok(())
    }

    /// Admits a candidate that won its vote into the seat reserved at its selection and
    /// pays its bid as a payout maturing with the rotation's.
    fn admit_candidate(
        &mut self,
        port: &mut impl SocietyPort,
        progress: &mut RotationProgress,
        bid: &Bid,
        approvals: u32,
    ) -> Result<()> {
        let seat = port.grant_seat(bid.who, bid.category)?;
        self.seats.insert(bid.who, &seat);
        self.candidate_bids.remove(bid.who);
        self.change_role(bid.who, Role::Member);
        self.pay_admitted(port, bid, progress.maturity)?;
        let approvals_to = progress
            .admitted
            .last()
            .map_or(0, |last| last.approvals_to)
            .saturating_add(approvals);
        progress.admitted.push(Admitted {
            who: bid.who,
            approvals_to,
            value: bid.value,
        });
        Ok(())
    }

    /// Ends the rotation: the head is drawn among the admitted still members, weighted
    /// by approvals (the first zero bid in order wins outright); the slashed sum goes to
    /// the drawn right-side voter (or stays unaccounted if none); the pot grows by
    /// `min(period_spend, unaccounted / 2)`; the next candidates and skeptics are chosen,
    /// and the next rotation is a full period away, so they get a full voting period.
    fn finish_rotation(
        &mut self,
        port: &mut impl SocietyPort,
        progress: RotationProgress,
    ) -> Result<()> {
        // A member admitted earlier in this rotation may since have been suspended.
        let mut eligible = Vec::new();
        let mut before: u32 = 0;
        let mut weight: u32 = 0;
        for admitted in &progress.admitted {
            let own = admitted.approvals_to.saturating_sub(before);
            before = admitted.approvals_to;
            if self.is_member(admitted.who) {
                weight = weight.saturating_add(own);
                eligible.push((admitted, weight));
            }
        }
        if let Some(&(last, _)) = eligible.last() {
            let point = self.entropy.draw(weight);
            let head = eligible
                .iter()
                .find(|(admitted, weight_to)| admitted.value == 0 || *weight_to > point)
                .map_or(last.who, |(admitted, _)| admitted.who);
            self.head = Some(head);
            port.emit(Inducted {
                head,
                members: progress
                    .admitted
                    .iter()
                    .map(|admitted| admitted.who)
                    .collect(),
            });
        }
        let rewardee = progress.rewardee.filter(|_| progress.slashed > 0);
        if let Some(rewardee) = rewardee {
            self.bump_payout(rewardee, progress.maturity, progress.slashed)?;
        }
        let unaccounted = port.balance().saturating_sub(self.treasury.obligations());
        let growth = self
            .parameters
            .period_spend
            .min(unaccounted.saturating_div(2));
        self.treasury.pot = self.treasury.pot.saturating_add(growth);
        let candidates = self.select_candidates(port)?;
        let skeptics = if candidates.is_empty() {
            Vec::new()
        } else {
            self.draw_skeptics()
        };
        self.skeptics.set(&skeptics);
        self.candidates.set(&candidates);
        self.rotation.set(&None);
        self.rotation_round = self.rotation_round.wrapping_add(1);
        self.rotation_draw = DrawRound::default();
        self.next_rotation = port.block().saturating_add(self.parameters.rotation_period);
        port.emit(RotationCompleted {
            rewardee,
            slashed: progress.slashed,
            pot: self.treasury.pot,
            candidates: candidates.clone(),
            skeptics,
            next_rotation: self.next_rotation,
        });
        Ok(())
    }

    /// Takes the cheapest bids the pot can pay, at most [`MAX_INTAKE`] and never past
    /// `max_members` (only the first zero bid counts as free), each only if the registry
    /// reserves a seat of its category. Their values move from the pot to `committed`.
    fn select_candidates(&mut self, port: &mut impl SocietyPort) -> Result<Vec<AccountId>> {
        let members = self.count(Role::Member);
        let mut room = MAX_INTAKE.min(self.max_members.saturating_sub(members));
        let mut selected = Vec::new();
        if room == 0 {
            return Ok(selected);
        }
        let mut cost: Balance = 0;
        let mut zero_taken = false;
        let mut refused = [false; SeatCategory::ALL.len()];
        let mut kept = Vec::new();
        for bid in self.bids() {
            let affordable = if bid.value == 0 {
                !zero_taken
            } else {
                cost.checked_add(bid.value)
                    .is_some_and(|total| total <= self.treasury.pot)
            };
            let take = room > 0
                && affordable
                && !refused[bid.category.index()]
                && port.reserve_seat(bid.category);
            if !take {
                if room > 0 && affordable {
                    refused[bid.category.index()] = true;
                }
                kept.push(bid);
                continue;
            }
            zero_taken |= bid.value == 0;
            cost = cost.saturating_add(bid.value);
            room = room.saturating_sub(1);
            self.candidate_bids.insert(bid.who, &bid);
            self.change_role(bid.who, Role::Candidate);
            selected.push(bid.who);
        }
        self.bids.set(&kept);
        self.treasury.pot = self.treasury.pot.saturating_sub(cost);
        self.treasury.committed = self
            .treasury
            .committed
            .checked_add(cost)
            .ok_or(SocietyError::Overflow)?;
        Ok(selected)
    }

    /// Draws `floor(sqrt(members))` members with replacement; the distinct ones become
    /// skeptics.
    fn draw_skeptics(&mut self) -> Vec<AccountId> {
        let members = self.count(Role::Member);
        let mut skeptics = Vec::new();
        for _ in 0..integer_sqrt(members) {
            let index = self.entropy.draw(members);
            if let Some(member) = self.account_at(Role::Member, index) {
                if !skeptics.contains(&member) {
                    skeptics.push(member);
                }
            }
        }
        skeptics
    }
}
