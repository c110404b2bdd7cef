"""TID 1501 Measurement and Qualitative Evaluation Group.

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
    from dicomodel.templates import tid300, tid1502, tid4019

__all__ = [
    "TEMPLATE",
    "MeasurementAndQualitativeEvaluationGroup",
    "MeasurementAndQualitativeEvaluationGroupFindingSite",
    "MeasurementAndQualitativeEvaluationGroupImagepurposeRow10c",
    "MeasurementAndQualitativeEvaluationGroupWavepurposeRow10g",
    "MeasurementAndQualitativeEvaluationGroupQualtype",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1501",
    name="Measurement and Qualitative Evaluation Group",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
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
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("parameter", "$Method"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$TargetSite"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("parameter", "$TargetSiteMod"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "126100", "Real World Value Map used for measurement"),
        ),
        RowDef(
            key="9b",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="9c",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121200", "Illustration of ROI"),
        ),
        RowDef(
            key="9d",
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
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
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
                ("$ImagePurpose", (("parameter", "$ImagePurpose"),)),
                ("$WavePurpose", (("parameter", "$WavePurpose"),)),
                ("$RefAuthority", (("parameter", "$RefAuthority"),)),
                ("$RangeAuthority", (("parameter", "$RangeAuthority"),)),
                ("$DerivationParameter", (("parameter", "$DerivationParameter"),)),
                ("$DerivationParameterUnits", (("parameter", "$DerivationParameterUnits"),)),
            ),
        ),
        RowDef(
            key="10b",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$ImagePurpose"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10c",
            nesting=1,
            value_type="SCOORD",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$ImagePurpose"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10d", nesting=2, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="10e",
            nesting=1,
            value_type="SCOORD3D",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$ImagePurpose"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10f",
            nesting=1,
            value_type="WAVEFORM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$WavePurpose"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10g",
            nesting=1,
            value_type="TCOORD",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$WavePurpose"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10h",
            nesting=2,
            value_type="WAVEFORM",
            requirement="M",
            relationship="SELECTED FROM",
        ),
        RowDef(
            key="11",
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
            key="11b",
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
            key="12",
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
class MeasurementAndQualitativeEvaluationGroup(TemplatePart):
    """TID 1501 Measurement and Qualitative Evaluation Group."""

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

    time_point_context: tid1502.TimePointContext | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1502, VM 1, U"""

    measurement_method: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values $Method"""

    finding_site: list[MeasurementAndQualitativeEvaluationGroupFindingSite] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, U; values $TargetSite"""

    real_world_value_map_used_for_measurement: Reference | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: COMPOSITE EV (126100, DCM, \"Real World Value Map used for measurement\"), VM 1, U"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "9b"}
    )
    """Row 9b: INCLUDE DTID 4019, VM 1, U"""

    illustration_of_roi: Reference | None = field(default=None, metadata={"row": "9c"})
    """Row 9c: IMAGE EV (121200, DCM, \"Illustration of ROI\"), VM 1, U"""

    visual_explanation: list[Reference] = field(default_factory=no_items, metadata={"row": "9d"})
    """Row 9d: IMAGE EV (130401, DCM, \"Visual explanation\"), VM 1-n, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1-n, U"""

    imagepurpose: list[Named[Reference]] = field(default_factory=no_items, metadata={"row": "10b"})
    """Row 10b: IMAGE $ImagePurpose, VM 1-n, U"""

    imagepurpose_row_10c: list[MeasurementAndQualitativeEvaluationGroupImagepurposeRow10c] = field(
        default_factory=no_items, metadata={"row": "10c"}
    )
    """Row 10c: SCOORD $ImagePurpose, VM 1-n, U"""

    imagepurpose_row_10e: list[Named[Coordinates]] = field(
        default_factory=no_items, metadata={"row": "10e"}
    )
    """Row 10e: SCOORD3D $ImagePurpose, VM 1-n, U"""

    wavepurpose: list[Named[Reference]] = field(default_factory=no_items, metadata={"row": "10f"})
    """Row 10f: WAVEFORM $WavePurpose, VM 1-n, U"""

    wavepurpose_row_10g: list[MeasurementAndQualitativeEvaluationGroupWavepurposeRow10g] = field(
        default_factory=no_items, metadata={"row": "10g"}
    )
    """Row 10g: TCOORD $WavePurpose, VM 1-n, U"""

    qualtype: list[MeasurementAndQualitativeEvaluationGroupQualtype] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE $QualType, VM 1-n, U; values $QualValue"""

    qualtype_row_12: list[Named[str]] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: TEXT $QualType, VM 1-n, U"""


@dataclass(kw_only=True)
class MeasurementAndQualitativeEvaluationGroupFindingSite(TemplatePart):
    """Row 6 of TID 1501."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Code
    """The value of row 6 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    topographical_modifier: Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE DT (106233006, SCT, \"Topographical modifier\"), VM 1, U; values $TargetSiteMod"""


@dataclass(kw_only=True)
class MeasurementAndQualitativeEvaluationGroupImagepurposeRow10c(TemplatePart):
    """Row 10c of TID 1501."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10c"

    concept: Code
    """The concept name of row 10c."""

    value: Coordinates
    """The value of row 10c (SCOORD)."""

    image_10d: Reference = field(metadata={"row": "10d"})
    """Row 10d: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class MeasurementAndQualitativeEvaluationGroupWavepurposeRow10g(TemplatePart):
    """Row 10g of TID 1501."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10g"

    concept: Code
    """The concept name of row 10g."""

    waveform_10h: Reference = field(metadata={"row": "10h"})
    """Row 10h: WAVEFORM -, VM 1, M"""


@dataclass(kw_only=True)
class MeasurementAndQualitativeEvaluationGroupQualtype(TemplatePart):
    """Row 11 of TID 1501."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    concept: Code
    """The concept name of row 11."""

    value: Code
    """The value of row 11 (CODE)."""

    qualmodtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "11b"})
    """Row 11b: CODE $QualModType, VM 1-n, U; values $QualModValue"""
