"""claimcheck: find the numbers and dates that news sources disagree on.

The library is usable without the command line::

    from claimcheck.extract import extract_text
    claims = extract_text("Trade stood at almost $250m in 2020.")
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
