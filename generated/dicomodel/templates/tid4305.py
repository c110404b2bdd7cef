"""TID 4305 Extra-prostatic Finding.

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
    "ExtraProstaticFinding",
    "ExtraProstaticFindingFindingSite",
    "ExtraProstaticFindingQualitativeEvaluations",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4305",
    name="Extra-prostatic Finding",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130559", "Extra-prostatic Finding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112039", "Tracking Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "112040", "Tracking Unique Identifier"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("cid", "B", "6347"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding site"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "7600"), ("cid", "B", "6348")),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1410",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 10, 11 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "10")), ("not", ("row_present", "11"))),
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
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1411",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 9, 11 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "9")), ("not", ("row_present", "11"))),
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
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="1501",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 9, 10 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "9")), ("not", ("row_present", "10"))),
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
                ("$ImagePurpose", (("code", "EV", "260753009", "SCT", "Source"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0034375", "Qualitative Evaluations"),
            condition="IF Row 6 and 10 are absent",
            condition_status="parsed",
            required_if=("and", ("not", ("row_present", "6")), ("not", ("row_present", "10"))),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6333"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6335"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6333"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ExtraProstaticFinding(TemplatePart):
    """TID 4305 Extra-prostatic Finding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    tracking_identifier: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT DT (112039, DCM, \"Tracking Identifier\"), VM 1, U"""

    tracking_unique_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: UIDREF EV (112040, DCM, \"Tracking Unique Identifier\"), VM 1, U"""

    finding: groups.Cid6347Code | Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values BCID 6347"""

    finding_site: list[ExtraProstaticFindingFindingSite] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (363698007, SCT, \"Finding site\"), VM 1-n, U; values BCID 7600, BCID 6348"""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3909, VM 1-n, U"""

    planar_roi_measurements_and_qualitative_evaluations: list[
        tid1410.PlanarROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 1410, VM 1-n, MC: IF Rows 10, 11 are absent"""

    volumetric_roi_measurements_and_qualitative_evaluations: list[
        tid1411.VolumetricROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 1411, VM 1-n, MC: IF Rows 9, 11 are absent"""

    measurement_and_qualitative_evaluation_group: list[
        tid1501.MeasurementAndQualitativeEvaluationGroup
    ] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 1501, VM 1-n, MC: IF Rows 9, 10 are absent"""

    qualitative_evaluations: ExtraProstaticFindingQualitativeEvaluations | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CONTAINER EV (C0034375, UMLS, \"Qualitative Evaluations\"), VM 1, MC: IF Row 6 and 10 are absent"""


@dataclass(kw_only=True)
class ExtraProstaticFindingFindingSite(TemplatePart):
    """Row 5 of TID 4305."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid7600Code | groups.Cid6348Code | Code
    """The value of row 5 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    topographical_modifier: Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U"""


@dataclass(kw_only=True)
class ExtraProstaticFindingQualitativeEvaluations(TemplatePart):
    """Row 12 of TID 4305."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    cid_6333: list[Named[groups.Cid6335Code | Code]] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE DCID 6333, VM 1-n, U; values BCID 6335"""

    cid_6333_row_14: list[Named[str]] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: TEXT DCID 6333, VM 1-n, U"""
