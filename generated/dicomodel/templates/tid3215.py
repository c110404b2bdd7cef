"""TID 3215 Angiographic Lesion Analysis.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3216, tid3218

__all__ = [
    "TEMPLATE",
    "AngiographicLesionAnalysis",
    "AngiographicLesionAnalysisLesionIdentifier",
    "AngiographicLesionAnalysisLesionIdentifierFindingSite",
    "AngiographicLesionAnalysisReferencePoints",
    "AngiographicLesionAnalysisReferencePointsRelativePosition",
    "AngiographicLesionAnalysisDensitometricLuminalCrossSectionalAreaGraph",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3215",
    name="Angiographic Lesion Analysis",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "300577008", "Lesion Finding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121151", "Lesion Identifier"),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="4",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="5",
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
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Method", (("cid", "D", "3470"),)),
                ("$Derivation", (("code", "EV", "255605001", "SCT", "Minimum"),)),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122430", "Reference Method"),
            values=(("cid", "D", "3465"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122438", "Reference Points"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122337", "Relative Position"),
            vm_min=1,
            vm_max=None,
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$TargetSite", (("code", "", "122382", "DCM", "Site of Luminal Minimum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Derivation", (("code", "EV", "122404", "DCM", "Reconstructed"),)),
                ("$TargetSite", (("code", "", "122382", "DCM", "Site of Luminal Minimum"),)),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
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
                ("$Derivation", (("code", "EV", "258090004", "SCT", "Calculated"),)),
                ("$TargetSite", (("code", "EV", "122481", "DCM", "Contour Start"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "258090004", "SCT", "Calculated"),)),
                ("$TargetSite", (("code", "EV", "122482", "DCM", "Contour End"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3218",
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122517", "Densitometric Luminal Cross-sectional Area Graph"),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122511", "Graph Increment"),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Units", (("code", "", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Derivation", (("code", "EV", "258090004", "SCT", "Calculated"),)),
                ("$Method", (("code", "EV", "122474", "DCM", "Densitometric method"),)),
                ("$TargetSite", (("code", "EV", "122481", "DCM", "Contour Start"),)),
                ("$Units", (("code", "", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Derivation", (("code", "EV", "258090004", "SCT", "Calculated"),)),
                ("$Method", (("code", "EV", "122474", "DCM", "Densitometric method"),)),
                ("$TargetSite", (("code", "EV", "122482", "DCM", "Contour End"),)),
                ("$Units", (("code", "", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "408716009", "SCT", "Stenotic Lesion Length"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "408715008", "SCT", "Lumen Diameter Stenosis"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "408714007", "SCT", "Lumen Area Stenosis"),)),
                ("$Method", (("cid", "D", "3470"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "122372", "DCM", "Lumen Volume"),)),
                ("$Method", (("cid", "D", "3470"),)),
                ("$Units", (("code", "DT", "mm3", "UCUM", "mm3"),)),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122542", "DCM", "Plaque Area"),)),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122376", "DCM", "Total Plaque Volume"),)),
                ("$Units", (("code", "DT", "mm3", "UCUM", "mm3"),)),
            ),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122544", "DCM", "Diameter Symmetry"),)),
                ("$Units", (("code", "DT", "{ratio}", "UCUM", "ratio"),)),
            ),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122545", "DCM", "Area Symmetry"),)),
                ("$Units", (("code", "DT", "{ratio}", "UCUM", "ratio"),)),
            ),
        ),
        RowDef(
            key="29",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122546", "DCM", "Inflow Angle"),)),
                ("$Units", (("code", "DT", "deg", "UCUM", "deg"),)),
            ),
        ),
        RowDef(
            key="30",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122547", "DCM", "Outflow Angle"),)),
                ("$Units", (("code", "DT", "deg", "UCUM", "deg"),)),
            ),
        ),
        RowDef(
            key="31",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3216",
        ),
        RowDef(key="32", nesting=1, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class AngiographicLesionAnalysis(TemplatePart):
    """TID 3215 Angiographic Lesion Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    lesion_identifier: AngiographicLesionAnalysisLesionIdentifier = field(metadata={"row": "2"})
    """Row 2: TEXT EV (121151, DCM, \"Lesion Identifier\"), VM 1, M"""

    measurement: tid300.Measurement = field(metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, M"""

    measurement_row_6: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 300, VM 1-n, U"""

    reference_method: groups.Cid3465Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (122430, DCM, \"Reference Method\"), VM 1, M; values DCID 3465"""

    reference_points: AngiographicLesionAnalysisReferencePoints | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CONTAINER EV (122438, DCM, \"Reference Points\"), VM 1, U"""

    measurement_row_11: tid300.Measurement = field(metadata={"row": "11"})
    """Row 11: INCLUDE DTID 300, VM 1, M"""

    measurement_row_12: tid300.Measurement | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1, U"""

    measurement_row_13: tid300.Measurement = field(metadata={"row": "13"})
    """Row 13: INCLUDE DTID 300, VM 1, M"""

    measurement_row_14: tid300.Measurement = field(metadata={"row": "14"})
    """Row 14: INCLUDE DTID 300, VM 1, M"""

    position_in_arterial_segment: tid3218.PositionInArterialSegment = field(metadata={"row": "15"})
    """Row 15: INCLUDE DTID 3218, VM 1, M"""

    densitometric_luminal_cross_sectional_area_graph: (
        AngiographicLesionAnalysisDensitometricLuminalCrossSectionalAreaGraph | None
    ) = field(default=None, metadata={"row": "16"})
    """Row 16: CONTAINER EV (122517, DCM, \"Densitometric Luminal Cross-sectional Area Graph\"), VM 1, U"""

    measurement_row_19: tid300.Measurement | None = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 300, VM 1, U"""

    measurement_row_20: tid300.Measurement | None = field(default=None, metadata={"row": "20"})
    """Row 20: INCLUDE DTID 300, VM 1, U"""

    measurement_row_21: tid300.Measurement = field(metadata={"row": "21"})
    """Row 21: INCLUDE DTID 300, VM 1, M"""

    measurement_row_22: tid300.Measurement = field(metadata={"row": "22"})
    """Row 22: INCLUDE DTID 300, VM 1, M"""

    measurement_row_23: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_24: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_25: tid300.Measurement | None = field(default=None, metadata={"row": "25"})
    """Row 25: INCLUDE DTID 300, VM 1, U"""

    measurement_row_26: tid300.Measurement | None = field(default=None, metadata={"row": "26"})
    """Row 26: INCLUDE DTID 300, VM 1, U"""

    measurement_row_27: tid300.Measurement | None = field(default=None, metadata={"row": "27"})
    """Row 27: INCLUDE DTID 300, VM 1, U"""

    measurement_row_28: tid300.Measurement | None = field(default=None, metadata={"row": "28"})
    """Row 28: INCLUDE DTID 300, VM 1, U"""

    measurement_row_29: tid300.Measurement | None = field(default=None, metadata={"row": "29"})
    """Row 29: INCLUDE DTID 300, VM 1, U"""

    measurement_row_30: tid300.Measurement | None = field(default=None, metadata={"row": "30"})
    """Row 30: INCLUDE DTID 300, VM 1, U"""

    stenotic_flow_reserve: tid3216.StenoticFlowReserve | None = field(
        default=None, metadata={"row": "31"}
    )
    """Row 31: INCLUDE DTID 3216, VM 1, U"""

    image_32: Reference | None = field(default=None, metadata={"row": "32"})
    """Row 32: IMAGE -, VM 1, U"""


@dataclass(kw_only=True)
class AngiographicLesionAnalysisLesionIdentifier(TemplatePart):
    """Row 2 of TID 3215."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: str
    """The value of row 2 (TEXT)."""

    finding_site: AngiographicLesionAnalysisLesionIdentifierFindingSite = field(
        metadata={"row": "3"}
    )
    """Row 3: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3604"""


@dataclass(kw_only=True)
class AngiographicLesionAnalysisLesionIdentifierFindingSite(TemplatePart):
    """Row 3 of TID 3215."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid3604Code
    """The value of row 3 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""


@dataclass(kw_only=True)
class AngiographicLesionAnalysisReferencePoints(TemplatePart):
    """Row 8 of TID 3215."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    relative_position: list[AngiographicLesionAnalysisReferencePointsRelativePosition] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: NUM EV (122337, DCM, \"Relative Position\"), VM 1-n, M; units DT (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class AngiographicLesionAnalysisReferencePointsRelativePosition(TemplatePart):
    """Row 9 of TID 3215."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Num
    """The value of row 9 (NUM)."""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""


@dataclass(kw_only=True)
class AngiographicLesionAnalysisDensitometricLuminalCrossSectionalAreaGraph(TemplatePart):
    """Row 16 of TID 3215."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    graph_increment: Num = field(metadata={"row": "17"})
    """Row 17: NUM EV (122511, DCM, \"Graph Increment\"), VM 1, M; units DT ({pixels}, UCUM, \"pixels\")"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 300, VM 1-n, M"""
