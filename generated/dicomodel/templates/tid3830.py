"""TID 3830 Procedure Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProcedureProperties",
    "ProcedurePropertiesClinicalReport",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3830",
    name="Procedure Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept_ref=("parameter", "$ProcType"),
            values=(("parameter", "$Procedure"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept_ref=("parameter", "$ModType"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ModValue"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122146", "Procedure DateTime"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "371524004", "Clinical Report"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121144", "Document Title"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "371524004", "Clinical Report"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121434", "Service Delivery Location"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="PNAME",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121435", "Service Performer"),
            condition="IF Service Performer is a person",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Service Performer is a person"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121435", "Service Performer"),
            condition="IF Service Performer is an organization",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Service Performer is an organization",
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122177", "Procedure Result"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ProcedureResult"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureProperties(TemplatePart):
    """TID 3830 Procedure Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Code
    """The value of row 1 (CODE)."""

    modtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE $ModType, VM 1-n, U; values $ModValue"""

    procedure_datetime: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME DT (122146, DCM, \"Procedure DateTime\"), VM 1, U"""

    clinical_report: list[ProcedurePropertiesClinicalReport] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: COMPOSITE EV (371524004, SCT, \"Clinical Report\"), VM 1-n, U"""

    clinical_report_row_6: list[str] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: TEXT EV (371524004, SCT, \"Clinical Report\"), VM 1-n, U"""

    service_delivery_location: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT DT (121434, DCM, \"Service Delivery Location\"), VM 1, U"""

    service_performer: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: PNAME DT (121435, DCM, \"Service Performer\"), VM 1, UC: IF Service Performer is a person"""

    service_performer_row_9: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT DT (121435, DCM, \"Service Performer\"), VM 1, UC: IF Service Performer is an organization"""

    comment: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    procedure_result: list[Code] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: CODE EV (122177, DCM, \"Procedure Result\"), VM 1-n, U; values $ProcedureResult"""


@dataclass(kw_only=True)
class ProcedurePropertiesClinicalReport(TemplatePart):
    """Row 4 of TID 3830."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Reference
    """The value of row 4 (COMPOSITE)."""

    document_title: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (121144, DCM, \"Document Title\"), VM 1, U"""
