//! What the contracts' test worlds share (std only): numbered accounts, the context of a
//! call, a log of emitted events, the check that a failed call changed nothing, and a
//! call-sequence runner on ink!'s off-chain engine for the property tests and fuzz
//! targets.

use core::fmt::Debug;
use std::any::Any;

use ink::{
    env::{test, DefaultEnvironment},
    primitives::AccountId,
};

use crate::{Balance, BlockNumber, Timestamp};

/// Asserts that the contract `$contract` dispatches the message `$label` at
/// `$selector` (4 bytes, as ABIs write them), taking `$input` (the argument's type, a
/// tuple of several, `()` for none) and returning `$output`: how a caller that knows
/// only the selector (a wallet, governance) is checked against the contract.
#[macro_export]
macro_rules! assert_dispatches {
    ($contract:ty, $selector:expr, $label:expr, $input:ty, $output:ty) => {{
        use ::core::any::TypeId;
        use ::ink::reflect::DispatchableMessageInfo;
        const ID: u32 = u32::from_be_bytes($selector);
        assert_eq!(<$contract as DispatchableMessageInfo<ID>>::LABEL, $label);
        assert_eq!(
            TypeId::of::<<$contract as DispatchableMessageInfo<ID>>::Input>(),
            TypeId::of::<$input>(),
            "{} takes {}",
            $label,
            stringify!($input)
        );
        assert_eq!(
            TypeId::of::<<$contract as DispatchableMessageInfo<ID>>::Output>(),
            TypeId::of::<$output>(),
            "{} returns {}",
            $label,
            stringify!($output)
        );
    }};
}

/// The account numbered `n`.
pub fn acc(n: u8) -> AccountId {
    AccountId::from([n; 32])
}

/// The accounts the unit tests name, as ink!'s default accounts are named: Alice is
/// account 1, the operator of every test world, Bob 2, and so on.
pub struct Accounts {
    /// Account 1, the operator.
    pub alice: AccountId,
    /// Account 2.
    pub bob: AccountId,
    /// Account 3.
    pub charlie: AccountId,
    /// Account 4.
    pub django: AccountId,
    /// Account 5.
    pub eve: AccountId,
    /// Account 6.
    pub frank: AccountId,
}

/// Accounts 1 to 6 by name.
pub fn accounts() -> Accounts {
    Accounts {
        alice: acc(1),
        bob: acc(2),
        charlie: acc(3),
        django: acc(4),
        eve: acc(5),
        frank: acc(6),
    }
}

/// The context of one call in a test world: who calls, when, and what it pays.
#[derive(Debug, Clone, Copy)]
pub struct CallContext {
    /// The caller (account 0 until a call names one).
    pub caller: AccountId,
    /// The current block.
    pub block: BlockNumber,
    /// The current time (Unix ms).
    pub timestamp: Timestamp,
    /// Paid with the call.
    pub transferred: Balance,
}

impl Default for CallContext {
    /// Account 0 calls at block 0, time 0, paying nothing.
    fn default() -> Self {
        Self {
            caller: acc(0),
            block: 0,
            timestamp: 0,
            transferred: 0,
        }
    }
}

/// The events a test world's contract emitted in its last call, in order, each of its
/// own type.
#[derive(Default)]
pub struct EventLog(Vec<Box<dyn Any>>);

impl EventLog {
    /// Records `event`.
    pub fn push<E: 'static>(&mut self, event: E) {
        self.0.push(Box::new(event));
    }

    /// The events of type `E`, in order.
    pub fn of<E: Clone + 'static>(&self) -> Vec<E> {
        self.0
            .iter()
            .filter_map(|event| event.downcast_ref::<E>().cloned())
            .collect()
    }

    /// How many events there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Forgets them all (a new call starts, or a failed one is reverted).
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// Runs `call` on `state`. The chain reverts a failed call; a test world cannot undo
/// storage, so every rule checks before it writes, and this asserts that a failed call
/// wrote no storage cell and left `state`'s root fields as they were.
pub fn call_reverting<S: Debug, T, E>(
    state: &mut S,
    call: impl FnOnce(&mut S) -> Result<T, E>,
) -> Result<T, E> {
    let writes = storage_writes();
    let fields = format!("{state:?}");
    let result = call(state);
    if result.is_err() {
        assert_eq!(storage_writes(), writes, "a failed call wrote storage");
        assert_eq!(format!("{state:?}"), fields, "a failed call changed state");
    }
    result
}

/// The number of writes to the current contract's storage so far.
pub fn storage_writes() -> usize {
    test::get_contract_storage_rw::<DefaultEnvironment>(&test::callee::<DefaultEnvironment>()).1
}

/// What a call returned: `Ok`, or the name of its error (for tables of expected errors).
pub fn outcome<T, E: Debug>(result: Result<T, E>) -> String {
    match result {
        Ok(_) => "Ok".into(),
        Err(error) => format!("{error:?}"),
    }
}

/// Sequences per property test: `PROPTEST_CASES`, or 10,000.
pub fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

/// Runs `ops` in a fresh off-chain engine on the harness `new` builds. `apply` makes one
/// call and says whether it succeeded; `snapshot` renders everything outside contract
/// storage; `check` asserts the invariants, after `new` and after every call. A call
/// that fails must leave the snapshot and the contract's storage untouched.
pub fn run_sequence<H, Op: Debug + Clone>(
    new: impl FnOnce() -> H,
    ops: Vec<Op>,
    apply: impl Fn(&mut H, Op) -> bool,
    snapshot: impl Fn(&H) -> String,
    check: impl Fn(&H),
) {
    test::run_test::<DefaultEnvironment, _>(|_| {
        let mut harness = new();
        check(&harness);
        for op in ops {
            let before = snapshot(&harness);
            let writes = storage_writes();
            if !apply(&mut harness, op.clone()) {
                assert_eq!(storage_writes(), writes, "{op:?} failed but wrote storage");
                assert_eq!(
                    snapshot(&harness),
                    before,
                    "{op:?} failed but changed state"
                );
            }
            check(&harness);
        }
        Ok(())
    })
    .expect("the off-chain engine runs");
}
