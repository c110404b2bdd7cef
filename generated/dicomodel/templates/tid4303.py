"""TID 4303 Overall Prostate Finding.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1410, tid1411, tid1501, tid3909

__all__ = [
    "TEMPLATE",
    "OverallProstateFinding",
    "OverallProstateFindingCid6300",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4303",
    name="Overall Prostate Finding",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130554", "Overall Prostate Finding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112039", "Tracking Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112040", "Tracking Unique Identifier"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "255503000", "SCT", "Entire"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding site"),
            values=(("code", "EV", "41216001", "SCT", "Prostate"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1410",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 8, 9 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "8")), ("not", ("row_present", "9"))),
            bindings=(
                ("$Measurement", (("cid", "B", "218"),)),
                ("$Units", (("cid", "B", "7181"),)),
                ("$Derivation", (("cid", "B", "7464"),)),
                ("$Method", (("cid", "B", "6147"),)),
                ("$FindingType", (("row", "4"),)),
                ("$TargetSite", (("row", "5"),)),
                ("$TrackingID", (("row", "2"),)),
                ("$TrackingUID", (("row", "3"),)),
                ("$QualType", (("cid", "B", "6333"),)),
                ("$QualValue", (("cid", "B", "6335"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1411",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 7, 9 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "7")), ("not", ("row_present", "9"))),
            bindings=(
                ("$Measurement", (("code", "DT", "118565006", "SCT", "Volume"),)),
                ("$Units", (("cid", "B", "7462"),)),
                ("$FindingType", (("row", "4"),)),
                ("$TargetSite", (("row", "5"),)),
                ("$TrackingID", (("row", "2"),)),
                ("$TrackingUID", (("row", "3"),)),
                ("$QualType", (("cid", "B", "6333"),)),
                ("$QualValue", (("cid", "B", "6335"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1501",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 7, 8 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "7")), ("not", ("row_present", "8"))),
            bindings=(
                ("$Measurement", (("cid", "B", "218"),)),
                ("$Units", (("cid", "B", "7181"),)),
                ("$FindingType", (("row", "4"),)),
                ("$TargetSite", (("row", "5"),)),
                ("$TrackingID", (("row", "2"),)),
                ("$TrackingUID", (("row", "3"),)),
                ("$QualType", (("cid", "B", "6333"),)),
                ("$QualValue", (("cid", "B", "6335"),)),
                ("$ImagePurpose", (("code", "EV", "260753009", "SCT", "Source"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "6300"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "6333"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "6333"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6335"),),
        ),
    ),
)


@dataclass(kw_only=True)
class OverallProstateFinding(TemplatePart):
    """TID 4303 Overall Prostate Finding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    tracking_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT DT (112039, DCM, \"Tracking Identifier\"), VM 1, M"""

    tracking_unique_identifier: str = field(metadata={"row": "3"})
    """Row 3: UIDREF EV (112040, DCM, \"Tracking Unique Identifier\"), VM 1, M"""

    finding: Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (121071, DCM, \"Finding\"), VM 1, M; values EV (255503000, SCT, \"Entire\")"""

    finding_site: Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (363698007, SCT, \"Finding site\"), VM 1, M; values EV (41216001, SCT, \"Prostate\")"""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3909, VM 1-n, U"""

    planar_roi_measurements_and_qualitative_evaluations: list[
        tid1410.PlanarROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 1410, VM 1-n, MC: IF Rows 8, 9 are absent"""

    volumetric_roi_measurements_and_qualitative_evaluations: list[
        tid1411.VolumetricROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 1411, VM 1-n, MC: IF Rows 7, 9 are absent"""

    measurement_and_qualitative_evaluation_group: list[
        tid1501.MeasurementAndQualitativeEvaluationGroup
    ] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 1501, VM 1-n, MC: IF Rows 7, 8 are absent"""

    cid_6300: list[OverallProstateFindingCid6300] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CONTAINER BCID 6300, VM 1-n, U"""


@dataclass(kw_only=True)
class OverallProstateFindingCid6300(TemplatePart):
    """Row 10 of TID 4303."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    concept: groups.Cid6300Code | Code
    """The concept name of row 10."""

    cid_6333: list[Named[str]] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: TEXT BCID 6333, VM 1-n, U"""

    cid_6333_row_13: list[Named[groups.Cid6335Code | Code]] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE BCID 6333, VM 1-n, U; values BCID 6335"""
