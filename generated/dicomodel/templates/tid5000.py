"""TID 5000 OB-GYN Ultrasound Procedure Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid1001,
        tid1204,
        tid5001,
        tid5002,
        tid5004,
        tid5005,
        tid5006,
        tid5007,
        tid5009,
        tid5010,
        tid5011,
        tid5012,
        tid5013,
        tid5015,
        tid5025,
        tid5026,
    )

__all__ = [
    "TEMPLATE",
    "OBGYNUltrasoundProcedureReport",
    "OBGYNUltrasoundProcedureReportImageLibrary",
    "OBGYNUltrasoundProcedureReportFindings",
    "OBGYNUltrasoundProcedureReportFindingsRow22",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5000",
    name="OB-GYN Ultrasound Procedure Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "12024"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="2b",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "12025"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5001",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5002",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5004",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5005",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5006",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5007",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5009",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5011",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5010",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5015",
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5012",
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5013",
            bindings=(
                ("$Laterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                (
                    "$Number",
                    (("code", "EV", "11879-4", "LN", "Number of follicles in left ovary"),),
                ),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5013",
            bindings=(
                ("$Laterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                (
                    "$Number",
                    (("code", "EV", "11880-2", "LN", "Number of follicles in right ovary"),),
                ),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "EV", "51852003", "SCT", "Embryonic Vascular Structure"),),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5025",
            bindings=(("$AnatomyGroup", (("cid", "D", "12141"),)),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "EV", "281496003", "SCT", "Pelvic Vascular Structure"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5026",
            bindings=(("$AnatomyGroup", (("cid", "D", "12140"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class OBGYNUltrasoundProcedureReport(TemplatePart):
    """TID 5000 OB-GYN Ultrasound Procedure Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid12024Code | Code
    """The concept name of row 1."""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    acquisition_protocol: list[groups.Cid12025Code] = field(
        default_factory=no_items, metadata={"row": "2b"}
    )
    """Row 2b: CODE EV (125203, DCM, \"Acquisition Protocol\"), VM 1-n, U; values DCID 12025"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    ob_gyn_patient_characteristics: tid5001.OBGYNPatientCharacteristics | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 5001, VM 1, U"""

    image_library: OBGYNUltrasoundProcedureReportImageLibrary | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CONTAINER DT (111028, DCM, \"Image Library\"), VM 1, U"""

    ob_gyn_procedure_summary_section: tid5002.OBGYNProcedureSummarySection | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 5002, VM 1, U"""

    fetal_biometry_ratio_section: list[tid5004.FetalBiometryRatioSection] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 5004, VM 1-n, U"""

    fetal_biometry_section: list[tid5005.FetalBiometrySection] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 5005, VM 1-n, U"""

    fetal_long_bones_section: list[tid5006.FetalLongBonesSection] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 5006, VM 1-n, U"""

    fetal_cranium_section: list[tid5007.FetalCraniumSection] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 5007, VM 1-n, U"""

    fetal_biophysical_profile_section: list[tid5009.FetalBiophysicalProfileSection] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 5009, VM 1-n, U"""

    early_gestation_section: list[tid5011.EarlyGestationSection] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 5011, VM 1-n, U"""

    amniotic_sac_section: list[tid5010.AmnioticSacSection] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 5010, VM 1-n, U"""

    pelvis_and_uterus_section: tid5015.PelvisAndUterusSection | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 5015, VM 1, U"""

    ovaries_section: tid5012.OvariesSection | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 5012, VM 1, U"""

    follicles_section: tid5013.FolliclesSection | None = field(default=None, metadata={"row": "17"})
    """Row 17: INCLUDE DTID 5013, VM 1, U"""

    follicles_section_row_18: tid5013.FolliclesSection | None = field(
        default=None, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 5013, VM 1, U"""

    findings: list[OBGYNUltrasoundProcedureReportFindings] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, U"""

    findings_row_22: list[OBGYNUltrasoundProcedureReportFindingsRow22] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, U"""


@dataclass(kw_only=True)
class OBGYNUltrasoundProcedureReportImageLibrary(TemplatePart):
    """Row 5 of TID 5000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    image_6: list[Reference] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1-n, M"""


@dataclass(kw_only=True)
class OBGYNUltrasoundProcedureReportFindings(TemplatePart):
    """Row 19 of TID 5000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "19"

    finding_site: Code = field(metadata={"row": "20"})
    """Row 20: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values EV (51852003, SCT, \"Embryonic Vascular Structure\")"""

    ob_gyn_fetal_vascular_ultrasound_measurement_group: tid5025.OBGYNFetalVascularUltrasoundMeasurementGroup = field(
        metadata={"row": "21"}
    )
    """Row 21: INCLUDE DTID 5025, VM 1, M"""


@dataclass(kw_only=True)
class OBGYNUltrasoundProcedureReportFindingsRow22(TemplatePart):
    """Row 22 of TID 5000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "22"

    finding_site: Code = field(metadata={"row": "23"})
    """Row 23: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values EV (281496003, SCT, \"Pelvic Vascular Structure\")"""

    ob_gyn_pelvic_vascular_ultrasound_measurement_group: tid5026.OBGYNPelvicVascularUltrasoundMeasurementGroup = field(
        metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 5026, VM 1, M"""
