//! The rotation: resolving the candidates' votes, the head, the slashed sum, the pot's
//! growth, the next candidates and skeptics.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{
    society::{integer_sqrt, MAX_INTAKE},
    Balance, SeatCategory, SeatCounts, SocietyError,
};

use crate::{
    events::{CandidateSuspended, Inducted, RotationCompleted, RotationStepped, Struck},
    port::SocietyPort,
    storage::{
        Admitted, Ballot, Bid, DrawKind, DrawRound, Result, Role, RotationProgress, RotationStep,
        SocietyState, Tally,
    },
};

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
    /// Each call does up to `step_budget` ballot steps (see [`Tally`]): it resumes the
    /// candidate where the last call stopped, even inside its votes, and goes on in
    /// selection order. When every candidate is resolved, and the call has used at most
    /// half its budget, it finishes the rotation: head, slashed sum, pot growth, up to
    /// [`MAX_INTAKE`] new candidates (their seats reserved in one registry call) and
    /// `floor(sqrt(members))` skeptics. A candidate costs
    /// `2 × (skeptics + votes) + 2` steps at most, so a rotation at the caps takes about
    /// `10 × (2 × (max_voters + skeptics) + 2) / step_budget` calls, plus one finishing.
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
                    tally: Tally::default(),
                }
            }
        };
        let candidates = self.candidate_accounts();
        let skeptics = self.skeptics();
        let mut steps = StepBudget {
            left: self.parameters.step_budget,
        };
        let mut resolved: u32 = 0;
        while let Some(&candidate) = candidates.get(progress.resolved as usize) {
            if !self.advance_candidate(port, &mut progress, candidate, &skeptics, &mut steps)? {
                break;
            }
            progress.tally = Tally::default();
            resolved = resolved.saturating_add(1);
            progress.resolved = progress.resolved.saturating_add(1);
        }
        let total = u32::try_from(candidates.len()).map_err(|_| SocietyError::Overflow)?;
        let remaining = total.saturating_sub(progress.resolved);
        let used = self.parameters.step_budget.saturating_sub(steps.left);
        if remaining > 0 || used > self.parameters.step_budget.saturating_div(2) {
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

    /// Takes `candidate` as far as the budget allows: collects its ballots, draws the
    /// deciding one, settles each ballot, then admits or suspends it. Returns whether it
    /// is resolved.
    fn advance_candidate(
        &mut self,
        port: &mut impl SocietyPort,
        progress: &mut RotationProgress,
        candidate: AccountId,
        skeptics: &[AccountId],
        steps: &mut StepBudget,
    ) -> Result<bool> {
        if progress.tally.winning.is_none() {
            let skeptic_count =
                u32::try_from(skeptics.len()).map_err(|_| SocietyError::Overflow)?;
            let positions =
                skeptic_count.saturating_add(self.voter_counts.get(candidate).unwrap_or(0));
            while progress.tally.next < positions {
                if !steps.take() {
                    return Ok(false);
                }
                let position = progress.tally.next;
                progress.tally.next = position.saturating_add(1);
                match skeptics.get(position as usize) {
                    Some(&skeptic) => {
                        self.collect_lazy_skeptic(&mut progress.tally, candidate, skeptic)
                    }
                    None => self.collect_vote(
                        port,
                        &mut progress.tally,
                        candidate,
                        position.saturating_sub(skeptic_count),
                    ),
                }
            }
            if !steps.take() {
                return Ok(false);
            }
            self.voter_counts.remove(candidate);
            self.skeptic_voter_counts.remove(candidate);
            let count =
                u32::try_from(progress.tally.ballots.len()).map_err(|_| SocietyError::Overflow)?;
            let decisive = progress
                .tally
                .ballots
                .get(self.entropy.draw(count) as usize)
                .map(|(_, ballot)| *ballot);
            progress.tally.winning = Some(if decisive == Some(Ballot::Approve) {
                Ballot::Approve
            } else {
                Ballot::Reject
            });
            progress.tally.next = 0;
        }
        let winning = progress.tally.winning.unwrap_or(Ballot::Reject);
        while let Some(&(voter, ballot)) = progress.tally.ballots.get(progress.tally.next as usize)
        {
            if !steps.take() {
                break;
            }
            progress.tally.next = progress.tally.next.saturating_add(1);
            if ballot == winning {
                if !self.forfeited_rotation_commitment(voter) {
                    self.enter_rewardee_draw(progress, voter);
                }
            } else {
                let slashed = self.strike(port, voter);
                progress.slashed = progress
                    .slashed
                    .checked_add(slashed)
                    .ok_or(SocietyError::Overflow)?;
            }
        }
        if (progress.tally.next as usize) < progress.tally.ballots.len() || !steps.take() {
            return Ok(false);
        }
        self.close_candidate(port, progress, candidate, winning == Ballot::Approve)?;
        Ok(true)
    }

    /// Collects the ballot of skeptic `skeptic` on `candidate`: a lazy skeptic's if it
    /// is still a member and did not vote on it.
    fn collect_lazy_skeptic(&self, tally: &mut Tally, candidate: AccountId, skeptic: AccountId) {
        if self.is_member(skeptic) && !self.votes.contains((candidate, skeptic)) {
            tally.ballots.push((skeptic, Ballot::LazySkeptic));
        }
    }

    /// Removes the vote at `index` on `candidate` and collects its ballot if the voter
    /// is still a member. A voter that did not reveal its secret is struck for it first
    /// (once per round).
    fn collect_vote(
        &mut self,
        port: &mut impl SocietyPort,
        tally: &mut Tally,
        candidate: AccountId,
        index: u32,
    ) {
        let Some(voter) = self.voters.take((candidate, index)) else {
            return;
        };
        let Some(approve) = self.votes.take((candidate, voter)) else {
            return;
        };
        self.settle(port, voter, DrawKind::Rotation);
        if self.is_member(voter) {
            if approve {
                tally.approvals = tally.approvals.saturating_add(1);
                tally.ballots.push((voter, Ballot::Approve));
            } else {
                tally.ballots.push((voter, Ballot::Reject));
            }
        }
    }

    /// Closes a decided candidate: the winner is admitted into its reserved seat, the
    /// loser suspended and its reservation released.
    fn close_candidate(
        &mut self,
        port: &mut impl SocietyPort,
        progress: &mut RotationProgress,
        candidate: AccountId,
        admitted: bool,
    ) -> Result<()> {
        let bid = self
            .candidate_bids
            .get(candidate)
            .ok_or(SocietyError::NotCandidate)?;
        self.treasury.committed = self.treasury.committed.saturating_sub(bid.value);
        if admitted {
            let approvals = progress.tally.approvals;
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

    /// Enters right-side voter `voter` in the draw of the slashed sum: the n-th of the
    /// rotation replaces the one kept with chance 1/n (reservoir sampling), so each is
    /// kept with equal chance, and the draws are the same however the calls split the
    /// work.
    fn enter_rewardee_draw(&mut self, progress: &mut RotationProgress, voter: AccountId) {
        progress.right_voters = progress.right_voters.saturating_add(1);
        if self.entropy.draw(progress.right_voters) == 0 {
            progress.rewardee = Some(voter);
        }
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
    /// `max_members` (only the first zero bid counts as free), each only while its
    /// category has a free seat in the registry; their seats are reserved in one call
    /// (if the registry refuses, none is taken). Their values move from the pot to
    /// `committed`.
    fn select_candidates(&mut self, port: &mut impl SocietyPort) -> Result<Vec<AccountId>> {
        let members = self.count(Role::Member);
        let mut room = MAX_INTAKE.min(self.max_members.saturating_sub(members));
        let bids = self.bids();
        if room == 0 || bids.is_empty() {
            return Ok(Vec::new());
        }
        let mut free = port.free_seats();
        let mut counts: SeatCounts = [0; SeatCategory::ALL.len()];
        let mut cost: Balance = 0;
        let mut zero_taken = false;
        let mut taken = Vec::new();
        let mut kept = Vec::new();
        for bid in bids {
            let affordable = if bid.value == 0 {
                !zero_taken
            } else {
                cost.checked_add(bid.value)
                    .is_some_and(|total| total <= self.treasury.pot)
            };
            let i = bid.category.index();
            if room == 0 || !affordable || free[i] == 0 {
                kept.push(bid);
                continue;
            }
            free[i] = free[i].saturating_sub(1);
            counts[i] = counts[i].saturating_add(1);
            zero_taken |= bid.value == 0;
            cost = cost.saturating_add(bid.value);
            room = room.saturating_sub(1);
            taken.push(bid);
        }
        if taken.is_empty() || !port.reserve_seats(counts) {
            return Ok(Vec::new());
        }
        let mut selected = Vec::new();
        for bid in taken {
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

/// What is left of one `rotate` call's `step_budget`.
struct StepBudget {
    /// Ballot steps still allowed.
    left: u32,
}

impl StepBudget {
    /// Spends one step; false when none is left.
    fn take(&mut self) -> bool {
        match self.left.checked_sub(1) {
            Some(left) => {
                self.left = left;
                true
            }
            None => false,
        }
    }
}
