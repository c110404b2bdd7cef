"""Item class RecordedSourceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.source_strength_units import (
        SourceStrengthUnitsValue as _SourceStrengthUnitsValue,
    )
    from dicomodel.enums.source_type import SourceTypeTerm as _SourceTypeTerm
else:
    from dicomodel.lazy import Lazy

    _SourceStrengthUnitsValue = Lazy(
        "dicomodel.enums.source_strength_units", "SourceStrengthUnitsValue"
    )
    _SourceTypeTerm = Lazy("dicomodel.enums.source_type", "SourceTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.source_strength_units import SourceStrengthUnits as SourceStrengthUnits
    from dicomodel.enums.source_type import SourceTypeTerm as SourceTypeTerm

__all__ = [
    "RecordedSourceSequenceItem",
    "SourceStrengthUnits",
    "SourceTypeTerm",
]


class RecordedSourceSequenceItem(DicomModel):
    """An item of Recorded Source Sequence (3008,0100), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Recorded Source Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    SourceNumber: Annotated[vr.IS, Attribute(0x300A0212, "IS", "1", "1", name="Source Number")]
    """Source Number (300A,0212): Type 1, VR IS, VM 1. Identification number of the Source. The value of Source Number (300A,0212) shall be unique within the Recorded Source Sequence (3008,0100) in which it is created."""

    SourceType: Annotated[
        _SourceTypeTerm | vr.CS, Attribute(0x300A0214, "CS", "1", "1", name="Source Type")
    ]
    """Source Type (300A,0214): Type 1, VR CS, VM 1. Type of Source. Defined Terms: POINT LINE CYLINDER SPHERE"""

    SourceModelID: Annotated[
        vr.SH | None, Attribute(0x300A021B, "SH", "1", "3", name="Source Model ID")
    ] = None
    """Source Model ID (300A,021B): Type 3, VR SH, VM 1. User-supplied identifier for the radioactive source model that was used for the source in the treatment plan of which this session record is based to. See Section C.8.8.15.15."""

    SourceManufacturer: Annotated[
        vr.LO | None, Attribute(0x300A0216, "LO", "1", "2", name="Source Manufacturer")
    ]
    """Source Manufacturer (300A,0216): Type 2, VR LO, VM 1. Manufacturer of source."""

    SourceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x30080105, "LO", "1", "2", name="Source Serial Number")
    ]
    """Source Serial Number (3008,0105): Type 2, VR LO, VM 1. Serial Number of source."""

    SourceIsotopeName: Annotated[
        vr.LO, Attribute(0x300A0226, "LO", "1", "1", name="Source Isotope Name")
    ]
    """Source Isotope Name (300A,0226): Type 1, VR LO, VM 1. User-defined name of Isotope."""

    SourceIsotopeHalfLife: Annotated[
        vr.DS, Attribute(0x300A0228, "DS", "1", "1", name="Source Isotope Half Life")
    ]
    """Source Isotope Half Life (300A,0228): Type 1, VR DS, VM 1. Half-life of Isotope (days)."""

    SourceStrengthUnits: Annotated[
        _SourceStrengthUnitsValue | None,
        Attribute(
            0x300A0229,
            "CS",
            "1",
            "1C",
            name="Source Strength Units",
            enumerated=((0, ("AIR_KERMA_RATE", "DOSE_RATE_WATER")),),
            when=(
                "unknown",
                "names no attribute: the source is not a gamma-emitting ( photon ) source",
            ),
            otherwise="may",
        ),
    ] = None
    """Source Strength Units (300A,0229): Type 1C, VR CS, VM 1. Required if the source is not a gamma-emitting (photon) source. May be present otherwise. Measurement unit of Source Strength. Required if the source is not a gamma-emitting (photon) source. May be present otherwise. Enumerated Values: AIR_KERMA_RATE Air Kerma Rate if Source is Gamma emitting Isotope."""

    ReferenceAirKermaRate: Annotated[
        vr.DS, Attribute(0x300A022A, "DS", "1", "1", name="Reference Air Kerma Rate")
    ]
    """Reference Air Kerma Rate (300A,022A): Type 1, VR DS, VM 1. Air Kerma Rate in air of Isotope specified at Source Strength Reference Date (300A,022C) and Source Strength Reference Time (300A,022E) (in µGy h-1 at 1 m). Value shall be zero for non-gamma sources."""

    SourceStrength: Annotated[
        vr.DS | None,
        Attribute(
            0x300A022B,
            "DS",
            "1",
            "1C",
            name="Source Strength",
            when=(
                "unknown",
                "names no attribute: the source is not a gamma-emitting ( photon ) source",
            ),
        ),
    ] = None
    """Source Strength (300A,022B): Type 1C, VR DS, VM 1. Required if the source is not a gamma-emitting (photon) source. Source Strength of Isotope at Source Strength Reference Date (300A,022C) and Source Strength Reference Time (300A,022E), in units specified in Source Strength Units (300A,0229)."""

    SourceStrengthReferenceDate: Annotated[
        vr.DA, Attribute(0x300A022C, "DA", "1", "1", name="Source Strength Reference Date")
    ]
    """Source Strength Reference Date (300A,022C): Type 1, VR DA, VM 1. Reference date for Reference Air Kerma Rate (300A,022A) or Source Strength (300A,022B) of Isotope."""

    SourceStrengthReferenceTime: Annotated[
        vr.TM, Attribute(0x300A022E, "TM", "1", "1", name="Source Strength Reference Time")
    ]
    """Source Strength Reference Time (300A,022E): Type 1, VR TM, VM 1. Reference time for Air Kerma Rate (300A,022A) or Source Strength (300A,022B) of Isotope."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SourceStrengthUnits": ("dicomodel.enums.source_strength_units", "SourceStrengthUnits"),
    "SourceTypeTerm": ("dicomodel.enums.source_type", "SourceTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
