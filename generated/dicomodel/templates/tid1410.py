"""TID 1410 Planar ROI Measurements and Qualitative Evaluations.

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
    "PlanarROIMeasurementsAndQualitativeEvaluations",
    "PlanarROIMeasurementsAndQualitativeEvaluationsImageRegion",
    "PlanarROIMeasurementsAndQualitativeEvaluationsRegionInSpace",
    "PlanarROIMeasurementsAndQualitativeEvaluationsQualtype",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1410",
    name="Planar ROI Measurements and Qualitative Evaluations",
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
            condition="XOR Rows 7, 7b, 8b",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "7"), ("row_present", "7b"), ("row_present", "8b")),
            ),
            forbidden_if=("or", ("row_present", "7"), ("row_present", "7b"), ("row_present", "8b")),
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
            concept=Code("DCM", "121214", "Referenced Segmentation Frame"),
            condition="XOR Rows 5, 7b",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "5"), ("row_present", "7b"))),
            forbidden_if=("or", ("row_present", "5"), ("row_present", "7b")),
        ),
        RowDef(
            key="7b",
            nesting=1,
            value_type="SCOORD3D",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111030", "Image Region"),
            condition="XOR Rows 5, 7, 8b",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "8b")),
            ),
            forbidden_if=("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "8b")),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121233", "Source image for segmentation"),
            condition="IFF Row 7",
            condition_status="parsed",
            required_if=("row_present", "7"),
            forbidden_if=("not", ("row_present", "7")),
        ),
        RowDef(
            key="8b",
            nesting=1,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130488", "Region in Space"),
            condition="XOR Rows 5, 7, 7b",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "7b")),
            ),
            forbidden_if=("or", ("row_present", "5"), ("row_present", "7"), ("row_present", "7b")),
        ),
        RowDef(
            key="8c",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130489", "Referenced Region of Interest Identifier"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121200", "Illustration of ROI"),
        ),
        RowDef(
            key="9b",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130401", "Visual explanation"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "126100", "Real World Value Map used for measurement"),
        ),
        RowDef(
            key="11",
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
            key="12",
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
            key="12b",
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
            key="13",
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
class PlanarROIMeasurementsAndQualitativeEvaluations(TemplatePart):
    """TID 1410 Planar ROI Measurements and Qualitative Evaluations."""

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

    image_region: PlanarROIMeasurementsAndQualitativeEvaluationsImageRegion | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: SCOORD EV (111030, DCM, \"Image Region\"), VM 1, MC: XOR Rows 7, 7b, 8b"""

    referenced_segmentation_frame: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: IMAGE EV (121214, DCM, \"Referenced Segmentation Frame\"), VM 1, MC: XOR Rows 5, 7b"""

    image_region_row_7b: Coordinates | None = field(default=None, metadata={"row": "7b"})
    """Row 7b: SCOORD3D EV (111030, DCM, \"Image Region\"), VM 1, MC: XOR Rows 5, 7, 8b"""

    source_image_for_segmentation: Reference | None = field(default=None, metadata={"row": "8"})
    """Row 8: IMAGE EV (121233, DCM, \"Source image for segmentation\"), VM 1, MC: IFF Row 7"""

    region_in_space: PlanarROIMeasurementsAndQualitativeEvaluationsRegionInSpace | None = field(
        default=None, metadata={"row": "8b"}
    )
    """Row 8b: COMPOSITE EV (130488, DCM, \"Region in Space\"), VM 1, MC: XOR Rows 5, 7, 7b"""

    illustration_of_roi: Reference | None = field(default=None, metadata={"row": "9"})
    """Row 9: IMAGE EV (121200, DCM, \"Illustration of ROI\"), VM 1, U"""

    visual_explanation: list[Reference] = field(default_factory=no_items, metadata={"row": "9b"})
    """Row 9b: IMAGE EV (130401, DCM, \"Visual explanation\"), VM 1-n, U"""

    real_world_value_map_used_for_measurement: Reference | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: COMPOSITE EV (126100, DCM, \"Real World Value Map used for measurement\"), VM 1, U"""

    roi_measurements: tid1419.ROIMeasurements | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 1419, VM 1, U"""

    qualtype: list[PlanarROIMeasurementsAndQualitativeEvaluationsQualtype] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE $QualType, VM 1-n, U; values $QualValue"""

    qualtype_row_13: list[Named[str]] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: TEXT $QualType, VM 1-n, U"""


@dataclass(kw_only=True)
class PlanarROIMeasurementsAndQualitativeEvaluationsImageRegion(TemplatePart):
    """Row 5 of TID 1410."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Coordinates
    """The value of row 5 (SCOORD)."""

    image_6: Reference = field(metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class PlanarROIMeasurementsAndQualitativeEvaluationsRegionInSpace(TemplatePart):
    """Row 8b of TID 1410."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8b"

    value: Reference
    """The value of row 8b (COMPOSITE)."""

    referenced_region_of_interest_identifier: str = field(metadata={"row": "8c"})
    """Row 8c: TEXT EV (130489, DCM, \"Referenced Region of Interest Identifier\"), VM 1, M"""


@dataclass(kw_only=True)
class PlanarROIMeasurementsAndQualitativeEvaluationsQualtype(TemplatePart):
    """Row 12 of TID 1410."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    concept: Code
    """The concept name of row 12."""

    value: Code
    """The value of row 12 (CODE)."""

    qualmodtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "12b"})
    """Row 12b: CODE $QualModType, VM 1-n, U; values $QualModValue"""
