"""IVUS Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionTerm as _IVUSAcquisitionTerm
else:
    from dicomodel.lazy import Lazy

    _IVUSAcquisitionTerm = Lazy("dicomodel.enums.ivus_acquisition", "IVUSAcquisitionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionTerm as IVUSAcquisitionTerm

__all__ = [
    "IVUSAcquisitionTerm",
    "IVUSImageModule",
]


class IVUSImageModule(DicomModel):
    """IVUS Image Module Attributes (PS3.3 Table C.8.24.4-1)."""

    dicom_name: ClassVar[str] = "IVUS Image"
    dicom_table: ClassVar[str] = "table_C.8.24.4-1"

    IVUSAcquisition: Annotated[
        _IVUSAcquisitionTerm | vr.CS, Attribute(0x00183100, "CS", "1", "1", name="IVUS Acquisition")
    ]
    """IVUS Acquisition (0018,3100): Type 1, VR CS, VM 1. Defined Terms: MOTOR_PULLBACK MANUAL_PULLBACK SELECTIVE GATED_PULLBACK See Section C.8.5.6.1.21"""

    IVUSPullbackRate: Annotated[
        vr.DS | None,
        Attribute(
            0x00183101,
            "DS",
            "1",
            "1C",
            name="IVUS Pullback Rate",
            when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK",)),
        ),
    ] = None
    """IVUS Pullback Rate (0018,3101): Type 1C, VR DS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK. Specified in units of mm/sec. See Section C.8.5.6.1.22"""

    IVUSGatedRate: Annotated[
        vr.DS | None,
        Attribute(
            0x00183102,
            "DS",
            "1",
            "1C",
            name="IVUS Gated Rate",
            when=("value", 0x00183100, 0, "in", ("GATED_PULLBACK",)),
        ),
    ] = None
    """IVUS Gated Rate (0018,3102): Type 1C, VR DS, VM 1. Required if IVUS Acquisition (0018,3100) value is GATED_PULLBACK. Required if IVUS Acquisition (0018,3100) value is GATED_PULLBACK. Specified in units of mm/beat. See Section C.8.5.6.1.23"""

    IVUSPullbackStartFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183103,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Start Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
        ),
    ] = None
    """IVUS Pullback Start Frame Number (0018,3103): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. See Section C.8.5.6.1.24"""

    IVUSPullbackStopFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183104,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Stop Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
        ),
    ] = None
    """IVUS Pullback Stop Frame Number (0018,3104): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. Required if IVUS Acquisition (0018,3100) value is MOTOR_PULLBACK or GATED_PULLBACK. See Section C.8.5.6.1.25"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IVUSAcquisitionTerm": ("dicomodel.enums.ivus_acquisition", "IVUSAcquisitionTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
