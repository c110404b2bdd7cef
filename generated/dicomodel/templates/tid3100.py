"""TID 3100 Procedure Action.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "ProcedureAction",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3100",
    name="Procedure Action",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept_ref=("cid", "D", "3421"),
            values=(("cid", "B", "3405"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121124", "Procedure Action ID"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "B", "7453"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121128", "Procedure Action Duration"),
        ),
        RowDef(key="5", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="6",
            nesting=1,
            value_type="UIDREF",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121126", "Performed Procedure Step SOP Instance UID"),
            condition="IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step",
                ),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="UIDREF",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121127", "Performed Procedure Step SOP Class UID"),
            condition="IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureAction(TemplatePart):
    """TID 3100 Procedure Action."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3421Code
    """The concept name of row 1."""

    value: groups.Cid3405Code | Code
    """The value of row 1 (CODE)."""

    procedure_action_id: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (121124, DCM, \"Procedure Action ID\"), VM 1, M"""

    cid_7453: list[Named[str]] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: PNAME BCID 7453, VM 1-n, U"""

    procedure_action_duration: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (121128, DCM, \"Procedure Action Duration\"), VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3010, VM 1, U"""

    performed_procedure_step_sop_instance_uid: str | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: UIDREF EV (121126, DCM, \"Performed Procedure Step SOP Instance UID\"), VM 1, MC: IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step"""

    performed_procedure_step_sop_class_uid: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: UIDREF EV (121127, DCM, \"Performed Procedure Step SOP Class UID\"), VM 1, MC: IFF a Performed Procedure Step SOP Class is used to provide status of the Procedure Step"""
