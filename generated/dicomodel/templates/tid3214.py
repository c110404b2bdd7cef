"""TID 3214 Analyzed Segment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3205, tid3215, tid3217, tid3219, tid3520

__all__ = [
    "TEMPLATE",
    "AnalyzedSegment",
    "AnalyzedSegmentLeftContour",
    "AnalyzedSegmentRightContour",
    "AnalyzedSegmentDiameterGraph",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3214",
    name="Analyzed Segment",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121112", "Source of Measurement"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3205",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3520",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "129085009", "Catheterization Procedure Phase"),
            values=(("cid", "D", "3651"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="SCOORD",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122507", "Left Contour"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="SCOORD",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122508", "Right Contour"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3219",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "255605001", "SCT", "Minimum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "56851009", "SCT", "Maximum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122509", "Diameter Graph"),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122511", "Graph Increment"),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122382", "Site of Luminal Minimum"),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122516", "Site of Luminal Maximum"),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3215",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3217",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="21", nesting=1, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class AnalyzedSegment(TemplatePart):
    """TID 3214 Analyzed Segment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: groups.Cid3604Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3604"""

    source_of_measurement: Reference = field(metadata={"row": "3"})
    """Row 3: IMAGE EV (121112, DCM, \"Source of Measurement\"), VM 1, M"""

    calibration: tid3205.Calibration = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 3205, VM 1, M"""

    hemodynamic_clinical_context: tid3520.HemodynamicClinicalContext | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3520, VM 1, U"""

    catheterization_procedure_phase: groups.Cid3651Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (129085009, SCT, \"Catheterization Procedure Phase\"), VM 1, U; values DCID 3651"""

    left_contour: AnalyzedSegmentLeftContour = field(metadata={"row": "7"})
    """Row 7: SCOORD EV (122507, DCM, \"Left Contour\"), VM 1, M"""

    right_contour: AnalyzedSegmentRightContour = field(metadata={"row": "9"})
    """Row 9: SCOORD EV (122508, DCM, \"Right Contour\"), VM 1, M"""

    segment_values: tid3219.SegmentValues = field(metadata={"row": "11"})
    """Row 11: INCLUDE DTID 3219, VM 1, M"""

    measurement: tid300.Measurement = field(metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1, M"""

    measurement_row_13: tid300.Measurement = field(metadata={"row": "13"})
    """Row 13: INCLUDE DTID 300, VM 1, M"""

    diameter_graph: AnalyzedSegmentDiameterGraph | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: CONTAINER EV (122509, DCM, \"Diameter Graph\"), VM 1, U"""

    site_of_luminal_minimum: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (122382, DCM, \"Site of Luminal Minimum\"), VM 1, U; units DT ({pixels}, UCUM, \"pixels\")"""

    site_of_luminal_maximum: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (122516, DCM, \"Site of Luminal Maximum\"), VM 1, U; units DT ({pixels}, UCUM, \"pixels\")"""

    angiographic_lesion_analysis: list[tid3215.AngiographicLesionAnalysis] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 3215, VM 1-n, U"""

    sub_segmental_data: list[tid3217.SubSegmentalData] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 3217, VM 1-n, U"""

    image_21: Reference | None = field(default=None, metadata={"row": "21"})
    """Row 21: IMAGE -, VM 1, U"""


@dataclass(kw_only=True)
class AnalyzedSegmentLeftContour(TemplatePart):
    """Row 7 of TID 3214."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Coordinates
    """The value of row 7 (SCOORD)."""

    image_8: Reference = field(metadata={"row": "8"})
    """Row 8: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class AnalyzedSegmentRightContour(TemplatePart):
    """Row 9 of TID 3214."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Coordinates
    """The value of row 9 (SCOORD)."""

    image_10: Reference = field(metadata={"row": "10"})
    """Row 10: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class AnalyzedSegmentDiameterGraph(TemplatePart):
    """Row 14 of TID 3214."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    graph_increment: Num = field(metadata={"row": "15"})
    """Row 15: NUM EV (122511, DCM, \"Graph Increment\"), VM 1, M; units DT ({pixels}, UCUM, \"pixels\")"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 300, VM 1-n, M"""
