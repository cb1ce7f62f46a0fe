//! Founding, members' votes and payouts, suspension and the judge's verdicts, and the
//! operator's settings.

use ink::{
    primitives::AccountId,
    storage::{Lazy, Mapping},
};
use interfaces::{Balance, BlockNumber, Id, OperatorRole, SeatCategory, SocietyError};

use crate::{
    entropy::{blake2, EntropyPool},
    events::{
        DefenderVoted, Founded, JudgeChanged, MaxMembersChanged, MemberExpelled, MemberSuspended,
        PaidOut, ParametersChanged, PotFunded, RevenueCollected, SuspendedCandidateJudged,
        SuspendedMemberJudged, Unfounded, Voted,
    },
    port::SocietyPort,
    roles::role_error,
    storage::{
        BidKind, DrawKind, DrawRound, Judgement, Result, Role, SocietyParameters, SocietyState,
        Treasury, VouchingStatus,
    },
};

impl SocietyState {
    /// A society not yet founded: `operator` also judges until it names a judge.
    pub fn new(
        operator: AccountId,
        registry: AccountId,
        parameters: SocietyParameters,
        block: BlockNumber,
        seed: [u8; 32],
    ) -> Result<Self> {
        parameters.validate()?;
        Ok(Self {
            role: OperatorRole::new(operator),
            judge: operator,
            registry,
            parameters,
            max_members: 0,
            head: None,
            founder: None,
            defender: None,
            rules_hash: None,
            treasury: Treasury::default(),
            role_counts: [0; 5],
            next_rotation: block.saturating_add(parameters.rotation_period),
            next_challenge: block.saturating_add(parameters.challenge_period),
            entropy: EntropyPool::new(seed),
            rotation_round: 0,
            rotation_draw: DrawRound::default(),
            challenge_draw: DrawRound::default(),
            challenge_round: 0,
            defender_approvals: 0,
            defender_rejections: 0,
            roles: Mapping::default(),
            role_lists: Mapping::default(),
            bids: Lazy::default(),
            candidates: Lazy::default(),
            candidate_bids: Mapping::default(),
            votes: Mapping::default(),
            voters: Mapping::default(),
            voter_counts: Mapping::default(),
            skeptic_voter_counts: Mapping::default(),
            commitments: Mapping::default(),
            skeptics: Lazy::default(),
            defender_votes: Mapping::default(),
            payouts: Mapping::default(),
            strikes: Mapping::default(),
            vouching: Mapping::default(),
            seats: Mapping::default(),
            rotation: Lazy::default(),
        })
    }
    /// The strikes of `who`.
    pub fn strikes_of(&self, who: AccountId) -> u32 {
        self.strikes.get(who).unwrap_or(0)
    }
    /// The Genesis seat `who` holds from the society.
    pub fn seat_of(&self, who: AccountId) -> Option<Id> {
        self.seats.get(who)
    }

    /// Operator only: founds the society with `founder` as its first member and head,
    /// holding a D seat from the registry, admitting rotations up to `max_members`.
    pub fn found(
        &mut self,
        port: &mut impl SocietyPort,
        founder: AccountId,
        max_members: u32,
        rules: &[u8],
    ) -> Result<()> {
        self.ensure_operator(port.caller())?;
        if self.head.is_some() {
            return Err(SocietyError::AlreadyFounded);
        }
        self.check_max_members(max_members)?;
        self.ensure_outsider(founder)?;
        let seat = self.admit_into_seat(port, founder, SeatCategory::D)?;
        let rules_hash = blake2(rules);
        self.head = Some(founder);
        self.founder = Some(founder);
        self.rules_hash = Some(rules_hash);
        self.max_members = max_members;
        self.next_rotation = port.block().saturating_add(self.parameters.rotation_period);
        self.next_challenge = port
            .block()
            .saturating_add(self.parameters.challenge_period);
        port.emit(Founded {
            founder,
            max_members,
            rules_hash,
            seat,
        });
        Ok(())
    }

