"""TID 4104 Chest CAD Single Image Finding.

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
        tid1400,
        tid1401,
        tid1402,
        tid4014,
        tid4019,
        tid4022,
        tid4105,
        tid4107,
        tid4108,
    )

__all__ = [
    "TEMPLATE",
    "ChestCADSingleImageFinding",
    "ChestCADSingleImageFindingRenderingIntent",
    "ChestCADSingleImageFindingImageRegion",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4104",
    name="Chest CAD Single Image Finding",
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
            values=(("cid", "D", "6101"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112024", "Single Image Finding Modifier"),
            values=(("cid", "D", "6102"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112050", "Anatomic Identifier"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112003", "Associated Chest Component"),
            condition='Shall be present IFF value of Row 1 = (112005, DCM, "Radiographic anatomy")',
            condition_status="parsed",
            required_if=("row_code", "1", (("112005", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("112005", "DCM"),))),
            values=(("cid", "D", "6100"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112037", "Non-lesion Modifier"),
            condition='May be present IFF value of Row 1 = (111102, DCM, "Non-lesion")',
            condition_status="parsed",
            required_if=("row_code", "1", (("111102", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("111102", "DCM"),))),
            values=(("cid", "D", "6139"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111056", "Rendering Intent"),
            values=(("cid", "D", "6034"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111071", "CAD Operating Point"),
            condition='IFF value of Row 6 = (111151, DCM, "Presentation Optional") and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: value of Row 6 = §0 and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: value of Row 6 = §0 and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1",
                ),
            ),
            units=(("code", "DT", "{1:n}", "UCUM", "range: 1:n"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112016", "Baseline Category"),
            values=(("cid", "D", "6145"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="4022",
            condition="Shall be present IFF this finding is duplicated from a different report than its parent.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: this finding is duplicated from a different report than its parent",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: this finding is duplicated from a different report than its parent",
                ),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="4019",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111012", "Certainty of Finding"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111058", "Selected Region Description"),
            condition='Shall be present IFF value of Row 1 = (111099, DCM, "Selected region")',
            condition_status="parsed",
            required_if=("row_code", "1", (("111099", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("111099", "DCM"),))),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4107",
            condition='Shall be present unless value of Row 1 = (111101, DCM, "Image quality")',
            condition_status="parsed",
            required_if=("not", ("row_code", "1", (("111101", "DCM"),))),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1400",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1401",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1402",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="4105",
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="INFERRED FROM",
            condition='Shall be present IFF value of Row 1 = (111101, DCM, "Image quality") and Rows 20 and 21 are not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("111101", "DCM"),)),
                ("and", ("not", ("row_present", "20")), ("not", ("row_present", "21"))),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("row_code", "1", (("111101", "DCM"),)),
                    ("and", ("not", ("row_present", "20")), ("not", ("row_present", "21"))),
                ),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="INFERRED FROM",
            by_reference=True,
            condition='Shall be present IFF value of Row 1 = (111101, DCM, "Image quality") and Rows 19 and 21 are not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("111101", "DCM"),)),
                ("and", ("not", ("row_present", "19")), ("not", ("row_present", "21"))),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("row_code", "1", (("111101", "DCM"),)),
                    ("and", ("not", ("row_present", "19")), ("not", ("row_present", "21"))),
                ),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="SCOORD",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "111030", "Image Region"),
            vm_min=1,
            vm_max=None,
            condition='Shall be present IFF value of Row 1 = (111101, DCM, "Image quality") and Rows 19 and 20 are not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("111101", "DCM"),)),
                ("and", ("not", ("row_present", "19")), ("not", ("row_present", "20"))),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("row_code", "1", (("111101", "DCM"),)),
                    ("and", ("not", ("row_present", "19")), ("not", ("row_present", "20"))),
                ),
            ),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 23",
            condition_status="parsed",
            required_if=("not", ("row_present", "23")),
            forbidden_if=("row_present", "23"),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 22",
            condition_status="parsed",
            required_if=("not", ("row_present", "22")),
            forbidden_if=("row_present", "22"),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4014",
            condition='Shall be present IFF value of Row 1 = (111101, DCM, "Image quality")',
            condition_status="parsed",
            required_if=("row_code", "1", (("111101", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("111101", "DCM"),))),
            bindings=(
                ("$QualityFinding", (("cid", "D", "6135"),)),
                ("$QualityStandard", (("cid", "D", "6136"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ChestCADSingleImageFinding(TemplatePart):
    """TID 4104 Chest CAD Single Image Finding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6101Code
    """The value of row 1 (CODE)."""

    single_image_finding_modifier: groups.Cid6102Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (112024, DCM, \"Single Image Finding Modifier\"), VM 1, U; values DCID 6102"""

    anatomic_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (112050, DCM, \"Anatomic Identifier\"), VM 1, U"""

    associated_chest_component: groups.Cid6100Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (112003, DCM, \"Associated Chest Component\"), VM 1, MC: Shall be present IFF value of Row 1 = (112005, DCM, \"Radiographic anatomy\"); values DCID 6100"""

    non_lesion_modifier: groups.Cid6139Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (112037, DCM, \"Non-lesion Modifier\"), VM 1, UC: May be present IFF value of Row 1 = (111102, DCM, \"Non-lesion\"); values DCID 6139"""

    rendering_intent: ChestCADSingleImageFindingRenderingIntent = field(metadata={"row": "6"})
    """Row 6: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4108, VM 1, U"""

    baseline_category: groups.Cid6145Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (112016, DCM, \"Baseline Category\"), VM 1, U; values DCID 6145"""

    cad_observation_context: tid4022.CADObservationContext | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 4022, VM 1, MC: Shall be present IFF this finding is duplicated from a different report than its parent."""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "11"})
    """Row 11: INCLUDE DTID 4019, VM 1, M"""

    certainty_of_finding: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (111012, DCM, \"Certainty of Finding\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""

    selected_region_description: str | None = field(default=None, metadata={"row": "13"})
    """Row 13: TEXT EV (111058, DCM, \"Selected Region Description\"), VM 1, MC: Shall be present IFF value of Row 1 = (111099, DCM, \"Selected region\")"""

    chest_cad_geometry: tid4107.ChestCADGeometry | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 4107, VM 1, MC: Shall be present unless value of Row 1 = (111101, DCM, \"Image quality\")"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 1400, VM 1-n, U"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 1401, VM 1-n, U"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 1402, VM 1-n, U"""

    chest_cad_descriptors: tid4105.ChestCADDescriptors | None = field(
        default=None, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 4105, VM 1, U"""

    image_19: Reference | None = field(default=None, metadata={"row": "19"})
    """Row 19: IMAGE -, VM 1, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\") and Rows 20 and 21 are not present"""

    image_20: Reference | None = field(default=None, metadata={"row": "20"})
    """Row 20: IMAGE -, VM 1, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\") and Rows 19 and 21 are not present"""

    image_region: list[ChestCADSingleImageFindingImageRegion] = field(
        default_factory=no_items, metadata={"row": "21"}
    )
    """Row 21: SCOORD EV (111030, DCM, \"Image Region\"), VM 1-n, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\") and Rows 19 and 20 are not present"""

    cad_image_quality: tid4014.CADImageQuality | None = field(default=None, metadata={"row": "24"})
    """Row 24: INCLUDE DTID 4014, VM 1, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\")"""


@dataclass(kw_only=True)
class ChestCADSingleImageFindingRenderingIntent(TemplatePart):
    """Row 6 of TID 4104."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid6034Code
    """The value of row 6 (CODE)."""

    cad_operating_point: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (111071, DCM, \"CAD Operating Point\"), VM 1, UC: IFF value of Row 6 = (111151, DCM, \"Presentation Optional\") and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1; units DT ({1:n}, UCUM, \"range: 1:n\")"""


@dataclass(kw_only=True)
class ChestCADSingleImageFindingImageRegion(TemplatePart):
    """Row 21 of TID 4104."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    value: Coordinates
    """The value of row 21 (SCOORD)."""

    image_22: Reference | None = field(default=None, metadata={"row": "22"})
    """Row 22: IMAGE -, VM 1, MC: XOR Row 23"""

    image_23: Reference | None = field(default=None, metadata={"row": "23"})
    """Row 23: IMAGE -, VM 1, MC: XOR Row 22"""
