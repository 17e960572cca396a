"""The readable report: one block per conflict, each source's words, values and sentence."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.models import Claim, Conflict
from claimcheck.reconcile.conflicts import format_value, values_disagree

SENTENCE_WIDTH = 220


def normalised(claim: Claim) -> str:
    """'225,000,000 to 250,000,000 USD' or '1,200 km' or '1951-05-01'."""
    if claim.low == claim.high or claim.low is None and claim.high is None:
        return format_value(claim, claim.value)
    low = format_value(claim, claim.low) if claim.low is not None else "…"
    high = format_value(claim, claim.high) if claim.high is not None else "…"
    return f"{low} to {high}"


def sentence_with_span(claim: Claim, width: int = SENTENCE_WIDTH) -> Text:
    """The sentence, cut around the claim when long, with the claim highlighted."""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    sentence = claim.sentence
    cut_left = 0
    if len(sentence) > width:
        cut_left = max(0, min(start - width // 3, len(sentence) - width))
        sentence = sentence[cut_left:cut_left + width]
    text = Text(("…" if cut_left else "") + sentence + ("…" if cut_left + width < len(claim.sentence) else ""))
    offset = 1 if cut_left else 0
    text.stylize("bold reverse", start - cut_left + offset, end - cut_left + offset)
    return text


SIDE_LABELS = "ABCDEFGH"


def sides_of(claims: list[Claim]) -> list[int]:
    """Group a conflict's claims into sides that agree among themselves: the reader sees at a
    glance who says what (A: $120m in two places; B: $410m in three)."""
    sides: list[int] = []
    heads: list[Claim] = []
    for claim in claims:
        for index, head in enumerate(heads):
            if not values_disagree(claim, head):
                sides.append(index)
                break
        else:
            heads.append(claim)
            sides.append(len(heads) - 1)
    return sides


def render_conflict(conflict: Conflict, number: int, total: int) -> Group:
    """A conflict block: header, then per claim (grouped by side: A, B...) its words,
    normalised value, context and sentence with the claim highlighted, then why the values
    cannot all hold."""
    header = Text.assemble(
        (f"Conflict {number}/{total}", "bold red"), " · ", (conflict.kind.value, "bold"), " · ",
        (conflict.subject or "(unnamed subject)", "bold cyan"),
        (f" · confidence {conflict.confidence:.2f}" if conflict.confidence is not None else "", "dim"),
        (f"  [{conflict.id}]", "dim"),
    )
    parts: list[Text | Padding] = [header]
    sides = sides_of(conflict.claims)
    for side, claim in sorted(zip(sides, conflict.claims), key=lambda pair: pair[0]):
        context = " · ".join(x for x in (claim.time and f"time {claim.time}",
                                         claim.attribution and f"per {claim.attribution}") if x)
        line = Text.assemble((f"{SIDE_LABELS[side % len(SIDE_LABELS)]} ", "bold red"), (f'"{claim.text}"', "bold"),
                             " → ", (normalised(claim), "yellow"))
        if context:
            line.append(f"  ({context})", style="dim")
        parts.append(Padding(line, (0, 0, 0, 2)))
        parts.append(Padding(Text.assemble((claim.location, "magenta"), "  ", sentence_with_span(claim)), (0, 0, 0, 4)))
    parts.append(Padding(Text.assemble(("why: ", "bold"), conflict.reason), (0, 0, 1, 2)))
    return Group(*parts)


def print_conflicts(console: Console, conflicts: list[Conflict]) -> None:
    if not conflicts:
        console.print("No conflicts found.", style="green")
        return
    for number, conflict in enumerate(conflicts, 1):
        console.print(render_conflict(conflict, number, len(conflicts)))
    console.print(Text(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} found.", style="bold red"))


def print_claims(console: Console, claims: list[Claim]) -> None:
    table = Table(show_header=True, header_style="bold", box=None)
    for column in ("where", "kind", "as written", "normalised", "qualifier", "time", "who", "subject"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        table.add_row(claim.location, claim.kind.value, claim.text, normalised(claim), claim.qualifier or "",
                      claim.time or "", claim.attribution or "", claim.subject)
    console.print(table)
    console.print(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}.")
