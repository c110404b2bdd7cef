"""TID 1411 Volumetric ROI Measurements and Qualitative Evaluations.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1419, tid1502

__all__ = [
    "TEMPLATE",
    "VolumetricROIMeasurementsAndQualitativeEvaluations",
    "VolumetricROIMeasurementsAndQualitativeEvaluationsImageRegion",
    "VolumetricROIMeasurementsAndQualitativeEvaluationsRegionInSpace",
    "VolumetricROIMeasurementsAndQualitativeEvaluationsQualtype",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1411",
    name="Volumetric ROI Measurements and Qualitative Evaluations",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125007", "Measurement Group"),
        ),
        RowDef(
            key="1b",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("NCIt", "C67447", "Activity Session"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112039", "Tracking Identifier"),
            values=(("parameter", "$TrackingID"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112040", "Tracking Unique Identifier"),
            values=(("parameter", "$TrackingUID"),),
        ),
        RowDef(
            key="3a",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "276214006", "Finding category"),
            values=(("parameter", "$FindingCategory"),),
        ),
        RowDef(
            key="3b",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("parameter", "$FindingType"),),
        ),
        RowDef(
            key="3c",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130400", "Geometric purpose of region"),
            values=(("cid", "B", "219"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1502",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="SCOORD",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111030", "Image Region"),
            vm_min=1,
            vm_max=None,
            condition="XOR Rows 7, 10, 12b",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "7"), ("row_present", "10"), ("row_present", "12b")),
            ),
            forbidden_if=(
                "or",
                ("row_present", "7"),
                ("row_present", "10"),
                ("row_present", "12b"),
            ),
        ),
        RowDef(
            key="6", nesting=2, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121191", "Referenced Segment"),
            condition="XOR Rows 5, 10, 12b",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "5"), ("row_present", "10"), ("row_present", "12b")),
            ),
            forbidden_if=(
                "or",
                ("row_present", "5"),
                ("row_present", "10"),
                ("row_present", "12b"),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="SCOORD3D",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121231", "Volume Surface"),
            vm_min=1,
            vm_max=None,
            condition="XOR Rows 5, 7, 12b",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "12b")),
            ),
            forbidden_if=("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "12b")),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121233", "Source image for segmentation"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 12 and IFF (Row 7 or Row 10)",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "12")),
                ("or", ("row_present", "7"), ("row_present", "10")),
            ),
            forbidden_if=(
                "or",
                ("row_present", "12"),
                ("not", ("or", ("row_present", "7"), ("row_present", "10"))),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="UIDREF",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121232", "Source series for segmentation"),
            condition="XOR Row 11 and IFF (Row 7 or Row 10)",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "11")),
                ("or", ("row_present", "7"), ("row_present", "10")),
            ),
            forbidden_if=(
                "or",
                ("row_present", "11"),
                ("not", ("or", ("row_present", "7"), ("row_present", "10"))),
            ),
        ),
        RowDef(
            key="12b",
            nesting=1,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130488", "Region in Space"),
            condition="XOR Rows 5, 7, 10",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "10")),
            ),
            forbidden_if=("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "10")),
        ),
        RowDef(
            key="12c",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130489", "Referenced Region of Interest Identifier"),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121200", "Illustration of ROI"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13b",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130401", "Visual explanation"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "126100", "Real World Value Map used for measurement"),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1419",
            bindings=(
                ("$Measurement", (("parameter", "$Measurement"),)),
                ("$Units", (("parameter", "$Units"),)),
                ("$ModType", (("parameter", "$ModType"),)),
                ("$ModValue", (("parameter", "$ModValue"),)),
                ("$Method", (("parameter", "$Method"),)),
                ("$Derivation", (("parameter", "$Derivation"),)),
                ("$TargetSite", (("parameter", "$TargetSite"),)),
                ("$TargetSiteMod", (("parameter", "$TargetSiteMod"),)),
                ("$Equation", (("parameter", "$Equation"),)),
                ("$RefAuthority", (("parameter", "$RefAuthority"),)),
                ("$RangeAuthority", (("parameter", "$RangeAuthority"),)),
                ("$DerivationParameter", (("parameter", "$DerivationParameter"),)),
                ("$DerivationParameterUnits", (("parameter", "$DerivationParameterUnits"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$QualType"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$QualValue"),),
        ),
        RowDef(
            key="16b",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept_ref=("parameter", "$QualModType"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$QualModValue"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$QualType"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class VolumetricROIMeasurementsAndQualitativeEvaluations(TemplatePart):
    """TID 1411 Volumetric ROI Measurements and Qualitative Evaluations."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    activity_session: str | None = field(default=None, metadata={"row": "1b"})
    """Row 1b: TEXT EV (C67447, NCIt, \"Activity Session\"), VM 1, U"""

    tracking_identifier: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT DT (112039, DCM, \"Tracking Identifier\"), VM 1, U; values $TrackingID"""

    tracking_unique_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: UIDREF EV (112040, DCM, \"Tracking Unique Identifier\"), VM 1, U; values $TrackingUID"""

    finding_category: Code | None = field(default=None, metadata={"row": "3a"})
    """Row 3a: CODE EV (276214006, SCT, \"Finding category\"), VM 1, U; values $FindingCategory"""

    finding: Code | None = field(default=None, metadata={"row": "3b"})
    """Row 3b: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values $FindingType"""

    geometric_purpose_of_region: groups.Cid219Code | Code | None = field(
        default=None, metadata={"row": "3c"}
    )
    """Row 3c: CODE EV (130400, DCM, \"Geometric purpose of region\"), VM 1, U; values BCID 219"""

    time_point_context: tid1502.TimePointContext | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1502, VM 1, U"""

    image_region: list[VolumetricROIMeasurementsAndQualitativeEvaluationsImageRegion] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: SCOORD EV (111030, DCM, \"Image Region\"), VM 1-n, MC: XOR Rows 7, 10, 12b"""

    referenced_segment: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: IMAGE EV (121191, DCM, \"Referenced Segment\"), VM 1, MC: XOR Rows 5, 10, 12b"""

    volume_surface: list[Coordinates] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: SCOORD3D EV (121231, DCM, \"Volume Surface\"), VM 1-n, MC: XOR Rows 5, 7, 12b"""

    source_image_for_segmentation: list[Reference] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: IMAGE EV (121233, DCM, \"Source image for segmentation\"), VM 1-n, MC: XOR Row 12 and IFF (Row 7 or Row 10)"""

    source_series_for_segmentation: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: UIDREF EV (121232, DCM, \"Source series for segmentation\"), VM 1, MC: XOR Row 11 and IFF (Row 7 or Row 10)"""

    region_in_space: VolumetricROIMeasurementsAndQualitativeEvaluationsRegionInSpace | None = field(
        default=None, metadata={"row": "12b"}
    )
    """Row 12b: COMPOSITE EV (130488, DCM, \"Region in Space\"), VM 1, MC: XOR Rows 5, 7, 10"""

    illustration_of_roi: list[Reference] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: IMAGE EV (121200, DCM, \"Illustration of ROI\"), VM 1-n, U"""

    visual_explanation: list[Reference] = field(default_factory=no_items, metadata={"row": "13b"})
    """Row 13b: IMAGE EV (130401, DCM, \"Visual explanation\"), VM 1-n, U"""

    real_world_value_map_used_for_measurement: Reference | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: COMPOSITE EV (126100, DCM, \"Real World Value Map used for measurement\"), VM 1, U"""

    roi_measurements: tid1419.ROIMeasurements | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 1419, VM 1, U"""

    qualtype: list[VolumetricROIMeasurementsAndQualitativeEvaluationsQualtype] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: CODE $QualType, VM 1-n, U; values $QualValue"""

    qualtype_row_17: list[Named[str]] = field(default_factory=no_items, metadata={"row": "17"})
    """Row 17: TEXT $QualType, VM 1-n, U"""


@dataclass(kw_only=True)
class VolumetricROIMeasurementsAndQualitativeEvaluationsImageRegion(TemplatePart):
    """Row 5 of TID 1411."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Coordinates
    """The value of row 5 (SCOORD)."""

    image_6: Reference = field(metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class VolumetricROIMeasurementsAndQualitativeEvaluationsRegionInSpace(TemplatePart):
    """Row 12b of TID 1411."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12b"

    value: Reference
    """The value of row 12b (COMPOSITE)."""

    referenced_region_of_interest_identifier: str = field(metadata={"row": "12c"})
    """Row 12c: TEXT EV (130489, DCM, \"Referenced Region of Interest Identifier\"), VM 1, M"""


@dataclass(kw_only=True)
class VolumetricROIMeasurementsAndQualitativeEvaluationsQualtype(TemplatePart):
    """Row 16 of TID 1411."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    concept: Code
    """The concept name of row 16."""

    value: Code
    """The value of row 16 (CODE)."""

    qualmodtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "16b"})
    """Row 16b: CODE $QualModType, VM 1-n, U; values $QualModValue"""
