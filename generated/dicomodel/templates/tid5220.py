"""TID 5220 Pediatric, Fetal and Congenital Cardiac Ultrasound Reports.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid1001,
        tid1204,
        tid3602,
        tid3802,
        tid5221,
        tid5225,
        tid5226,
        tid5227,
        tid5228,
    )

__all__ = [
    "TEMPLATE",
    "PediatricFetalAndCongenitalCardiacUltrasoundReports",
    "PediatricFetalAndCongenitalCardiacUltrasoundReportsIndicationsForProcedure",
    "PediatricFetalAndCongenitalCardiacUltrasoundReportsImageLibrary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5220",
    name="Pediatric, Fetal and Congenital Cardiac Ultrasound Reports",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "D", "12245"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "12246"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3802",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5225",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5226",
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5227",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5221",
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="5228",
            vm_min=1,
            vm_max=None,
            condition="For Fetal Report only.",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: For Fetal Report only"),
        ),
    ),
)


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundReports(TemplatePart):
    """TID 5220 Pediatric, Fetal and Congenital Cardiac Ultrasound Reports."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid12245Code
    """The concept name of row 1."""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    indications_for_procedure: (
        PediatricFetalAndCongenitalCardiacUltrasoundReportsIndicationsForProcedure | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    cardiovascular_patient_history: tid3802.CardiovascularPatientHistory | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3802, VM 1, U"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics | None = (
        field(default=None, metadata={"row": "8"})
    )
    """Row 8: INCLUDE DTID 3602, VM 1, U"""

    cardiac_ultrasound_fetal_characteristics: list[
        tid5225.CardiacUltrasoundFetalCharacteristics
    ] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 5225, VM 1-n, U"""

    cardiac_ultrasound_summary_section: tid5226.CardiacUltrasoundSummarySection | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 5226, VM 1, U"""

    cardiac_ultrasound_fetal_summary_section: list[tid5227.CardiacUltrasoundFetalSummarySection] = (
        field(default_factory=no_items, metadata={"row": "11"})
    )
    """Row 11: INCLUDE DTID 5227, VM 1-n, U"""

    image_library: PediatricFetalAndCongenitalCardiacUltrasoundReportsImageLibrary | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CONTAINER EV (111028, DCM, \"Image Library\"), VM 1, U"""

    cardiac_ultrasound_pediatric_echo_measurement_section: (
        tid5221.CardiacUltrasoundPediatricEchoMeasurementSection | None
    ) = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 5221, VM 1, U"""

    cardiac_ultrasound_fetal_measurement_section: list[
        tid5228.CardiacUltrasoundFetalMeasurementSection
    ] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 5228, VM 1-n, UC: For Fetal Report only."""


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundReportsIndicationsForProcedure(TemplatePart):
    """Row 4 of TID 5220."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    finding: list[groups.Cid12246Code] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 12246"""

    finding_row_6: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundReportsImageLibrary(TemplatePart):
    """Row 12 of TID 5220."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    image_13: list[Reference] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: IMAGE -, VM 1-n, M"""
