"""TID 4006 Mammography CAD Single Image Finding.

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
    from dicomodel.templates import (
        tid4007,
        tid4008,
        tid4009,
        tid4010,
        tid4011,
        tid4012,
        tid4013,
        tid4014,
        tid4019,
        tid4021,
        tid4022,
        tid4108,
    )

__all__ = [
    "TEMPLATE",
    "MammographyCADSingleImageFinding",
    "MammographyCADSingleImageFindingRenderingIntent",
    "MammographyCADSingleImageFindingImageRegion",
    "MammographyCADSingleImageFindingCid6142",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4006",
    name="Mammography CAD Single Image Finding",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111059", "Single Image Finding"),
            values=(("cid", "D", "6014"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111056", "Rendering Intent"),
            values=(("cid", "D", "6034"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111071", "CAD Operating Point"),
            condition='IFF value of Row 2 = (111151, DCM, "Presentation Optional") and Row 9 of TID 4017 “CAD Detection Performed” is present',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: value of Row 2 = §0 and Row 9 of TID 4017 “CAD Detection Performed” is present",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: value of Row 2 = §0 and Row 9 of TID 4017 “CAD Detection Performed” is present",
                ),
            ),
            units=(("code", "DT", "{1:n}", "UCUM", "range: 1:n"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS PROPERTIES",
            include="4019",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111012", "Certainty of Finding"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111047", "Probability of cancer"),
            condition='May be present unless value of parent is (129715009, SCT, "Breast composition"), (111100, DCM, "Breast geometry"), (24142002, SCT, "Nipple"), (111099, DCM, "Selected region"), (111101, DCM, "Image quality") or (111102, DCM, "Non-lesion")',
            condition_status="parsed",
            forbidden_if=(
                "parent_code",
                (
                    ("129715009", "SCT"),
                    ("111100", "DCM"),
                    ("24142002", "SCT"),
                    ("111099", "DCM"),
                    ("111101", "DCM"),
                    ("111102", "DCM"),
                ),
            ),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4021",
            condition='Shall be present unless value of parent is (129715009, SCT, "Breast composition"), (111100, DCM, "Breast geometry") or (111101, DCM, "Image quality")',
            condition_status="parsed",
            required_if=(
                "not",
                ("parent_code", (("129715009", "SCT"), ("111100", "DCM"), ("111101", "DCM"))),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4007",
            condition='Shall be present only if value of parent is (129715009, SCT, "Breast composition")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129715009", "SCT"),))),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="INFERRED FROM",
            by_reference=True,
            vm_min=1,
            vm_max=None,
            condition='May be present only if value of parent is (129715009, SCT, "Breast composition")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129715009", "SCT"),))),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4008",
            condition='Shall be present only if value of parent is (111100, DCM, "Breast geometry")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("111100", "DCM"),))),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            include="4009",
            condition='May be present only if value of parent is (129770007, SCT, "Individual Calcification")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129770007", "SCT"),))),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            include="4010",
            condition='May be present only if value of parent is (129769006, SCT, "Calcification Cluster")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129769006", "SCT"),))),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            include="4011",
            condition='May be present only if value of parent is (129793001, SCT, "Mammography breast density")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129793001", "SCT"),))),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111297", "Nipple Characteristic"),
            condition='May be present only if value of parent is (24142002, SCT, "Nipple")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("24142002", "SCT"),))),
            values=(("cid", "D", "6039"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4012",
            condition='Shall be present only if value of parent is (111102, DCM, "Non-lesion")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("111102", "DCM"),))),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4013",
            condition='Shall be present only if value of parent is (111099, DCM, "Selected Region")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("111099", "DCM"),))),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="INFERRED FROM",
            by_reference=True,
            condition='IF value of parent is (111101, DCM, "Image quality") and IFF Row 19 is not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("parent_code", (("111101", "DCM"),)),
                ("not", ("row_present", "19")),
            ),
            forbidden_if=("not", ("not", ("row_present", "19"))),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="SCOORD",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111030", "Image Region"),
            vm_min=1,
            vm_max=None,
            condition='IF value of parent is (111101, DCM, "Image quality") and IFF Row 18 is not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("parent_code", (("111101", "DCM"),)),
                ("not", ("row_present", "18")),
            ),
            forbidden_if=("not", ("not", ("row_present", "18"))),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4014",
            vm_min=1,
            vm_max=None,
            condition='Shall be present only if value of parent is (111101, DCM, "Image quality")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("111101", "DCM"),))),
            bindings=(
                ("$QualityFinding", (("cid", "D", "6041"),)),
                ("$QualityStandard", (("cid", "D", "6045"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "6142"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "6140"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "112034", "Calculation Description"),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="INFERRED FROM",
            include="4006",
            vm_min=1,
            vm_max=None,
            condition='May be present only if value of parent is (129769006, SCT, "Calcification Cluster")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("129769006", "SCT"),))),
            values=(("code", "EV", "129770007", "SCT", "Individual Calcification"),),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="4022",
            condition="Shall be present only if this finding is incorporated from a different report than its parent.",
            condition_status="undecidable",
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: this finding is incorporated from a different report than its parent",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADSingleImageFinding(TemplatePart):
    """TID 4006 Mammography CAD Single Image Finding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6014Code
    """The value of row 1 (CODE)."""

    rendering_intent: MammographyCADSingleImageFindingRenderingIntent = field(metadata={"row": "2"})
    """Row 2: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4108, VM 1, U"""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "5"})
    """Row 5: INCLUDE DTID 4019, VM 1, M"""

    certainty_of_finding: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111012, DCM, \"Certainty of Finding\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""

    probability_of_cancer: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (111047, DCM, \"Probability of cancer\"), VM 1, UC: May be present unless value of parent is (129715009, SCT, \"Breast composition\"), (111100, DCM, \"Breast geometry\"), (24142002, SCT, \"Nipple\"), (111099, DCM, \"Selected region\"), (111101, DCM, \"Image quality\") or (111102, DCM, \"Non-lesion\"); units EV (%, UCUM, \"Percent\")"""

    mammography_cad_geometry: tid4021.MammographyCADGeometry | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4021, VM 1, MC: Shall be present unless value of parent is (129715009, SCT, \"Breast composition\"), (111100, DCM, \"Breast geometry\") or (111101, DCM, \"Image quality\")"""

    mammography_cad_breast_composition: tid4007.MammographyCADBreastComposition | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 4007, VM 1, MC: Shall be present only if value of parent is (129715009, SCT, \"Breast composition\")"""

    code_10: list[Code] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: CODE -, VM 1-n, UC: May be present only if value of parent is (129715009, SCT, \"Breast composition\")"""

    mammography_cad_breast_geometry: tid4008.MammographyCADBreastGeometry | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 4008, VM 1, MC: Shall be present only if value of parent is (111100, DCM, \"Breast geometry\")"""

    mammography_cad_individual_calcification: (
        tid4009.MammographyCADIndividualCalcification | None
    ) = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 4009, VM 1, UC: May be present only if value of parent is (129770007, SCT, \"Individual Calcification\")"""

    mammography_cad_calcification_cluster: tid4010.MammographyCADCalcificationCluster | None = (
        field(default=None, metadata={"row": "13"})
    )
    """Row 13: INCLUDE DTID 4010, VM 1, UC: May be present only if value of parent is (129769006, SCT, \"Calcification Cluster\")"""

    mammography_cad_density: tid4011.MammographyCADDensity | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 4011, VM 1, UC: May be present only if value of parent is (129793001, SCT, \"Mammography breast density\")"""

    nipple_characteristic: groups.Cid6039Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (111297, DCM, \"Nipple Characteristic\"), VM 1, UC: May be present only if value of parent is (24142002, SCT, \"Nipple\"); values DCID 6039"""

    mammography_cad_non_lesion: tid4012.MammographyCADNonLesion | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 4012, VM 1, MC: Shall be present only if value of parent is (111102, DCM, \"Non-lesion\")"""

    mammography_cad_selected_region: tid4013.MammographyCADSelectedRegion | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 4013, VM 1, MC: Shall be present only if value of parent is (111099, DCM, \"Selected Region\")"""

    image_18: Reference | None = field(default=None, metadata={"row": "18"})
    """Row 18: IMAGE -, VM 1, MC: IF value of parent is (111101, DCM, \"Image quality\") and IFF Row 19 is not present"""

    image_region: list[MammographyCADSingleImageFindingImageRegion] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: SCOORD EV (111030, DCM, \"Image Region\"), VM 1-n, MC: IF value of parent is (111101, DCM, \"Image quality\") and IFF Row 18 is not present"""

    cad_image_quality: list[tid4014.CADImageQuality] = field(
        default_factory=no_items, metadata={"row": "21"}
    )
    """Row 21: INCLUDE DTID 4014, VM 1-n, MC: Shall be present only if value of parent is (111101, DCM, \"Image quality\")"""

    cid_6142: list[MammographyCADSingleImageFindingCid6142] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: NUM DCID 6142, VM 1-n, U"""

    mammography_cad_single_image_finding: list[MammographyCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: INCLUDE DTID 4006, VM 1-n, UC: May be present only if value of parent is (129769006, SCT, \"Calcification Cluster\"); values EV (129770007, SCT, \"Individual Calcification\")"""

    cad_observation_context: tid4022.CADObservationContext | None = field(
        default=None, metadata={"row": "26"}
    )
    """Row 26: INCLUDE DTID 4022, VM 1, MC: Shall be present only if this finding is incorporated from a different report than its parent."""


@dataclass(kw_only=True)
class MammographyCADSingleImageFindingRenderingIntent(TemplatePart):
    """Row 2 of TID 4006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid6034Code
    """The value of row 2 (CODE)."""

    cad_operating_point: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (111071, DCM, \"CAD Operating Point\"), VM 1, UC: IFF value of Row 2 = (111151, DCM, \"Presentation Optional\") and Row 9 of TID 4017 “CAD Detection Performed” is present; units DT ({1:n}, UCUM, \"range: 1:n\")"""


@dataclass(kw_only=True)
class MammographyCADSingleImageFindingImageRegion(TemplatePart):
    """Row 19 of TID 4006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "19"

    value: Coordinates
    """The value of row 19 (SCOORD)."""

    image_20: Reference = field(metadata={"row": "20"})
    """Row 20: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class MammographyCADSingleImageFindingCid6142(TemplatePart):
    """Row 22 of TID 4006."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "22"

    concept: groups.Cid6142Code
    """The concept name of row 22."""

    value: Num
    """The value of row 22 (NUM)."""

    derivation: groups.Cid6140Code = field(metadata={"row": "23"})
    """Row 23: CODE EV (121401, DCM, \"Derivation\"), VM 1, M; values DCID 6140"""

    calculation_description: str | None = field(default=None, metadata={"row": "24"})
    """Row 24: TEXT EV (112034, DCM, \"Calculation Description\"), VM 1, U"""
