//! Commit–reveal of the draws' seeds (see [`crate::entropy`]): a member's first vote in
//! a round carries its commitment; voting closes `reveal_period` blocks before the
//! round's draws may run, and in those blocks the voters reveal. A commitment left
//! unrevealed is forfeited: its member is struck and loses `wrong_side_deduction`, when
//! its rotation is resolved or, at the latest, the next time it votes, reveals or takes
//! a payout (refused until then), or when anyone calls `forfeit` on it.

use ink::primitives::AccountId;
use interfaces::{BlockNumber, SocietyError};

use crate::{
    entropy::{commitment, contribution, xor},
    events::{CommitmentForfeited, SecretRevealed},
    port::SocietyPort,
    storage::{Commitment, CommitmentState, DrawKind, DrawRound, Result, SocietyState},
};

impl SocietyState {
    /// The block from which voting on the current candidates is closed and their voters
    /// reveal, until `next_rotation`.
    pub fn rotation_voting_closes(&self) -> BlockNumber {
        self.next_rotation
            .saturating_sub(self.parameters.reveal_period)
    }

    /// The block from which voting on the defender is closed and its voters reveal,
    /// until `next_challenge`.
    pub fn challenge_voting_closes(&self) -> BlockNumber {
        self.next_challenge
            .saturating_sub(self.parameters.reveal_period)
    }

    /// `who`'s latest commitment in a round of `kind`.
    pub fn commitment_of(&self, who: AccountId, kind: DrawKind) -> Option<Commitment> {
        self.commitments.get((who, kind))
    }

    /// The current round of `kind`: its number and what it gathered so far.
    pub fn draw_round(&self, kind: DrawKind) -> (u32, DrawRound) {
        match kind {
            DrawKind::Rotation => (self.rotation_round, self.rotation_draw),
            DrawKind::Challenge => (self.challenge_round, self.challenge_draw),
        }
    }

    /// The caller reveals `secret` for each of its pending commitments whose round is in
    /// its reveal window (a rotation's and a challenge's may overlap; one secret may
    /// serve both).
    pub fn reveal(&mut self, port: &mut impl SocietyPort, secret: [u8; 32]) -> Result<()> {
        let who = port.caller();
        let mut revealing_now = false;
        let mut revealed = false;
        for kind in [DrawKind::Rotation, DrawKind::Challenge] {
            let Some(mut pending) = self.commitments.get((who, kind)) else {
                continue;
            };
            let (round, _) = self.draw_round(kind);
            if pending.round != round || pending.state != CommitmentState::Pending {
                continue;
            }
            let (closes, ends) = self.reveal_window(kind);
            if port.block() < closes || port.block() >= ends {
                continue;
            }
            revealing_now = true;
            if commitment(&secret, &who) != pending.hash {
                continue;
            }
            pending.state = CommitmentState::Revealed;
            self.commitments.insert((who, kind), &pending);
            let draw = self.draw_round_mut(kind);
            draw.revealed = xor(draw.revealed, contribution(&secret, &who));
            draw.reveals = draw.reveals.saturating_add(1);
            port.emit(SecretRevealed { who, kind, round });
            revealed = true;
        }
        match (revealed, revealing_now) {
            (true, _) => Ok(()),
            (false, true) => Err(SocietyError::BadReveal),
            (false, false) => Err(SocietyError::NotRevealTime),
        }
    }

    /// Fails with `CommitmentChanged` if `voter` already committed to another hash in
    /// the current round of `kind`.
    pub(crate) fn ensure_same_commitment(
        &self,
        voter: AccountId,
        kind: DrawKind,
        hash: [u8; 32],
    ) -> Result<()> {
        let (round, _) = self.draw_round(kind);
        match self.commitments.get((voter, kind)) {
            Some(recorded) if recorded.round == round && recorded.hash != hash => {
                Err(SocietyError::CommitmentChanged)
            }
            _ => Ok(()),
        }
    }

