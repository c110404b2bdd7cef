"""TID 10003A Irradiation Event X-Ray Detector Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1021

__all__ = [
    "TEMPLATE",
    "IrradiationEventXRayDetectorData",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10003A",
    name="Irradiation Event X-Ray Detector Data",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113845", "Exposure Index"),
            condition="IF the value is displayable to the X-Ray system operator.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the value is displayable to the X-Ray system operator",
            ),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113846", "Target Exposure Index"),
            condition="IF the value is displayable to the X-Ray system operator.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the value is displayable to the X-Ray system operator",
            ),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113847", "Deviation Index"),
            condition="IF the value is displayable to the X-Ray system operator.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF the value is displayable to the X-Ray system operator",
            ),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1021",
            bindings=(
                (
                    "$DeviceProcedureRole",
                    (("code", "EV", "113942", "DCM", "X-Ray Reading Device"),),
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="IMAGE",
            requirement="MC",
            concept=Code("DCM", "113795", "Acquired Image"),
            vm_min=1,
            vm_max=None,
            condition="IFF Image Object is created for this irradiation event",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF Image Object is created for this irradiation event",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF Image Object is created for this irradiation event",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class IrradiationEventXRayDetectorData(TemplatePart):
    """TID 10003A Irradiation Event X-Ray Detector Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    exposure_index: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (113845, DCM, \"Exposure Index\"), VM 1, MC: IF the value is displayable to the X-Ray system operator.; units EV (1, UCUM, \"no units\")"""

    target_exposure_index: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (113846, DCM, \"Target Exposure Index\"), VM 1, MC: IF the value is displayable to the X-Ray system operator.; units EV (1, UCUM, \"no units\")"""

    deviation_index: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (113847, DCM, \"Deviation Index\"), VM 1, MC: IF the value is displayable to the X-Ray system operator.; units EV (1, UCUM, \"no units\")"""

    device_participant: tid1021.DeviceParticipant | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1021, VM 1, U"""

    acquired_image: list[Reference] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: IMAGE EV (113795, DCM, \"Acquired Image\"), VM 1-n, MC: IFF Image Object is created for this irradiation event"""
