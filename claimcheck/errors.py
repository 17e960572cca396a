"""One error base class, with a subclass per stage; the CLI catches the base once."""


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""


class IngestError(ClaimcheckError):
    """An input path cannot be read as articles."""


class StoreError(ClaimcheckError):
    """The claim store cannot be opened, migrated or written."""
