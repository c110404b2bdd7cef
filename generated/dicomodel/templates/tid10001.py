"""TID 10001 Projection X-Ray Radiation Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1020, tid1204, tid10002, tid10003

__all__ = [
    "TEMPLATE",
    "ProjectionXRayRadiationDose",
    "ProjectionXRayRadiationDoseProcedureReported",
    "ProjectionXRayRadiationDoseScopeOfAccumulation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10001",
    name="Projection X-Ray Radiation Dose",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113701", "X-Ray Radiation Dose Report"),
        ),
        RowDef(
            key="1b",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(
                ("code", "DT", "113704", "DCM", "Projection X-Ray"),
                ("code", "DT", "71651007", "SCT", "Mammography"),
            ),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363703001", "Has Intent"),
            values=(("cid", "D", "3629"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122142", "Acquisition Device Type"),
            values=(("cid", "D", "10032"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "113705", "Scope of Accumulation"),
            values=(("cid", "D", "10000"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="UIDREF",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "10001"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113945", "X-Ray Detector Data Available"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113943", "X-Ray Source Data Available"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113944", "X-Ray Mechanical Data Available"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10002",
            condition="IFF Single Plane system",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Single Plane system"),
            forbidden_if=("not", ("unknown", "outside the content tree: IFF Single Plane system")),
            bindings=(("$Plane", (("code", "EV", "113622", "DCM", "Single Plane"),)),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10002",
            condition="IFF Biplane system",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Biplane system"),
            forbidden_if=("not", ("unknown", "outside the content tree: IFF Biplane system")),
            bindings=(("$Plane", (("code", "EV", "113620", "DCM", "Plane A"),)),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10002",
            condition="IFF Biplane system",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Biplane system"),
            forbidden_if=("not", ("unknown", "outside the content tree: IFF Biplane system")),
            bindings=(("$Plane", (("code", "EV", "113621", "DCM", "Plane B"),)),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10003",
            vm_min=1,
            vm_max=None,
            condition='IF any of the values of TID (10001) Row 18 are not (113858, DCM, "MPPS Content"), (113866, DCM, "Copied From Image Attributes") or (113867, DCM, "Computed From Image Attributes")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: any of the values of TID (10001) Row 18 are not §0, §1 or §2",
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121342", "Dose Image"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1020",
            bindings=(
                (
                    "$PersonProcedureRole",
                    (("code", "EV", "113850", "DCM", "Irradiation Authorizing"),),
                ),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113854", "Source of Dose Information"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10020"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ProjectionXRayRadiationDose(TemplatePart):
    """TID 10001 Projection X-Ray Radiation Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "1b"})
    )
    """Row 1b: INCLUDE DTID 1204, VM 1, U"""

    procedure_reported: ProjectionXRayRadiationDoseProcedureReported = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (113704, DCM, \"Projection X-Ray\"), DT (71651007, SCT, \"Mammography\")"""

    acquisition_device_type: groups.Cid10032Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (122142, DCM, \"Acquisition Device Type\"), VM 1, U; values DCID 10032"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1002, VM 1-n, M"""

    scope_of_accumulation: ProjectionXRayRadiationDoseScopeOfAccumulation = field(
        metadata={"row": "6"}
    )
    """Row 6: CODE EV (113705, DCM, \"Scope of Accumulation\"), VM 1, M; values DCID 10000"""

    x_ray_detector_data_available: groups.Cid230Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (113945, DCM, \"X-Ray Detector Data Available\"), VM 1, U; values DCID 230"""

    x_ray_source_data_available: groups.Cid230Code | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (113943, DCM, \"X-Ray Source Data Available\"), VM 1, U; values DCID 230"""

    x_ray_mechanical_data_available: groups.Cid230Code | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CODE EV (113944, DCM, \"X-Ray Mechanical Data Available\"), VM 1, U; values DCID 230"""

    accumulated_x_ray_dose: tid10002.AccumulatedXRayDose | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 10002, VM 1, MC: IFF Single Plane system"""

    accumulated_x_ray_dose_row_12: tid10002.AccumulatedXRayDose | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 10002, VM 1, MC: IFF Biplane system"""

    accumulated_x_ray_dose_row_13: tid10002.AccumulatedXRayDose | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 10002, VM 1, MC: IFF Biplane system"""

    irradiation_event_x_ray_data: list[tid10003.IrradiationEventXRayData] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 10003, VM 1-n, MC: IF any of the values of TID (10001) Row 18 are not (113858, DCM, \"MPPS Content\"), (113866, DCM, \"Copied From Image Attributes\") or (113867, DCM, \"Computed From Image Attributes\")"""

    comment: str | None = field(default=None, metadata={"row": "15"})
    """Row 15: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    dose_image: list[Reference] = field(default_factory=no_items, metadata={"row": "16"})
    """Row 16: IMAGE EV (121342, DCM, \"Dose Image\"), VM 1-n, U"""

    person_participant: tid1020.PersonParticipant | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 1020, VM 1, U"""

    source_of_dose_information: list[groups.Cid10020Code] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: CODE EV (113854, DCM, \"Source of Dose Information\"), VM 1-n, M; values DCID 10020"""


@dataclass(kw_only=True)
class ProjectionXRayRadiationDoseProcedureReported(TemplatePart):
    """Row 2 of TID 10001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    has_intent: groups.Cid3629Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (363703001, SCT, \"Has Intent\"), VM 1, M; values DCID 3629"""


@dataclass(kw_only=True)
class ProjectionXRayRadiationDoseScopeOfAccumulation(TemplatePart):
    """Row 6 of TID 10001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid10000Code
    """The value of row 6 (CODE)."""

    cid_10001: Named[str] = field(metadata={"row": "7"})
    """Row 7: UIDREF DCID 10001, VM 1, M"""
