"""Item class ApplicatorSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorTypeValue as _ApplicatorTypeValue
else:
    from dicomodel.lazy import Lazy

    _ApplicatorTypeValue = Lazy("dicomodel.enums.applicator_type", "ApplicatorTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorType as ApplicatorType

__all__ = [
    "ApplicatorSequenceItemRTGeneralMachineVerification",
    "ApplicatorType",
]


class ApplicatorSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Applicator Sequence (300A,0107), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Applicator Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    ApplicatorID: Annotated[
        vr.SH | None, Attribute(0x300A0108, "SH", "1", None, name="Applicator ID")
    ] = None
    """Applicator ID (300A,0108): no Type, VR SH, VM 1. User or machine supplied identifier for Applicator."""

    ApplicatorType: Annotated[
        _ApplicatorTypeValue | None,
        Attribute(
            0x300A0109,
            "CS",
            "1",
            None,
            name="Applicator Type",
            enumerated=(
                (
                    0,
                    (
                        "ELECTRON_SQUARE",
                        "ELECTRON_RECT",
                        "ELECTRON_CIRC",
                        "ELECTRON_SHORT",
                        "ELECTRON_OPEN",
                        "INTRAOPERATIVE",
                        "STEREOTACTIC",
                    ),
                ),
            ),
        ),
    ] = None
    """Applicator Type (300A,0109): no Type, VR CS, VM 1. Type of Applicator. Enumerated Values: ELECTRON_SQUARE square electron applicator ELECTRON_RECT rectangular electron applicator ELECTRON_CIRC circular electron applicator ELECTRON_SHORT short electron applicator ELECTRON_OPEN open (dummy) e..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorType": ("dicomodel.enums.applicator_type", "ApplicatorType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