    /// The founder dissolves the society while it is the head and the only member, with
    /// no candidates and nobody suspended. Its seat is revoked; its payouts stay
    /// claimable; waiting bids stay.
    pub fn unfound(&mut self, port: &mut impl SocietyPort) -> Result<()> {
        self.ensure_founded()?;
        let founder = port.caller();
        if self.founder != Some(founder) {
            return Err(SocietyError::NotFounder);
        }
        if self.head != Some(founder) {
            return Err(SocietyError::NotHead);
        }
        if self.count(Role::Member) != 1 {
            return Err(SocietyError::NotOnlyMember);
        }
        let busy = self.count(Role::Candidate) > 0
            || self.count(Role::SuspendedCandidate) > 0
            || self.count(Role::SuspendedMember) > 0
            || self.rotation_progress().is_some();
        if busy {
            return Err(SocietyError::SocietyNotEmpty);
        }
        self.remove_for_good(port, founder)?;
        self.head = None;
        self.founder = None;
        self.defender = None;
        self.rules_hash = None;
        self.max_members = 0;
        self.skeptics.set(&Default::default());
        self.new_challenge_round();
        port.emit(Unfounded { founder });
        Ok(())
    }

    /// A member votes on a candidate before voting closes; voting again replaces the
    /// vote. `commitment` is `blake2(secret ‖ voter)`: the first vote of the period records
    /// it, later ones must repeat it; the voter reveals `secret` after voting closes.
    /// `max_voters` members may vote on a candidate, and every skeptic besides.
    pub fn vote(
        &mut self,
        port: &mut impl SocietyPort,
        candidate: AccountId,
        approve: bool,
        commitment: [u8; 32],
    ) -> Result<()> {
        let voter = port.caller();
        self.ensure_member(voter)?;
        self.ensure_no_rotation()?;
        if self.role_of(candidate) != Some(Role::Candidate) {
            return Err(SocietyError::NotCandidate);
        }
        if port.block() >= self.rotation_voting_closes() {
            return Err(SocietyError::VotingClosed);
        }
        self.ensure_same_commitment(voter, DrawKind::Rotation, commitment)?;
        let first_vote = self.votes.get((candidate, voter)).is_none();
        let count = self.voter_counts.get(candidate).unwrap_or(0);
        let skeptic_count = self.skeptic_voter_counts.get(candidate).unwrap_or(0);
        let skeptic = self.skeptics().contains(&voter);
        if first_vote
            && !skeptic
            && count.saturating_sub(skeptic_count) >= self.parameters.max_voters
        {
            return Err(SocietyError::TooManyVoters);
        }
        self.commit(port, voter, DrawKind::Rotation, commitment);
        if first_vote {
            if skeptic {
                self.skeptic_voter_counts
                    .insert(candidate, &skeptic_count.saturating_add(1));
            }
            self.voters.insert((candidate, count), &voter);
            self.voter_counts
                .insert(candidate, &count.saturating_add(1));
        }
        self.votes.insert((candidate, voter), &approve);
        port.emit(Voted {
            candidate,
            voter,
            approve,
        });
        Ok(())
    }

    /// A member votes to keep (`true`) or suspend the defender before voting closes;
    /// voting again replaces the vote. `commitment` works as in [`Self::vote`], for the
    /// challenge round's draw.
    pub fn defender_vote(
        &mut self,
        port: &mut impl SocietyPort,
        approve: bool,
        commitment: [u8; 32],
    ) -> Result<()> {
        let voter = port.caller();
        self.ensure_member(voter)?;
        if self.defender.is_none() {
            return Err(SocietyError::NoDefender);
        }
        if port.block() >= self.challenge_voting_closes() {
            return Err(SocietyError::VotingClosed);
        }
        self.ensure_same_commitment(voter, DrawKind::Challenge, commitment)?;
        self.commit(port, voter, DrawKind::Challenge, commitment);
        self.withdraw_defender_vote(voter);
        if approve {
            self.defender_approvals = self.defender_approvals.saturating_add(1);
        } else {
            self.defender_rejections = self.defender_rejections.saturating_add(1);
        }
        self.defender_votes
            .insert((self.challenge_round, voter), &approve);
        port.emit(DefenderVoted { voter, approve });
        Ok(())
    }

