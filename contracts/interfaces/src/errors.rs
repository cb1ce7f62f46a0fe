//! The typed errors of the three contracts, shared so that a cross-contract call's
//! failure is decoded by the caller.

/// Errors of the registry's own (non-PSP34) messages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum RegistryError {
    /// The caller may not call this message.
    NotAuthorized,
    /// No series has this id.
    UnknownSeries,
    /// The series has no item with this index.
    UnknownItem,
    /// No token has this id.
    UnknownToken,
    /// The series is not in the status this message needs.
    WrongSeriesStatus,
    /// `buy` outside the series' sale window.
    OutsideSaleWindow,
    /// Fewer native units were paid than the price.
    Underpaid,
    /// Sales are paused by the operator.
    SalesPaused,
    /// Every edition of this item has been minted.
    SoldOut,
    /// `buy` on a Giveaway series, or `airdrop` on an Official one.
    WrongSaleKind,
    /// No seat of this category is left.
    QuotaExhausted,
    /// A token in the proof already proved a claim.
    ProofAlreadyUsed,
    /// The proof does not show what the category asks for.
    NotEligible,
    /// The category is not claimable with a proof (A1/A2/A3 are).
    NotClaimable,
    /// The category cannot be reserved or granted by the society (A1/A2/A3).
    NotSocietyCategory,
    /// The operator may grant only D seats.
    OperatorGrantsOnlyD,
    /// The society converts or releases a reservation it never made.
    NothingReserved,
    /// The seat was not granted by the society, so the society may not revoke it.
    NotSocietySeat,
    /// The contracts are already linked.
    AlreadyLinked,
    /// A call needs the rewards or society contract, and none is linked yet.
    NotLinked,
    /// A series needs at least one edition per item.
    ZeroEditions,
    /// A series has 1 to 64 items.
    BadItemCount,
    /// The four revenue shares do not sum to 10,000 basis points.
    BadRevenueSplit,
    /// A listing poll needs at least one option per question, at most 16.
    BadListingOptions,
    /// This tier needs a listing poll.
    PollRequired,
    /// A special series is a 1-of-1: one edition of one item.
    SpecialNotUnique,
    /// The sale window must be non-empty.
    BadSaleWindow,
    /// A content URI, licence, metadata URI or collection attribute is longer than
    /// allowed.
    ContentTooLong,
    /// Nothing to withdraw.
    NothingToWithdraw,
    /// A native transfer out of the contract failed.
    TransferFailed,
    /// The call to the rewards contract failed.
    RewardsCallFailed,
    /// There is no pending operator transfer for the caller.
    NoPendingOperator,
    /// `set_code` was refused by the chain.
    SetCodeFailed,
    /// An amount or counter would overflow.
    Overflow,
    /// An Official series offered or listed below the minimum price: no seat is free.
    PriceBelowMinimum,
    /// The account already holds as many seats of this category as one account may.
    SeatCapReached,
    /// Every A seat the current issuance round allows has been claimed.
    RoundExhausted,
    /// A new issuance round must allow more A seats than the last, and no more than the
    /// A quotas hold.
    BadIssuanceRound,
    /// The issuance rules are out of range (a cap of at least 1 seat per account, a first
    /// round within the A quotas).
    BadIssuanceRules,
    /// The contract to link does not name this registry as its registry.
    LinkMismatch,
    /// The contract holds nothing beyond what it owes.
    NothingToSweep,
    /// A series must record its content's hash, its licence and its IP holder (none may
    /// be zero or empty).
    MissingProvenance,
    /// The metadata URI must be non-empty and end with `/`: token URIs are appended to it.
    BadMetadataUri,
    /// The society granted this seat: only its removal of the member revokes it.
    SocietyGrantedSeat,
}

