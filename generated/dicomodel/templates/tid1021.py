"""TID 1021 Device Participant.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "DeviceParticipant",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1021",
    name="Device Participant",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "113876", "Device Role in Procedure"),
            values=(("parameter", "$DeviceProcedureRole"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113877", "Device Name"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113878", "Device Manufacturer"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113879", "Device Model Name"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113880", "Device Serial Number"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121012", "Device Observer UID"),
        ),
    ),
)


@dataclass(kw_only=True)
class DeviceParticipant(TemplatePart):
    """TID 1021 Device Participant."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    device_name: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (113877, DCM, \"Device Name\"), VM 1, U"""

    device_manufacturer: str = field(metadata={"row": "3"})
    """Row 3: TEXT EV (113878, DCM, \"Device Manufacturer\"), VM 1, M"""

    device_model_name: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113879, DCM, \"Device Model Name\"), VM 1, M"""

    device_serial_number: str = field(metadata={"row": "5"})
    """Row 5: TEXT EV (113880, DCM, \"Device Serial Number\"), VM 1, M"""

    device_observer_uid: str = field(metadata={"row": "6"})
    """Row 6: UIDREF EV (121012, DCM, \"Device Observer UID\"), VM 1, M"""
