"""TID 3110 Impressions or Findings.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "ImpressionsOrFindings",
    "ImpressionsOrFindingsFinding",
    "ImpressionsOrFindingsFindingFindingSite",
    "ImpressionsOrFindingsCid3419",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3110",
    name="Impressions or Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            values=(("cid", "B", "3728"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding Site"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(key="5", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="6", nesting=0, value_type="TEXT", requirement="U", concept_ref=("cid", "B", "3419")
        ),
        RowDef(key="7", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class ImpressionsOrFindings(TemplatePart):
    """TID 3110 Impressions or Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    finding: ImpressionsOrFindingsFinding | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values BCID 3728"""

    cid_3419: ImpressionsOrFindingsCid3419 | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT BCID 3419, VM 1, U"""


@dataclass(kw_only=True)
class ImpressionsOrFindingsFinding(TemplatePart):
    """Row 1 of TID 3110."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid3728Code | Code
    """The value of row 1 (CODE)."""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""

    finding_site: ImpressionsOrFindingsFindingFindingSite | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class ImpressionsOrFindingsFindingFindingSite(TemplatePart):
    """Row 3 of TID 3110."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Code
    """The value of row 3 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""


@dataclass(kw_only=True)
class ImpressionsOrFindingsCid3419(TemplatePart):
    """Row 6 of TID 3110."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    concept: groups.Cid3419Code | Code
    """The concept name of row 6."""

    value: str
    """The value of row 6 (TEXT)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3010, VM 1, U"""
