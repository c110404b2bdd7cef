"""TID 3814 Left Ventriculography Findings.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3816

__all__ = [
    "TEMPLATE",
    "LeftVentriculographyFindings",
    "LeftVentriculographyFindingsFinding",
    "LeftVentriculographyFindingsFindings",
    "LeftVentriculographyFindingsFindingsWallSegment",
    "LeftVentriculographyFindingsFindingsRow16",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3814",
    name="Left Ventriculography Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("code", "DT", "265484009", "SCT", "Left Ventriculography"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "366188009", "Left Ventricular Function - Finding"),
            values=(("cid", "D", "242"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "10230-1", "LN", "LV Ejection Fraction"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
                ("$Method", (("cid", "D", "3748"),)),
                ("$Derivation", (("cid", "D", "3745"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250929008", "Left Ventricular Cavity Size"),
            values=(("cid", "D", "3705"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250909007", "Left Ventricular Contractility"),
            values=(("cid", "D", "3706"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "30288003", "SCT", "Ventricular Septal Defect"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            values=(("cid", "D", "3707"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3816",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "DT", "272657006", "SCT", "Myocardial Wall"),),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "18179-2", "Wall Segment"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3717"),),
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "60797005", "Cardiac Wall Motion"),
            values=(("cid", "D", "3703"),),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            values=(("cid", "D", "3704"),),
        ),
        RowDef(
            key="15",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246262008", "Score"),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "DT", "364091008", "SCT", "Aortic Root"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3709"),),
        ),
    ),
)


@dataclass(kw_only=True)
class LeftVentriculographyFindings(TemplatePart):
    """TID 3814 Left Ventriculography Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (265484009, SCT, \"Left Ventriculography\")"""

    left_ventricular_function_finding: groups.Cid242Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (366188009, SCT, \"Left Ventricular Function - Finding\"), VM 1, M; values DCID 242"""

    measurement: tid300.Measurement = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, M"""

    left_ventricular_cavity_size: groups.Cid3705Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (250929008, SCT, \"Left Ventricular Cavity Size\"), VM 1, U; values DCID 3705"""

    left_ventricular_contractility: groups.Cid3706Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (250909007, SCT, \"Left Ventricular Contractility\"), VM 1, U; values DCID 3706"""

    finding: LeftVentriculographyFindingsFinding | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (30288003, SCT, \"Ventricular Septal Defect\")"""

    ventricular_assessment: tid3816.VentricularAssessment | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3816, VM 1, U"""

    findings: LeftVentriculographyFindingsFindings | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1, U"""

    findings_row_16: LeftVentriculographyFindingsFindingsRow16 | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1, U"""


@dataclass(kw_only=True)
class LeftVentriculographyFindingsFinding(TemplatePart):
    """Row 7 of TID 3814."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Code
    """The value of row 7 (CODE)."""

    associated_morphology: groups.Cid3707Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, U; values DCID 3707"""


@dataclass(kw_only=True)
class LeftVentriculographyFindingsFindings(TemplatePart):
    """Row 10 of TID 3814."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    finding_site: Code = field(metadata={"row": "11"})
    """Row 11: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (272657006, SCT, \"Myocardial Wall\")"""

    wall_segment: list[LeftVentriculographyFindingsFindingsWallSegment] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (18179-2, LN, \"Wall Segment\"), VM 1-n, M; values BCID 3717"""


@dataclass(kw_only=True)
class LeftVentriculographyFindingsFindingsWallSegment(TemplatePart):
    """Row 12 of TID 3814."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: groups.Cid3717Code | Code
    """The value of row 12 (CODE)."""

    cardiac_wall_motion: groups.Cid3703Code = field(metadata={"row": "13"})
    """Row 13: CODE EV (60797005, SCT, \"Cardiac Wall Motion\"), VM 1, M; values DCID 3703"""

    associated_morphology: groups.Cid3704Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, U; values DCID 3704"""

    score: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM DT (246262008, SCT, \"Score\"), VM 1, U"""


@dataclass(kw_only=True)
class LeftVentriculographyFindingsFindingsRow16(TemplatePart):
    """Row 16 of TID 3814."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    finding_site: Code = field(metadata={"row": "17"})
    """Row 17: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (364091008, SCT, \"Aortic Root\")"""

    finding: list[groups.Cid3709Code] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: CODE EV (121071, DCM, \"Finding\"), VM 1-n, M; values DCID 3709"""
