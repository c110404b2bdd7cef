"""TID 10021 Radiopharmaceutical Radiation Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1204, tid10022, tid10024

__all__ = [
    "TEMPLATE",
    "RadiopharmaceuticalRadiationDose",
    "RadiopharmaceuticalRadiationDoseAssociatedProcedure",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10021",
    name="Radiopharmaceutical Radiation Dose",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113500", "Radiopharmaceutical Radiation Dose Report"),
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
            concept=Code("SCT", "363589002", "Associated Procedure"),
            values=(("cid", "D", "3108"),),
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
            relationship="CONTAINS",
            include="10022",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10024",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiopharmaceuticalRadiationDose(TemplatePart):
    """TID 10021 Radiopharmaceutical Radiation Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "1b"})
    )
    """Row 1b: INCLUDE DTID 1204, VM 1, U"""

    associated_procedure: RadiopharmaceuticalRadiationDoseAssociatedProcedure = field(
        metadata={"row": "2"}
    )
    """Row 2: CODE EV (363589002, SCT, \"Associated Procedure\"), VM 1, M; values DCID 3108"""

    radiopharmaceutical_administration_event_data: tid10022.RadiopharmaceuticalAdministrationEventData = field(
        metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 10022, VM 1, M"""

    imaging_agent_administration_patient_characteristics: (
        tid10024.ImagingAgentAdministrationPatientCharacteristics | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 10024, VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class RadiopharmaceuticalRadiationDoseAssociatedProcedure(TemplatePart):
    """Row 2 of TID 10021."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3108Code
    """The value of row 2 (CODE)."""

    has_intent: groups.Cid3629Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (363703001, SCT, \"Has Intent\"), VM 1, M; values DCID 3629"""
