"""TID 1002 Observer Context.

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
    from dicomodel.templates import tid1003, tid1004, tid1015

__all__ = [
    "TEMPLATE",
    "ObserverContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1002",
    name="Observer Context",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121005", "Observer Type"),
            condition="IF Observer type is device",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF Observer type is device"),
            values=(("cid", "D", "270"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1003",
            condition='IFF Row 1 value = (121006, DCM, "Person") or Row 1 is absent',
            condition_status="parsed",
            required_if=(
                "or",
                ("row_code", "1", (("121006", "DCM"),)),
                ("not", ("row_present", "1")),
            ),
            forbidden_if=(
                "not",
                ("or", ("row_code", "1", (("121006", "DCM"),)), ("not", ("row_present", "1"))),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1004",
            condition='IFF Row 1 value = (121007, DCM, "Device")',
            condition_status="parsed",
            required_if=("row_code", "1", (("121007", "DCM"),)),
            forbidden_if=("not", ("row_code", "1", (("121007", "DCM"),))),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1015",
        ),
    ),
)


@dataclass(kw_only=True)
class ObserverContext(TemplatePart):
    """TID 1002 Observer Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    observer_type: groups.Cid270Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (121005, DCM, \"Observer Type\"), VM 1, MC: IF Observer type is device; values DCID 270"""

    person_observer_identifying_attributes: tid1003.PersonObserverIdentifyingAttributes | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1003, VM 1, MC: IFF Row 1 value = (121006, DCM, \"Person\") or Row 1 is absent"""

    device_observer_identifying_attributes: tid1004.DeviceObserverIdentifyingAttributes | None = (
        field(default=None, metadata={"row": "3"})
    )
    """Row 3: INCLUDE DTID 1004, VM 1, MC: IFF Row 1 value = (121007, DCM, \"Device\")"""

    person_observer_description: tid1015.PersonObserverDescription | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1015, VM 1, U"""
