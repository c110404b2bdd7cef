"""TID 1006 Subject Context.

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
    from dicomodel.templates import tid1007, tid1008, tid1009, tid1010

__all__ = [
    "TEMPLATE",
    "SubjectContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1006",
    name="Subject Context",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "121024", "Subject Class"),
            condition="IF subject is not the Patient",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF subject is not the Patient"),
            values=(("cid", "D", "271"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="UC",
            include="1007",
            condition='IFF Row 1 value = (121025, DCM, "Patient") or Row 1 is absent',
            condition_status="parsed",
            required_if=(
                "or",
                ("row_code", "1", (("121025", "DCM"),)),
                ("not", ("row_present", "1")),
            ),
            forbidden_if=(
                "not",
                ("or", ("row_code", "1", (("121025", "DCM"),)), ("not", ("row_present", "1"))),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="UC",
            include="1008",
            condition='IFF Row 1 value = (121026, DCM, "Fetus")',
            condition_status="parsed",
            required_if=("row_code", "1", (("121026", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("121026", "DCM"),))),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="UC",
            include="1009",
            condition='IFF Row 1 value = (121027, DCM, "Specimen")',
            condition_status="parsed",
            required_if=("row_code", "1", (("121027", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("121027", "DCM"),))),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="UC",
            include="1010",
            condition='IFF Row 1 value = (121192, DCM, "Device Subject")',
            condition_status="parsed",
            required_if=("row_code", "1", (("121192", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("121192", "DCM"),))),
        ),
    ),
)


@dataclass(kw_only=True)
class SubjectContext(TemplatePart):
    """TID 1006 Subject Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    subject_class: groups.Cid271Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (121024, DCM, \"Subject Class\"), VM 1, MC: IF subject is not the Patient; values DCID 271"""

    subject_context_patient: tid1007.SubjectContextPatient | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1007, VM 1, UC: IFF Row 1 value = (121025, DCM, \"Patient\") or Row 1 is absent"""

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1008, VM 1, UC: IFF Row 1 value = (121026, DCM, \"Fetus\")"""

    subject_context_specimen: tid1009.SubjectContextSpecimen | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1009, VM 1, UC: IFF Row 1 value = (121027, DCM, \"Specimen\")"""

    subject_context_device: tid1010.SubjectContextDevice | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1010, VM 1, UC: IFF Row 1 value = (121192, DCM, \"Device Subject\")"""