    /// Pays the caller its first payout if it has matured. Refused while suspended, and
    /// while a commitment it left unrevealed is not yet forfeited (`forfeit` first).
    pub fn payout(&mut self, port: &mut impl SocietyPort) -> Result<()> {
        let who = port.caller();
        if self.has_forfeitable_commitment(port, who) {
            return Err(SocietyError::CommitmentUnrevealed);
        }
        if self.role_of(who) == Some(Role::SuspendedMember) {
            return Err(SocietyError::Suspended);
        }
        let mut payouts = self.payouts_of(who);
        let first = *payouts.first().ok_or(SocietyError::NoPayout)?;
        if first.matures_at > port.block() {
            return Err(SocietyError::PayoutNotMatured);
        }
        payouts.remove(0);
        self.store_payouts(who, &payouts);
        self.treasury.payouts = self.treasury.payouts.saturating_sub(first.amount);
        port.pay(who, first.amount)?;
        port.emit(PaidOut {
            who,
            amount: first.amount,
        });
        Ok(())
    }

    /// Adds the call's payment to the pot.
    pub fn fund_pot(&mut self, port: &mut impl SocietyPort) -> Result<()> {
        if port.transferred() == 0 {
            return Err(SocietyError::ZeroAmount);
        }
        self.treasury.pot = self
            .treasury
            .pot
            .checked_add(port.transferred())
            .ok_or(SocietyError::Overflow)?;
        port.emit(PotFunded {
            from: port.caller(),
            amount: port.transferred(),
        });
        Ok(())
    }

    /// Anyone collects the society share of the sales, which the registry credits to the
    /// society, into the pot; returns the amount.
    pub fn collect_revenue(&mut self, port: &mut impl SocietyPort) -> Result<Balance> {
        let amount = port.collect_credit()?;
        if amount == 0 {
            return Err(SocietyError::NothingToCollect);
        }
        self.treasury.pot = self
            .treasury
            .pot
            .checked_add(amount)
            .ok_or(SocietyError::Overflow)?;
        port.emit(RevenueCollected {
            by: port.caller(),
            amount,
        });
        Ok(amount)
    }

    /// Judge only: restores a suspended member (`forgive`), or removes it for good: its
    /// payouts are forfeited, its strikes and vouching status cleared, the bid it vouches
    /// for dropped, and its society seat revoked in the registry.
    pub fn judge_suspended_member(
        &mut self,
        port: &mut impl SocietyPort,
        who: AccountId,
        forgive: bool,
    ) -> Result<()> {
        self.ensure_judge(port.caller())?;
        self.ensure_no_rotation()?;
        if self.role_of(who) != Some(Role::SuspendedMember) {
            return Err(SocietyError::NotSuspended);
        }
        if forgive {
            self.ensure_room()?;
            self.change_role(who, Role::Member);
        } else {
            self.forfeit_payouts(who);
            self.remove_for_good(port, who)?;
        }
        port.emit(SuspendedMemberJudged { who, forgive });
        Ok(())
    }

    /// Judge only: admits a suspended candidate (the pot pays its bid; a seat is
    /// reserved and granted), rejects it (its deposit goes to the pot, or its voucher is
    /// banned from vouching), or puts its bid back among the bids.
    pub fn judge_suspended_candidate(
        &mut self,
        port: &mut impl SocietyPort,
        who: AccountId,
        judgement: Judgement,
    ) -> Result<()> {
        self.ensure_judge(port.caller())?;
        self.ensure_no_rotation()?;
        if self.role_of(who) != Some(Role::SuspendedCandidate) {
            return Err(SocietyError::NotSuspended);
        }
        let bid = self
            .candidate_bids
            .get(who)
            .ok_or(SocietyError::NotSuspended)?;
        match judgement {
            Judgement::Approve => {
                if self.treasury.pot < bid.value {
                    return Err(SocietyError::InsufficientPot);
                }
                self.ensure_room()?;
                self.admit_into_seat(port, who, bid.category)?;
                self.candidate_bids.remove(who);
                self.treasury.pot = self.treasury.pot.saturating_sub(bid.value);
                let maturity = port
                    .block()
                    .saturating_add(self.lock_duration(self.count(Role::Member)));
                self.pay_admitted(port, &bid, maturity)?;
            }
            Judgement::Reject => {
                match bid.kind {
                    BidKind::Deposit(deposit) => {
                        self.treasury.deposits = self.treasury.deposits.saturating_sub(deposit);
                        self.treasury.pot = self
                            .treasury
                            .pot
                            .checked_add(deposit)
                            .ok_or(SocietyError::Overflow)?;
                    }
                    BidKind::Vouch { voucher, .. } => {
                        self.vouching.insert(voucher, &VouchingStatus::Banned);
                    }
                }
                self.candidate_bids.remove(who);
                self.leave(who);
            }
            Judgement::Rebid => {
                self.candidate_bids.remove(who);
                self.leave(who);
                self.put_bid(port, bid)?;
            }
        }
        port.emit(SuspendedCandidateJudged { who, judgement });
        Ok(())
    }

