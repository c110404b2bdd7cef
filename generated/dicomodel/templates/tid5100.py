"""TID 5100 Vascular Ultrasound Report.

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
    from dicomodel.templates import tid1001, tid1204, tid5101, tid5102, tid5103, tid5105

__all__ = [
    "TEMPLATE",
    "VascularUltrasoundReport",
    "VascularUltrasoundReportImageLibrary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5100",
    name="Vascular Ultrasound Report",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "12100"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "307152002", "Temporal periods Relating to Procedure"),
            values=(("cid", "D", "12102"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5101",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5102",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "281231009", "SCT", "Blood Vessel of Head"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12105"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "281231009", "SCT", "Blood Vessel of Head"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12105"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "281231009", "SCT", "Blood Vessel of Head"),)),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "12106"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "119568004", "SCT", "Artery of neck"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12104"),)),
                ("$AnatomyRatio", (("cid", "D", "12123"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "119568004", "SCT", "Artery of neck"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12104"),)),
                ("$AnatomyRatio", (("cid", "D", "12123"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "70791007", "SCT", "Artery of Lower Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12109"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "70791007", "SCT", "Artery of Lower Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12109"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "122774002", "SCT", "Vein of Lower Extremity"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12110"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "122774002", "SCT", "Vein of Lower Extremity"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12110"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "75531005", "SCT", "Artery Of Upper Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12107"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "75531005", "SCT", "Artery Of Upper Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12107"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "122775001", "SCT", "Vein Of Upper Extremity"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12108"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "122775001", "SCT", "Vein Of Upper Extremity"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12108"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "303402001", "SCT", "Vascular Structure Of Kidney"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12115"),)),
                ("$AnatomyRatio", (("cid", "D", "12124"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "303402001", "SCT", "Vascular Structure Of Kidney"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12115"),)),
                ("$AnatomyRatio", (("cid", "D", "12124"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "118634008", "SCT", "Artery of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12111"),)),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "118634008", "SCT", "Artery of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12111"),)),
            ),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "118634008", "SCT", "Artery of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "12112"),)),
            ),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "84421000", "SCT", "Vein of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12113"),)),
            ),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "84421000", "SCT", "Vein of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12113"),)),
            ),
        ),
        RowDef(
            key="29",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                ("$SectionScope", (("code", "DT", "84421000", "SCT", "Vein of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "12114"),)),
            ),
        ),
        RowDef(
            key="29b",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5103",
            bindings=(
                (
                    "$SectionScope",
                    (("code", "DT", "846654004", "SCT", "Abdominal and pelvic vessels"),),
                ),
                ("$Anatomy", (("cid", "D", "12125"),)),
            ),
        ),
        RowDef(
            key="30",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5105",
        ),
    ),
)


@dataclass(kw_only=True)
class VascularUltrasoundReport(TemplatePart):
    """TID 5100 Vascular Ultrasound Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid12100Code | Code
    """The concept name of row 1."""

    temporal_periods_relating_to_procedure: groups.Cid12102Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (307152002, SCT, \"Temporal periods Relating to Procedure\"), VM 1, U; values DCID 12102"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "3"})
    )
    """Row 3: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1001, VM 1, M"""

    vascular_patient_characteristics: tid5101.VascularPatientCharacteristics | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 5101, VM 1, U"""

    image_library: VascularUltrasoundReportImageLibrary | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CONTAINER EV (111028, DCM, \"Image Library\"), VM 1, U"""

    vascular_procedure_summary_section: tid5102.VascularProcedureSummarySection | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 5102, VM 1, U"""

    vascular_ultrasound_section: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_10: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_11: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_12: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_13: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_14: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_15: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_16: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_17: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_18: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_19: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_20: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_21: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "21"}
    )
    """Row 21: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_22: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "22"}
    )
    """Row 22: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_23: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_24: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_25: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "25"}
    )
    """Row 25: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_26: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "26"}
    )
    """Row 26: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_27: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "27"}
    )
    """Row 27: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_28: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "28"}
    )
    """Row 28: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_29: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "29"}
    )
    """Row 29: INCLUDE DTID 5103, VM 1, U"""

    vascular_ultrasound_section_row_29b: tid5103.VascularUltrasoundSection | None = field(
        default=None, metadata={"row": "29b"}
    )
    """Row 29b: INCLUDE DTID 5103, VM 1, U"""

    ultrasound_graft_section: tid5105.UltrasoundGraftSection | None = field(
        default=None, metadata={"row": "30"}
    )
    """Row 30: INCLUDE DTID 5105, VM 1, U"""


@dataclass(kw_only=True)
class VascularUltrasoundReportImageLibrary(TemplatePart):
    """Row 6 of TID 5100."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    image_7: list[Reference] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1-n, M"""