    /// Records `hash` as `voter`'s commitment in the current round of `kind` unless its
    /// first vote of the round did (check [`Self::ensure_same_commitment`] first). An
    /// older commitment is settled first.
    pub(crate) fn commit(
        &mut self,
        port: &mut impl SocietyPort,
        voter: AccountId,
        kind: DrawKind,
        hash: [u8; 32],
    ) {
        self.settle(port, voter, kind);
        let (round, _) = self.draw_round(kind);
        match self.commitments.get((voter, kind)) {
            Some(recorded) if recorded.round == round => {}
            _ => {
                let recorded = Commitment {
                    round,
                    hash,
                    state: CommitmentState::Pending,
                };
                self.commitments.insert((voter, kind), &recorded);
                let draw = self.draw_round_mut(kind);
                draw.commitments = draw.commitments.saturating_add(1);
            }
        }
    }

    /// Anyone forfeits the commitments `who` left unrevealed past their reveal windows:
    /// a strike and `wrong_side_deduction` each.
    pub fn forfeit(&mut self, port: &mut impl SocietyPort, who: AccountId) -> Result<()> {
        // The rotation settles its own voters; a strike between its calls would change
        // the ballots it has yet to collect.
        self.ensure_no_rotation()?;
        if !self.has_forfeitable_commitment(port, who) {
            return Err(SocietyError::NothingToForfeit);
        }
        self.settle(port, who, DrawKind::Rotation);
        self.settle(port, who, DrawKind::Challenge);
        Ok(())
    }

    /// Whether `who` left a commitment unrevealed past its reveal window, not yet
    /// forfeited.
    pub fn has_forfeitable_commitment(&self, port: &impl SocietyPort, who: AccountId) -> bool {
        [DrawKind::Rotation, DrawKind::Challenge]
            .into_iter()
            .any(|kind| self.forfeitable(port, who, kind).is_some())
    }

    /// `who`'s commitment of `kind`, if it is pending past its reveal window.
    fn forfeitable(
        &self,
        port: &impl SocietyPort,
        who: AccountId,
        kind: DrawKind,
    ) -> Option<Commitment> {
        let pending = self.commitments.get((who, kind))?;
        let (round, _) = self.draw_round(kind);
        let (_, ends) = self.reveal_window(kind);
        let over = pending.round != round || port.block() >= ends;
        (pending.state == CommitmentState::Pending && over).then_some(pending)
    }

    /// Forfeits `who`'s commitment of `kind` if it is still pending and its reveal window
    /// has passed: `wrong_side_deduction` slashed from its unpaid payouts, and a strike if
    /// it is a member.
    pub(crate) fn settle(&mut self, port: &mut impl SocietyPort, who: AccountId, kind: DrawKind) {
        let Some(mut pending) = self.forfeitable(port, who, kind) else {
            return;
        };
        pending.state = CommitmentState::Forfeited;
        self.commitments.insert((who, kind), &pending);
        // A member is struck; one suspended or gone since loses the deduction only.
        let slashed = if self.is_member(who) {
            self.strike(port, who)
        } else {
            self.slash_payouts(who, self.parameters.wrong_side_deduction)
        };
        port.emit(CommitmentForfeited {
            who,
            kind,
            round: pending.round,
            slashed,
        });
    }

    /// Whether `who` forfeited its commitment in the current rotation round.
    pub(crate) fn forfeited_rotation_commitment(&self, who: AccountId) -> bool {
        self.commitments
            .get((who, DrawKind::Rotation))
            .is_some_and(|c| {
                c.round == self.rotation_round && c.state == CommitmentState::Forfeited
            })
    }

    /// The reveal window of the current round of `kind`: from the close of voting to the
    /// block its draws may run.
    fn reveal_window(&self, kind: DrawKind) -> (BlockNumber, BlockNumber) {
        match kind {
            DrawKind::Rotation => (self.rotation_voting_closes(), self.next_rotation),
            DrawKind::Challenge => (self.challenge_voting_closes(), self.next_challenge),
        }
    }

    /// The current round of `kind`, to gather a commitment or a reveal.
    fn draw_round_mut(&mut self, kind: DrawKind) -> &mut DrawRound {
        match kind {
            DrawKind::Rotation => &mut self.rotation_draw,
            DrawKind::Challenge => &mut self.challenge_draw,
        }
    }
}
