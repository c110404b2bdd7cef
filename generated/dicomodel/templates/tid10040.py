"""TID 10040 Enhanced X-Ray Radiation Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1020, tid1204, tid10041, tid10042, tid10043

__all__ = [
    "TEMPLATE",
    "EnhancedXRayRadiationDose",
    "EnhancedXRayRadiationDoseProcedureReported",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10040",
    name="Enhanced X-Ray Radiation Dose",
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
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "10005"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363703001", "Has Intent"),
            values=(("cid", "D", "3629"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
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
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10041",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10042",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10043",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="11",
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
            key="12",
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
class EnhancedXRayRadiationDose(TemplatePart):
    """TID 10040 Enhanced X-Ray Radiation Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    procedure_reported: EnhancedXRayRadiationDoseProcedureReported = field(metadata={"row": "3"})
    """Row 3: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values BCID 10005"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1002, VM 1-n, M"""

    scope_of_accumulation: groups.Cid10000Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (113705, DCM, \"Scope of Accumulation\"), VM 1, M; values DCID 10000"""

    accumulated_dose_data: list[tid10041.AccumulatedDoseData] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 10041, VM 1-n, U"""

    irradiation_event_summary_data: list[tid10042.IrradiationEventSummaryData] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 10042, VM 1-n, M"""

    irradiation_details: tid10043.IrradiationDetails = field(metadata={"row": "9"})
    """Row 9: INCLUDE DTID 10043, VM 1, M"""

    comment: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    person_participant: tid1020.PersonParticipant | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 1020, VM 1, U"""

    source_of_dose_information: list[groups.Cid10020Code] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (113854, DCM, \"Source of Dose Information\"), VM 1-n, M; values DCID 10020"""


@dataclass(kw_only=True)
class EnhancedXRayRadiationDoseProcedureReported(TemplatePart):
    """Row 3 of TID 10040."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid10005Code | Code
    """The value of row 3 (CODE)."""

    has_intent: groups.Cid3629Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (363703001, SCT, \"Has Intent\"), VM 1, M; values DCID 3629"""
