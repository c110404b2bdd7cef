"""TID 1010 Subject Context, Device.

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
    "SubjectContextDevice",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1010",
    name="Subject Context, Device",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "121193", "Device Subject Name"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121198", "Device Subject UID"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121194", "Device Subject Manufacturer"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121195", "Device Subject Model Name"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121196", "Device Subject Serial Number"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121197", "Device Subject Physical Location during observation"),
        ),
    ),
)


@dataclass(kw_only=True)
class SubjectContextDevice(TemplatePart):
    """TID 1010 Subject Context, Device."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    device_subject_name: str = field(metadata={"row": "1"})
    """Row 1: TEXT EV (121193, DCM, \"Device Subject Name\"), VM 1, M"""

    device_subject_uid: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: UIDREF EV (121198, DCM, \"Device Subject UID\"), VM 1, U"""

    device_subject_manufacturer: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121194, DCM, \"Device Subject Manufacturer\"), VM 1, U"""

    device_subject_model_name: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121195, DCM, \"Device Subject Model Name\"), VM 1, U"""

    device_subject_serial_number: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121196, DCM, \"Device Subject Serial Number\"), VM 1, U"""

    device_subject_physical_location_during_observation: str | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: TEXT EV (121197, DCM, \"Device Subject Physical Location during observation\"), VM 1, U"""