    /// Operator only: sets the most members rotations admit (2 to `member_limit`).
    pub fn set_max_members(&mut self, port: &mut impl SocietyPort, max_members: u32) -> Result<()> {
        self.ensure_operator(port.caller())?;
        self.check_max_members(max_members)?;
        self.max_members = max_members;
        port.emit(MaxMembersChanged { max_members });
        Ok(())
    }

    /// Operator only: replaces the parameters. They must be valid; the bid book, the
    /// payouts per member and the member limit may only grow (no bid, payout or member
    /// already in is pushed past a cap), `member_limit` stays at least `max_members`, and
    /// `reveal_period` stays (a round's voting window never moves once it opened). New
    /// periods apply from the next scheduled rotation and challenge. Refused while a
    /// rotation is resolved, so that every ballot of a rotation counts by one rule.
    pub fn set_parameters(
        &mut self,
        port: &mut impl SocietyPort,
        parameters: SocietyParameters,
    ) -> Result<()> {
        self.ensure_operator(port.caller())?;
        self.ensure_no_rotation()?;
        parameters.validate()?;
        let old = self.parameters;
        let keeps_caps = parameters.max_bids >= old.max_bids
            && parameters.max_payouts >= old.max_payouts
            && parameters.member_limit >= self.max_members;
        if !keeps_caps || parameters.reveal_period != old.reveal_period {
            return Err(SocietyError::BadParameter);
        }
        self.parameters = parameters;
        port.emit(ParametersChanged { parameters });
        Ok(())
    }

    /// Operator only: expels the member `who` (suspended or not) for abuse, as the judge
    /// removes a suspended member: its payouts are forfeited, its vouch dropped and its
    /// society seat revoked in the registry. The head, the founder and the defender of
    /// the current challenge are protected.
    pub fn expel(&mut self, port: &mut impl SocietyPort, who: AccountId) -> Result<()> {
        self.ensure_operator(port.caller())?;
        self.ensure_no_rotation()?;
        match self.role_of(who) {
            Some(Role::Member | Role::SuspendedMember) => {}
            _ => return Err(SocietyError::NotMember),
        }
        let protected = [self.head, self.founder, self.defender];
        if protected.contains(&Some(who)) {
            return Err(SocietyError::ProtectedMember);
        }
        self.withdraw_defender_vote(who);
        self.forfeit_payouts(who);
        self.remove_for_good(port, who)?;
        port.emit(MemberExpelled { who });
        Ok(())
    }

    /// Operator only: names the judge of suspended members and candidates.
    pub fn set_judge(&mut self, port: &mut impl SocietyPort, judge: AccountId) -> Result<()> {
        self.ensure_operator(port.caller())?;
        self.judge = judge;
        port.emit(JudgeChanged { judge });
        Ok(())
    }

    /// Operator only: offers the operator role to `to`.
    pub fn transfer_operator(&mut self, port: &mut impl SocietyPort, to: AccountId) -> Result<()> {
        let started = self.role.offer(port.caller(), to).map_err(role_error)?;
        port.emit(started);
        Ok(())
    }

