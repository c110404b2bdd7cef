"""TID 8130 Anesthesia.

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
    from dicomodel.templates import tid8131

__all__ = [
    "TEMPLATE",
    "Anesthesia",
    "AnesthesiaAnesthesiaMethodSet",
    "AnesthesiaAnesthesiaMethodSetAnesthesiaMethod",
    "AnesthesiaAirwayManagementSet",
    "AnesthesiaAirwayManagementSetAirwayManagement",
    "AnesthesiaMedicationsSet",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8130",
    name="Anesthesia",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "399097000", "Administration of anesthesia"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127300", "Anesthesia Method Set"),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127301", "Anesthesia Method"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127302", "Anesthesia Category"),
            values=(("cid", "D", "611"),),
        ),
        RowDef(
            key="5",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127303", "Anesthesia SubCategory"),
        ),
        RowDef(
            key="6",
            nesting=3,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "398325003", "Anesthesia Start Time"),
        ),
        RowDef(
            key="7",
            nesting=3,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "398164008", "Anesthesia Finish Time"),
        ),
        RowDef(
            key="8",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "241687005", "Anesthesia Induction"),
            values=(("cid", "D", "613"),),
        ),
        RowDef(
            key="9",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "241695009", "Anesthesia Maintenance"),
            values=(("cid", "D", "615"),),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127310", "Airway Management Set"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "386509000", "Airway Management"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127312", "Airway Management Method"),
            values=(("cid", "D", "617"),),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127313", "Airway Sub-Management Method"),
            values=(("cid", "D", "619"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "127320", "Medications Set"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "128954007", "Procedure Phase"),
            values=(("cid", "D", "631"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="8131",
            vm_min=1,
            vm_max=None,
            bindings=(("$DrugAdministered", (("cid", "D", "623"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class Anesthesia(TemplatePart):
    """TID 8130 Anesthesia."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    anesthesia_method_set: AnesthesiaAnesthesiaMethodSet = field(metadata={"row": "2"})
    """Row 2: CONTAINER EV (127300, DCM, \"Anesthesia Method Set\"), VM 1, M"""

    airway_management_set: AnesthesiaAirwayManagementSet = field(metadata={"row": "11"})
    """Row 11: CONTAINER EV (127310, DCM, \"Airway Management Set\"), VM 1, M"""

    medications_set: list[AnesthesiaMedicationsSet] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: CONTAINER EV (127320, DCM, \"Medications Set\"), VM 1-n, M"""


@dataclass(kw_only=True)
class AnesthesiaAnesthesiaMethodSet(TemplatePart):
    """Row 2 of TID 8130."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    anesthesia_method: list[AnesthesiaAnesthesiaMethodSetAnesthesiaMethod] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (127301, DCM, \"Anesthesia Method\"), VM 1-n, M"""


@dataclass(kw_only=True)
class AnesthesiaAnesthesiaMethodSetAnesthesiaMethod(TemplatePart):
    """Row 3 of TID 8130."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    anesthesia_category: groups.Cid611Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (127302, DCM, \"Anesthesia Category\"), VM 1, M; values DCID 611"""

    anesthesia_subcategory: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (127303, DCM, \"Anesthesia SubCategory\"), VM 1, U"""

    anesthesia_start_time: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: DATETIME EV (398325003, SCT, \"Anesthesia Start Time\"), VM 1, U"""

    anesthesia_finish_time: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATETIME EV (398164008, SCT, \"Anesthesia Finish Time\"), VM 1, U"""

    anesthesia_induction: groups.Cid613Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (241687005, SCT, \"Anesthesia Induction\"), VM 1, U; values DCID 613"""

    anesthesia_maintenance: groups.Cid615Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (241695009, SCT, \"Anesthesia Maintenance\"), VM 1, U; values DCID 615"""

    comment: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class AnesthesiaAirwayManagementSet(TemplatePart):
    """Row 11 of TID 8130."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    airway_management: list[AnesthesiaAirwayManagementSetAirwayManagement] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CONTAINER EV (386509000, SCT, \"Airway Management\"), VM 1-n, M"""


@dataclass(kw_only=True)
class AnesthesiaAirwayManagementSetAirwayManagement(TemplatePart):
    """Row 12 of TID 8130."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    airway_management_method: groups.Cid617Code = field(metadata={"row": "13"})
    """Row 13: CODE EV (127312, DCM, \"Airway Management Method\"), VM 1, M; values DCID 617"""

    airway_sub_management_method: groups.Cid619Code = field(metadata={"row": "14"})
    """Row 14: CODE EV (127313, DCM, \"Airway Sub-Management Method\"), VM 1, M; values DCID 619"""


@dataclass(kw_only=True)
class AnesthesiaMedicationsSet(TemplatePart):
    """Row 15 of TID 8130."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    procedure_phase: groups.Cid631Code = field(metadata={"row": "16"})
    """Row 16: CODE EV (128954007, SCT, \"Procedure Phase\"), VM 1, M; values DCID 631"""

    medications_and_mixture_medications: list[tid8131.MedicationsAndMixtureMedications] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 8131, VM 1-n, M"""
