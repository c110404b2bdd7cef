"""TID 3819 Common Findings.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1000

__all__ = [
    "TEMPLATE",
    "CommonFindings",
    "CommonFindingsNum3",
    "CommonFindingsCurrentProcedureEvidence",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3819",
    name="Common Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="IMAGE",
            requirement="U",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(key="3", nesting=0, value_type="NUM", requirement="U"),
        RowDef(key="4", nesting=1, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="5",
            nesting=0,
            value_type="COMPOSITE",
            requirement="U",
            concept=Code("DCM", "122073", "Current procedure evidence"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121144", "Document Title"),
            values=(("parameter", "$Report"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CommonFindings(TemplatePart):
    """TID 3819 Common Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    finding: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""

    best_illustration_of_finding: Reference | None = field(default=None, metadata={"row": "2"})
    """Row 2: IMAGE DT (121080, DCM, \"Best illustration of finding\"), VM 1, U"""

    num_3: CommonFindingsNum3 | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM -, VM 1, U"""

    current_procedure_evidence: CommonFindingsCurrentProcedureEvidence | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: COMPOSITE DT (122073, DCM, \"Current procedure evidence\"), VM 1, U"""


@dataclass(kw_only=True)
class CommonFindingsNum3(TemplatePart):
    """Row 3 of TID 3819."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Num
    """The value of row 3 (NUM)."""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1000, VM 1, U"""


@dataclass(kw_only=True)
class CommonFindingsCurrentProcedureEvidence(TemplatePart):
    """Row 5 of TID 3819."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Reference
    """The value of row 5 (COMPOSITE)."""

    document_title: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (121144, DCM, \"Document Title\"), VM 1, U; values $Report"""
