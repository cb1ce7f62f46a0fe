//! Membership challenges: each challenge period a random member other than the head and
//! the founder defends its membership in a simple-majority vote.

use ink::primitives::AccountId;
use interfaces::SocietyError;

use crate::{
    events::{Challenged, DefenderJudged},
    port::SocietyPort,
    storage::{Result, Role, SocietyState},
};

impl SocietyState {
    /// `who`'s vote on the defender this challenge round.
    pub fn defender_vote_of(&self, who: AccountId) -> Option<bool> {
        self.defender_votes.get((self.challenge_round, who))
    }

    /// Ends the current challenge and starts the next. Anyone may call it once
    /// `next_challenge` is reached. The defender stays if approvals outnumber rejections
    /// (a tie fails); if nobody voted, its own free vote keeps it. A defender that fails
    /// is suspended. Then, with more than two members, a new defender is drawn among the
    /// members other than the head and the founder, from the round's committed and
    /// revealed seed; returns the new defender. O(1): the votes are tallied as cast.
    pub fn challenge(&mut self, port: &mut impl SocietyPort) -> Result<Option<AccountId>> {
        self.ensure_founded()?;
        if port.block() < self.next_challenge {
            return Err(SocietyError::TooEarly);
        }
        // Its draws share the rotation's pool, and its suspension changes the ballots.
        self.ensure_no_rotation()?;
        // The round's seed: fixed since its reveal window closed, whoever calls.
        self.entropy.reseed(
            b"challenge",
            self.challenge_round,
            self.challenge_draw.revealed,
        );
        if let Some(defender) = self.defender.take() {
            let rejections = self.defender_rejections;
            let approvals = if self.defender_approvals == 0 && rejections == 0 {
                1
            } else {
                self.defender_approvals
            };
            let kept = approvals > rejections;
            if !kept {
                self.suspend_member(port, defender);
            }
            port.emit(DefenderJudged {
                defender,
                approvals,
                rejections,
                kept,
            });
        }
        self.new_challenge_round();
        if self.count(Role::Member) > 2 {
            self.defender = self.draw_defender();
        }
        if let Some(defender) = self.defender {
            port.emit(Challenged { defender });
        }
        self.next_challenge = port
            .block()
            .saturating_add(self.parameters.challenge_period);
        Ok(self.defender)
    }

    /// Draws uniformly among the members other than the head and the founder.
    fn draw_defender(&mut self) -> Option<AccountId> {
        let [head, founder] = [self.head, self.founder].map(|account| {
            account.and_then(|account| match self.roles.get(account) {
                Some((Role::Member, index)) => Some(index),
                _ => None,
            })
        });
        // The exempt members' places in ascending order, each once (a two-element sort:
        // a library sort would add ~3 KB of code).
        let exempt: [Option<u32>; 2] = match (head, founder) {
            (Some(a), Some(b)) if a != b => [Some(a.min(b)), Some(a.max(b))],
            (a, b) => [a.or(b), None],
        };
        let eligible = self
            .count(Role::Member)
            .checked_sub(u32::try_from(exempt.iter().flatten().count()).ok()?)
            .filter(|eligible| *eligible > 0)?;
        let mut index = self.entropy.draw(eligible);
        for skipped in exempt.into_iter().flatten() {
            if index >= skipped {
                index = index.saturating_add(1);
            }
        }
        self.account_at(Role::Member, index)
    }
}
