"""Reconcile: cluster claims about the same thing and find the clusters that disagree."""

from claimcheck.reconcile.conflicts import (
    Reconciliation,
    cannot_both_hold,
    explain,
    reconcile,
)
from claimcheck.reconcile.incremental import reconcile_store, update_conflicts

__all__ = ["Reconciliation", "cannot_both_hold", "explain", "reconcile", "reconcile_store", "update_conflicts"]
