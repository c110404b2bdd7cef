"""TID 2000 Basic Diagnostic Imaging Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1001, tid1204, tid1210, tid2002

__all__ = [
    "TEMPLATE",
    "BasicDiagnosticImagingReport",
    "BasicDiagnosticImagingReportCid7001",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2000",
    name="Basic Diagnostic Imaging Report",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "7000"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122142", "Acquisition Device Type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "123014", "Target Region"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1210",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7001"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(key="10", nesting=2, value_type="INCLUDE", requirement="M", include="2002"),
    ),
)


@dataclass(kw_only=True)
class BasicDiagnosticImagingReport(TemplatePart):
    """TID 2000 Basic Diagnostic Imaging Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7000Code | Code
    """The concept name of row 1."""

    procedure_reported: list[Code] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1-n, U"""

    acquisition_device_type: list[groups.Cid29Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (122142, DCM, \"Acquisition Device Type\"), VM 1-n, U; values DCID 29"""

    target_region: list[Code] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (123014, DCM, \"Target Region\"), VM 1-n, U"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1204, VM 1, M"""

    equivalent_meaning_s_of_concept_name: list[tid1210.EquivalentMeaningSOfConceptName] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1210, VM 1-n, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "7"})
    """Row 7: INCLUDE DTID 1001, VM 1, M"""

    cid_7001: list[BasicDiagnosticImagingReportCid7001] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CONTAINER BCID 7001, VM 1-n, U"""


@dataclass(kw_only=True)
class BasicDiagnosticImagingReportCid7001(TemplatePart):
    """Row 8 of TID 2000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    concept: groups.Cid7001Code | Code
    """The concept name of row 8."""

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 1001, VM 1, U"""

    report_narrative: tid2002.ReportNarrative = field(metadata={"row": "10"})
    """Row 10: INCLUDE DTID 2002, VM 1, M"""
