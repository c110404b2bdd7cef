"""Item class DeliveredDepthDoseParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.delivered_reference_dose_definition import (
        DeliveredReferenceDoseDefinitionTerm as _DeliveredReferenceDoseDefinitionTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _DeliveredReferenceDoseDefinitionTerm = Lazy(
        "dicomodel.enums.delivered_reference_dose_definition",
        "DeliveredReferenceDoseDefinitionTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.delivered_reference_dose_definition import (
        DeliveredReferenceDoseDefinitionTerm as DeliveredReferenceDoseDefinitionTerm,
    )

__all__ = [
    "DeliveredDepthDoseParametersSequenceItem",
    "DeliveredReferenceDoseDefinitionTerm",
]


class DeliveredDepthDoseParametersSequenceItem(DicomModel):
    """An item of Delivered Depth Dose Parameters Sequence (300A,0506), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Delivered Depth Dose Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    DeliveredReferenceDoseDefinition: Annotated[
        _DeliveredReferenceDoseDefinitionTerm | vr.CS,
        Attribute(0x300A0511, "CS", "1", "1", name="Delivered Reference Dose Definition"),
    ]
    """Delivered Reference Dose Definition (300A,0511): Type 1, VR CS, VM 1. Definition of the 100% delivered reference dose level. Defined Terms: HIGHEST MAXIMUM CENTER See Section C.8.8.25.9."""

    DeliveredDistalDepth: Annotated[
        vr.FL, Attribute(0x300A0508, "FL", "1", "1", name="Delivered Distal Depth")
    ]
    """Delivered Distal Depth (300A,0508): Type 1, VR FL, VM 1. Penetration depth in water (mm) of the delivered particle excluding any user-installed range modifying devices, measured at the Delivered Distal Depth Fraction (300A,0507). See Section C.8.8.25.9."""

    DeliveredDistalDepthFraction: Annotated[
        vr.FL, Attribute(0x300A0507, "FL", "1", "1", name="Delivered Distal Depth Fraction")
    ]
    """Delivered Distal Depth Fraction (300A,0507): Type 1, VR FL, VM 1. Fraction of the value of dose relative to the 100% level defined by Delivered Reference Dose Definition (300A,0511). This determines the Delivered Distal Depth (300A,0508)."""

    DeliveredNominalRangeModulatedRegionDepths: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A0510,
            "FL",
            "2",
            "1C",
            name="Delivered Nominal Range Modulated Region Depths",
            when=("value", 0x300A0511, 0, "in", ("CENTER",)),
        ),
    ] = None
    """Delivered Nominal Range Modulated Region Depths (300A,0510): Type 1C, VR FL, VM 2. Required if Delivered Reference Dose Definition (300A,0511) has the value CENTER. The depths of the proximal and distal limits of the range modulated region in water. Contains two values (in mm). The first value defines the depth of the proximal limit. The second value defines the depth of the distal limit."""

    DeliveredNominalRangeModulationFractions: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x300A0509,
            "FL",
            "2",
            "1C",
            name="Delivered Nominal Range Modulation Fractions",
            when=("present", 0x300A0510),
        ),
    ] = None
    """Delivered Nominal Range Modulation Fractions (300A,0509): Type 1C, VR FL, VM 2. Required if Delivered Nominal Range Modulated Region Depths (300A,0510) is present. Delivered Fractions of the Delivered Reference Dose Definition (300A,0511) defining the proximal and distal limits at which the range-modulated region is defined. Contains two values."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DeliveredReferenceDoseDefinitionTerm": (
        "dicomodel.enums.delivered_reference_dose_definition",
        "DeliveredReferenceDoseDefinitionTerm",
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