    /// The account offered the operator role takes it.
    pub fn accept_operator(&mut self, port: &mut impl SocietyPort) -> Result<()> {
        let changed = self.role.accept(port.caller()).map_err(role_error)?;
        port.emit(changed);
        Ok(())
    }

    /// The lock of a payout when the society has `members` members: the pallet's
    /// `(100 - 50,000 / (members + 500))` percent of `max_lock_duration`, rounded to the
    /// nearest block (halves down). 0% with no members, 50% at 500, 90% at 4,500.
    pub fn lock_duration(&self, members: u32) -> BlockNumber {
        let members = u64::from(members);
        let percent = 50_000u64
            .checked_div(members.saturating_add(500))
            .map_or(100, |cut| 100u64.saturating_sub(cut));
        let scaled = u64::from(self.parameters.max_lock_duration).saturating_mul(percent);
        let whole = scaled.checked_div(100).unwrap_or(0);
        let rest = scaled.checked_rem(100).unwrap_or(0);
        let rounded = if rest > 50 {
            whole.saturating_add(1)
        } else {
            whole
        };
        BlockNumber::try_from(rounded).unwrap_or(BlockNumber::MAX)
    }

    /// Suspends member `who` (strikes cleared, its defender vote withdrawn) unless it is
    /// the head or the founder. Returns whether it was suspended.
    pub(crate) fn suspend_member(&mut self, port: &mut impl SocietyPort, who: AccountId) -> bool {
        if self.head == Some(who) || self.founder == Some(who) || !self.is_member(who) {
            return false;
        }
        self.change_role(who, Role::SuspendedMember);
        self.strikes.remove(who);
        self.withdraw_defender_vote(who);
        port.emit(MemberSuspended { who });
        true
    }

    /// Makes `who` a member (from whatever role it had) in a newly reserved and granted
    /// seat of `category`; returns the seat.
    pub(crate) fn admit_into_seat(
        &mut self,
        port: &mut impl SocietyPort,
        who: AccountId,
        category: SeatCategory,
    ) -> Result<interfaces::Id> {
        if !port.reserve_seats(category.one()) {
            return Err(SocietyError::SeatUnavailable);
        }
        let seat = port.grant_seat(who, category)?;
        self.seats.insert(who, &seat);
        self.change_role(who, Role::Member);
        Ok(seat)
    }

    /// Takes `who` out of the society for good: role, strikes and vouching cleared, the
    /// bid it vouches for dropped, its society seat revoked.
    fn remove_for_good(&mut self, port: &mut impl SocietyPort, who: AccountId) -> Result<()> {
        self.leave(who);
        self.strikes.remove(who);
        if self.vouching.take(who) == Some(VouchingStatus::Vouching) {
            self.drop_vouched_bid(port, who);
        }
        if let Some(seat) = self.seats.take(who) {
            port.revoke_seat(seat)?;
        }
        Ok(())
    }

    /// Fails with `MaxMembersReached` when no member may be added.
    fn ensure_room(&self) -> Result<()> {
        if self.count(Role::Member) < self.max_members {
            Ok(())
        } else {
            Err(SocietyError::MaxMembersReached)
        }
    }

    /// Fails with `BadMaxMembers` unless `2 <= max_members <= member_limit`.
    fn check_max_members(&self, max_members: u32) -> Result<()> {
        if (2..=self.parameters.member_limit).contains(&max_members) {
            Ok(())
        } else {
            Err(SocietyError::BadMaxMembers)
        }
    }

    /// Takes `voter`'s vote on the defender this round out of the tallies.
    fn withdraw_defender_vote(&mut self, voter: AccountId) {
        match self.defender_votes.take((self.challenge_round, voter)) {
            Some(true) => self.defender_approvals = self.defender_approvals.saturating_sub(1),
            Some(false) => self.defender_rejections = self.defender_rejections.saturating_sub(1),
            None => {}
        }
    }

    /// Starts a new challenge round: no votes, zero tallies.
    pub(crate) fn new_challenge_round(&mut self) {
        self.challenge_round = self.challenge_round.wrapping_add(1);
        self.challenge_draw = DrawRound::default();
        self.defender_approvals = 0;
        self.defender_rejections = 0;
    }
}
