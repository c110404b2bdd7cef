"""Item class MeasuredDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.dose_units import DoseUnitsValue as _DoseUnitsValue
    from dicomodel.enums.measured_dose_type import MeasuredDoseTypeTerm as _MeasuredDoseTypeTerm
else:
    from dicomodel.lazy import Lazy

    _DoseUnitsValue = Lazy("dicomodel.enums.dose_units", "DoseUnitsValue")
    _MeasuredDoseTypeTerm = Lazy("dicomodel.enums.measured_dose_type", "MeasuredDoseTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.dose_units import DoseUnits as DoseUnits
    from dicomodel.enums.measured_dose_type import MeasuredDoseTypeTerm as MeasuredDoseTypeTerm

__all__ = [
    "DoseUnits",
    "MeasuredDoseReferenceSequenceItem",
    "MeasuredDoseTypeTerm",
]


class MeasuredDoseReferenceSequenceItem(DicomModel):
    """An item of Measured Dose Reference Sequence (3008,0010), as first defined in Measured Dose Reference Record Module Attributes (C.8-55)."""

    dicom_name: ClassVar[str] = "Measured Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-55"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300C0051,
            "IS",
            "1",
            "1C",
            name="Referenced Dose Reference Number",
            when=("not", ("present", 0x30080064)),
            otherwise="shall_not",
        ),
    ] = None
    """Referenced Dose Reference Number (300C,0051): Type 1C, VR IS, VM 1. Required only if Measured Dose Reference Number (3008,0064) is not present. It shall not be present otherwise. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module of referenced RT Plan."""

    MeasuredDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30080064,
            "IS",
            "1",
            "1C",
            name="Measured Dose Reference Number",
            when=("not", ("present", 0x300C0051)),
            otherwise="shall_not",
        ),
    ] = None
    """Measured Dose Reference Number (3008,0064): Type 1C, VR IS, VM 1. Required only if Referenced Dose Reference Number (300C,0051) is not present. It shall not be present otherwise. Unique identifier of measured dose point. Required only if Referenced Dose Reference Number (300C,0051) is not present. It shall not be present otherwise."""

    DoseUnits: Annotated[
        _DoseUnitsValue,
        Attribute(
            0x30040002, "CS", "1", "1", name="Dose Units", enumerated=((0, ("GY", "RELATIVE")),)
        ),
    ]
    """Dose Units (3004,0002): Type 1, VR CS, VM 1. Units used to describe measured dose. Enumerated Values: GY Gray RELATIVE Dose relative to implicit reference value"""

    MeasuredDoseValue: Annotated[
        vr.DS | None, Attribute(0x30080016, "DS", "1", "2", name="Measured Dose Value")
    ]
    """Measured Dose Value (3008,0016): Type 2, VR DS, VM 1. Measured Dose in units specified by Dose Units (3004,0002)."""

    MeasuredDoseType: Annotated[
        _MeasuredDoseTypeTerm | vr.CS | None,
        Attribute(0x30080014, "CS", "1", "2", name="Measured Dose Type"),
    ]
    """Measured Dose Type (3008,0014): Type 2, VR CS, VM 1. Type of dose measurement. Defined Terms: DIODE semiconductor diode TLD thermoluminescent dosimeter ION_CHAMBER ion chamber GEL dose sensitive gel EPID electronic portal imaging device FILM dose sensitive film"""

    MeasuredDoseDescription: Annotated[
        vr.ST | None, Attribute(0x30080012, "ST", "1", "3", name="Measured Dose Description")
    ] = None
    """Measured Dose Description (3008,0012): Type 3, VR ST, VM 1. User-defined description of Dose Reference (e.g., \"Exit dose\", \"Point A\")."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DoseUnits": ("dicomodel.enums.dose_units", "DoseUnits"),
    "MeasuredDoseTypeTerm": ("dicomodel.enums.measured_dose_type", "MeasuredDoseTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
