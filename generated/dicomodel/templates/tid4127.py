"""TID 4127 Colon CAD Single Image Finding.

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
    from dicomodel.templates import tid4014, tid4019, tid4022, tid4108, tid4128, tid4129

__all__ = [
    "TEMPLATE",
    "ColonCADSingleImageFinding",
    "ColonCADSingleImageFindingRenderingIntent",
    "ColonCADSingleImageFindingImageRegion",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4127",
    name="Colon CAD Single Image Finding",
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
            values=(("cid", "D", "6201"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112024", "Single Image Finding Modifier"),
            values=(("cid", "D", "6202"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111056", "Rendering Intent"),
            values=(("cid", "D", "6034"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111071", "CAD Operating Point"),
            condition='IFF value of Row 3 = (111151, DCM, "Presentation Optional") and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: value of Row 3 = §0 and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: value of Row 3 = §0 and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1",
                ),
            ),
            units=(("code", "DT", "{1:n}", "UCUM", "range: 1:n"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="6",
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
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="4019",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111012", "Certainty of Finding"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="9",
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
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            include="4129",
            condition='Shall be present unless value of Row 1 = (111101, DCM, "Image quality")',
            condition_status="parsed",
            required_if=("not", ("row_code", "1", (("111101", "DCM"),))),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="4128",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="INFERRED FROM",
            condition='Shall be present IFF value of Row 1 = (111101, DCM, "Image quality") and Row 13 is not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("111101", "DCM"),)),
                ("not", ("row_present", "13")),
            ),
            forbidden_if=(
                "not",
                ("and", ("row_code", "1", (("111101", "DCM"),)), ("not", ("row_present", "13"))),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="SCOORD",
            requirement="MC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "111030", "Image Region"),
            vm_min=1,
            vm_max=None,
            condition='Shall be present IFF value of Row 1 = (111101, DCM, "Image quality") and Row 12 is not present',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "1", (("111101", "DCM"),)),
                ("not", ("row_present", "12")),
            ),
            forbidden_if=(
                "not",
                ("and", ("row_code", "1", (("111101", "DCM"),)), ("not", ("row_present", "12"))),
            ),
        ),
        RowDef(
            key="14", nesting=2, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="15",
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
                ("$QualityStandard", (("cid", "D", "6208"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ColonCADSingleImageFinding(TemplatePart):
    """TID 4127 Colon CAD Single Image Finding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6201Code
    """The value of row 1 (CODE)."""

    single_image_finding_modifier: groups.Cid6202Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (112024, DCM, \"Single Image Finding Modifier\"), VM 1, U; values DCID 6202"""

    rendering_intent: ColonCADSingleImageFindingRenderingIntent = field(metadata={"row": "3"})
    """Row 3: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4108, VM 1, U"""

    cad_observation_context: tid4022.CADObservationContext | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4022, VM 1, MC: Shall be present IFF this finding is duplicated from a different report than its parent."""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "7"})
    """Row 7: INCLUDE DTID 4019, VM 1, M"""

    certainty_of_finding: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (111012, DCM, \"Certainty of Finding\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""

    selected_region_description: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (111058, DCM, \"Selected Region Description\"), VM 1, MC: Shall be present IFF value of Row 1 = (111099, DCM, \"Selected region\")"""

    colon_cad_geometry: tid4129.ColonCADGeometry | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 4129, VM 1, MC: Shall be present unless value of Row 1 = (111101, DCM, \"Image quality\")"""

    colon_cad_descriptors: tid4128.ColonCADDescriptors | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 4128, VM 1, U"""

    image_12: Reference | None = field(default=None, metadata={"row": "12"})
    """Row 12: IMAGE -, VM 1, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\") and Row 13 is not present"""

    image_region: list[ColonCADSingleImageFindingImageRegion] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: SCOORD EV (111030, DCM, \"Image Region\"), VM 1-n, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\") and Row 12 is not present"""

    cad_image_quality: tid4014.CADImageQuality | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 4014, VM 1, MC: Shall be present IFF value of Row 1 = (111101, DCM, \"Image quality\")"""


@dataclass(kw_only=True)
class ColonCADSingleImageFindingRenderingIntent(TemplatePart):
    """Row 3 of TID 4127."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid6034Code
    """The value of row 3 (CODE)."""

    cad_operating_point: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111071, DCM, \"CAD Operating Point\"), VM 1, UC: IFF value of Row 3 = (111151, DCM, \"Presentation Optional\") and Row 1 of TID 4023 “CAD Operating Points” is present for the finding identified in Row 1; units DT ({1:n}, UCUM, \"range: 1:n\")"""


@dataclass(kw_only=True)
class ColonCADSingleImageFindingImageRegion(TemplatePart):
    """Row 13 of TID 4127."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    value: Coordinates
    """The value of row 13 (SCOORD)."""

    image_14: Reference = field(metadata={"row": "14"})
    """Row 14: IMAGE -, VM 1, M"""
