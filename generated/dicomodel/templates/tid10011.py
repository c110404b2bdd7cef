"""TID 10011 CT Radiation Dose.

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
    from dicomodel.templates import tid1002, tid1020, tid1204, tid10012, tid10013

__all__ = [
    "TEMPLATE",
    "CTRadiationDose",
    "CTRadiationDoseProcedureReported",
    "CTRadiationDoseScopeOfAccumulation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10011",
    name="CT Radiation Dose",
    extensible=True,
    order_significant=True,
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
            values=(("code", "EV", "77477000", "SCT", "Computed Tomography X-Ray"),),
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
            value_type="INCLUDE",
            requirement="M",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "113809", "Start of X-Ray Irradiation"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "113810", "End of X-Ray Irradiation"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "113705", "Scope of Accumulation"),
            values=(("cid", "D", "10000"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="UIDREF",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "10001"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10012",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10013",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113854", "Source of Dose Information"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10021"),),
        ),
        RowDef(
            key="13",
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
    ),
)


@dataclass(kw_only=True)
class CTRadiationDose(TemplatePart):
    """TID 10011 CT Radiation Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "1b"})
    )
    """Row 1b: INCLUDE DTID 1204, VM 1, U"""

    procedure_reported: CTRadiationDoseProcedureReported = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values EV (77477000, SCT, \"Computed Tomography X-Ray\")"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1002, VM 1-n, M"""

    start_of_x_ray_irradiation: str = field(metadata={"row": "5"})
    """Row 5: DATETIME EV (113809, DCM, \"Start of X-Ray Irradiation\"), VM 1, M"""

    end_of_x_ray_irradiation: str = field(metadata={"row": "6"})
    """Row 6: DATETIME EV (113810, DCM, \"End of X-Ray Irradiation\"), VM 1, M"""

    scope_of_accumulation: CTRadiationDoseScopeOfAccumulation = field(metadata={"row": "7"})
    """Row 7: CODE EV (113705, DCM, \"Scope of Accumulation\"), VM 1, M; values DCID 10000"""

    ct_accumulated_dose_data: tid10012.CTAccumulatedDoseData = field(metadata={"row": "9"})
    """Row 9: INCLUDE DTID 10012, VM 1, M"""

    ct_irradiation_event_data: list[tid10013.CTIrradiationEventData] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 10013, VM 1-n, M"""

    comment: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    source_of_dose_information: list[groups.Cid10021Code] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (113854, DCM, \"Source of Dose Information\"), VM 1-n, M; values DCID 10021"""

    person_participant: tid1020.PersonParticipant | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 1020, VM 1, U"""


@dataclass(kw_only=True)
class CTRadiationDoseProcedureReported(TemplatePart):
    """Row 2 of TID 10011."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    has_intent: groups.Cid3629Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (363703001, SCT, \"Has Intent\"), VM 1, M; values DCID 3629"""


@dataclass(kw_only=True)
class CTRadiationDoseScopeOfAccumulation(TemplatePart):
    """Row 7 of TID 10011."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid10000Code
    """The value of row 7 (CODE)."""

    cid_10001: Named[str] = field(metadata={"row": "8"})
    """Row 8: UIDREF DCID 10001, VM 1, M"""
