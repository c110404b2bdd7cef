"""Item class DepthDoseParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.reference_dose_definition import (
        ReferenceDoseDefinitionTerm as _ReferenceDoseDefinitionTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferenceDoseDefinitionTerm = Lazy(
        "dicomodel.enums.reference_dose_definition", "ReferenceDoseDefinitionTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.reference_dose_definition import (
        ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm,
    )

__all__ = [
    "DepthDoseParametersSequenceItem",
    "ReferenceDoseDefinitionTerm",
]


class DepthDoseParametersSequenceItem(DicomModel):
    """An item of Depth Dose Parameters Sequence (300A,0505), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Depth Dose Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    ReferenceDoseDefinition: Annotated[
        _ReferenceDoseDefinitionTerm | vr.CS,
        Attribute(0x300A0512, "CS", "1", "1", name="Reference Dose Definition"),
    ]
    """Reference Dose Definition (300A,0512): Type 1, VR CS, VM 1. Definition of the 100% reference dose level. Defined Terms: HIGHEST MAXIMUM CENTER See Section C.8.8.25.9."""

    DistalDepth: Annotated[vr.FL, Attribute(0x300A0502, "FL", "1", "1", name="Distal Depth")]
    """Distal Depth (300A,0502): Type 1, VR FL, VM 1. Penetration depth in water (mm) of the particle excluding any user-installed range modifying devices, measured at the Distal Depth Fraction (300A,0501). See Section C.8.8.25.9."""

    DistalDepthFraction: Annotated[
        vr.FL, Attribute(0x300A0501, "FL", "1", "1", name="Distal Depth Fraction")
    ]
    """Distal Depth Fraction (300A,0501): Type 1, VR FL, VM 1. Fraction of the value of dose relative to the 100% level defined by Reference Dose Definition (300A,0512). This determines the Distal Depth (300A,0502)."""

    NominalRangeModulatedRegionDepths: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A0504,
            "FL",
            "2",
            "1C",
            name="Nominal Range Modulated Region Depths",
            when=("value", 0x300A0512, 0, "in", ("CENTER",)),
        ),
    ] = None
    """Nominal Range Modulated Region Depths (300A,0504): Type 1C, VR FL, VM 2. Required if Reference Dose Definition (300A,0512) has the value CENTER. The depths of the proximal and distal limits of the range modulated region in water. Contains two values (in mm). The first value defines the depth of the proximal limit. The second value defines the depth of the distal limit."""

    NominalRangeModulationFractions: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A0503,
            "FL",
            "2",
            "1C",
            name="Nominal Range Modulation Fractions",
            when=("present", 0x300A0504),
        ),
    ] = None
    """Nominal Range Modulation Fractions (300A,0503): Type 1C, VR FL, VM 2. Required if Nominal Range Modulated Region Depths (300A,0504) is present. Fractions of the Reference Dose Definition (300A,0512) defining the proximal and distal limits at which the range-modulated region is defined. Contains two values."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferenceDoseDefinitionTerm": (
        "dicomodel.enums.reference_dose_definition",
        "ReferenceDoseDefinitionTerm",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