/// Errors of the society contract's messages (also returned by [`SocietyPot::fund_pot`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum SocietyError {
    /// The caller may not call this message.
    NotAuthorized,
    /// A payment of zero was sent where native units are expected.
    ZeroAmount,
    /// The society has not been founded yet.
    NotFounded,
    /// The society is already founded.
    AlreadyFounded,
    /// `max_members` must be more than 1 and at most the `member_limit` parameter.
    BadMaxMembers,
    /// A constructor parameter is out of range.
    BadParameter,
    /// The society admits members into B, C1, C2 and D seats only.
    NotSocietyCategory,
    /// `bid` must transfer exactly the candidate deposit.
    WrongDeposit,
    /// The account already bids, is a candidate or a member, or is suspended.
    AlreadyInSociety,
    /// The caller has no bid.
    NotBidder,
    /// The caller is not a (non-suspended) member.
    NotMember,
    /// The account is suspended.
    Suspended,
    /// The member already vouches for someone.
    AlreadyVouching,
    /// The member is banned from vouching: a candidate it vouched for was rejected.
    VouchingBanned,
    /// The caller does not vouch for a bid (a vouched candidate can no longer be unvouched).
    NotVouching,
    /// A voucher's tip is larger than the bid's value.
    TipExceedsValue,
    /// The account is not a candidate.
    NotCandidate,
    /// The candidate already has `max_voters` voters.
    TooManyVoters,
    /// No member is being challenged.
    NoDefender,
    /// The caller has no payout.
    NoPayout,
    /// The caller's first payout has not matured yet.
    PayoutNotMatured,
    /// The account is not suspended.
    NotSuspended,
    /// The pot cannot pay the candidate's bid.
    InsufficientPot,
    /// The society already has `max_members` members.
    MaxMembersReached,
    /// The registry has no free seat of the category.
    SeatUnavailable,
    /// The rotation or challenge period has not passed yet.
    TooEarly,
    /// A rotation is being resolved in steps; call `rotate` until it finishes.
    RotationInProgress,
    /// The caller is not the founder.
    NotFounder,
    /// The founder is no longer the head.
    NotHead,
    /// The founder is not the only member.
    NotOnlyMember,
    /// Candidates or suspended accounts remain; they must be resolved first.
    SocietyNotEmpty,
    /// A native transfer out of the contract failed.
    TransferFailed,
    /// A call to the registry failed.
    RegistryCallFailed,
    /// There is no pending operator transfer for the caller.
    NoPendingOperator,
    /// `set_code` was refused by the chain.
    SetCodeFailed,
    /// An amount or counter would overflow.
    Overflow,
    /// Voting on this round's candidates (or defender) has closed: its voters reveal now.
    VotingClosed,
    /// Secrets are revealed only in the last `reveal_period` blocks of a round.
    NotRevealTime,
    /// The secret matches none of the caller's commitments of the rounds now revealing.
    BadReveal,
    /// A later vote in a round must carry the commitment of the caller's first vote.
    CommitmentChanged,
    /// A zero-value bid already waits: only one may (only one can be taken for free).
    ZeroBidWaiting,
    /// The bid book is full and this bid is not cheaper than its most expensive bid.
    BidBookFull,
    /// The account left no commitment unrevealed past its reveal window.
    NothingToForfeit,
    /// A commitment the caller left unrevealed must be forfeited (`forfeit`) first.
    CommitmentUnrevealed,
    /// A B seat is for registered creators of the registry.
    NotCreator,
    /// The head, the founder and the defender of the current challenge cannot be
    /// expelled.
    ProtectedMember,
    /// The registry holds no share of the sales for the society to collect.
    NothingToCollect,
}

/// Errors of the rewards contract's messages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum RewardsError {
    /// The caller may not call this message.
    NotAuthorized,
    /// The caller is not the registry.
    NotRegistry,
    /// The caller holds no Genesis seat.
    NotSeatHolder,
    /// A payment of zero was sent where native units are expected.
    ZeroAmount,
    /// A poll has 1 to 8 questions.
    BadQuestionCount,
    /// A choice has 2 to 16 options (1 to 16 in a listing poll), all of its topic's kind.
    BadOptions,
    /// The title or a text option is too long.
    TextTooLong,
    /// The duration is outside the allowed range.
    BadDuration,
    /// No poll has this id.
    UnknownPoll,
    /// The poll is not open for votes now.
    PollNotOpen,
    /// The answers do not answer every question exactly once.
    IncompleteAnswers,
    /// An answer picks an option that does not exist.
    BadAnswer,
    /// A vote names 1 to 16 distinct seats.
    BadSeats,
    /// The caller does not hold this seat.
    SeatNotOwned,
    /// This seat has already voted in this poll.
    SeatAlreadyVoted,
    /// The poll has not ended yet.
    TooEarly,
    /// The poll was already finalized.
    AlreadyFinalized,
    /// The poll is not finalized yet.
    NotFinalized,
    /// The caller's seats did not take part in the poll.
    NotParticipant,
    /// The caller already claimed its reward for this poll.
    AlreadyClaimed,
    /// None of the polls has a reward to claim.
    NothingToClaim,
    /// A parameter is out of range.
    BadParameter,
    /// A call to the registry failed.
    RegistryCallFailed,
    /// A native transfer out of the contract failed.
    TransferFailed,
    /// There is no pending operator transfer for the caller.
    NoPendingOperator,
    /// `set_code` was refused by the chain.
    SetCodeFailed,
    /// An amount or counter would overflow.
    Overflow,
    /// The account already has as many open polls as `max_open_polls` allows.
    TooManyOpenPolls,
    /// The seat was issued after the poll opened: only seats issued before may vote.
    SeatTooNew,
    /// The poll is not a listing poll.
    NotListingPoll,
    /// The registry already applied this listing poll's decision.
    ListingAlreadyApplied,
    /// The registry refused the listing decision again.
    ListingRefused,
    /// The contract holds nothing beyond the pool and the budgets it owes.
    NothingToSweep,
    /// The caller holds fewer seats than a proposal needs.
    TooFewSeats,
    /// A proposal carries 1 to 8 actions.
    BadActions,
    /// A proposal must pay exactly the proposal deposit.
    WrongDeposit,
    /// No proposal has this id.
    UnknownProposal,
    /// Only the proposer may do this.
    NotProposer,
    /// The proposal is not in the state this message needs.
    WrongProposalState,
    /// The caller is not the guardian (or the guardian renounced).
    NotGuardian,
    /// The proposal's timelock has not ended yet.
    TimelockNotOver,
    /// The action of this index failed, so the whole execution was undone; the
    /// proposal stays queued until it expires.
    ActionFailed(u8),
    /// A D seat goes only to an account with a recorded contribution.
    NoContribution,
    /// The pool holds less than the spending asks for.
    InsufficientPool,
    /// The guardian only vetoes: it neither proposes nor executes.
    GuardianOnlyVetoes,
    /// The registry holds no share of the sales for this contract to collect.
    NothingToCollect,
}
