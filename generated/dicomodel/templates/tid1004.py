"""TID 1004 Device Observer Identifying Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "DeviceObserverIdentifyingAttributes",
    "DeviceObserverIdentifyingAttributesUniqueDeviceIdentifiers",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1004",
    name="Device Observer Identifying Attributes",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="UIDREF",
            requirement="M",
            concept=Code("DCM", "121012", "Device Observer UID"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121013", "Device Observer Name"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121014", "Device Observer Manufacturer"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121015", "Device Observer Model Name"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121016", "Device Observer Serial Number"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121017", "Device Observer Physical Location During Observation"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "113876", "Device Role in Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "7445"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "110119", "Station AE Title"),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121061", "Device Observer Manufacturer Class UID"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="CONTAINER",
            requirement="U",
            concept=Code("DCM", "121000", "Unique Device Identifiers"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "74711-3", "Unique Device Identifier"),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "120999", "Device Description"),
        ),
    ),
)


@dataclass(kw_only=True)
class DeviceObserverIdentifyingAttributes(TemplatePart):
    """TID 1004 Device Observer Identifying Attributes."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    device_observer_uid: str = field(metadata={"row": "1"})
    """Row 1: UIDREF EV (121012, DCM, \"Device Observer UID\"), VM 1, M"""

    device_observer_name: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121013, DCM, \"Device Observer Name\"), VM 1, U"""

    device_observer_manufacturer: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121014, DCM, \"Device Observer Manufacturer\"), VM 1, U"""

    device_observer_model_name: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121015, DCM, \"Device Observer Model Name\"), VM 1, U"""

    device_observer_serial_number: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121016, DCM, \"Device Observer Serial Number\"), VM 1, U"""

    device_observer_physical_location_during_observation: str | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: TEXT EV (121017, DCM, \"Device Observer Physical Location During Observation\"), VM 1, U"""

    device_role_in_procedure: list[groups.Cid7445Code | Code] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (113876, DCM, \"Device Role in Procedure\"), VM 1-n, U; values BCID 7445"""

    station_ae_title: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (110119, DCM, \"Station AE Title\"), VM 1, U"""

    device_observer_manufacturer_class_uid: list[str] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: UIDREF EV (121061, DCM, \"Device Observer Manufacturer Class UID\"), VM 1-n, U"""

    unique_device_identifiers: list[DeviceObserverIdentifyingAttributesUniqueDeviceIdentifiers] = (
        field(default_factory=no_items, metadata={"row": "10"})
    )
    """Row 10: CONTAINER EV (121000, DCM, \"Unique Device Identifiers\"), VM 1-n, U"""


@dataclass(kw_only=True)
class DeviceObserverIdentifyingAttributesUniqueDeviceIdentifiers(TemplatePart):
    """Row 10 of TID 1004."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    unique_device_identifier: str = field(metadata={"row": "11"})
    """Row 11: TEXT EV (74711-3, LN, \"Unique Device Identifier\"), VM 1, M"""

    device_description: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (120999, DCM, \"Device Description\"), VM 1, U"""
