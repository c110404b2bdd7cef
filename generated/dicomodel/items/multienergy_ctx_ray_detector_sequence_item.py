"""Item class MultienergyCTXRayDetectorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as _MultienergyDetectorTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyDetectorTypeTerm = Lazy(
        "dicomodel.enums.multienergy_detector_type", "MultienergyDetectorTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm,
    )

__all__ = [
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyDetectorTypeTerm",
]


class MultienergyCTXRayDetectorSequenceItem(DicomModel):
    """An item of Multi-energy CT X-Ray Detector Sequence (0018,936F), as first defined in Multi-energy CT X-Ray Detector Macro Attributes (C.8.2.2-3)."""

    dicom_name: ClassVar[str] = "Multi-energy CT X-Ray Detector Sequence"
    dicom_table: ClassVar[str] = "table_C.8.2.2-3"

    XRayDetectorIndex: Annotated[
        vr.US, Attribute(0x00189370, "US", "1", "1", name="X-Ray Detector Index")
    ]
    """X-Ray Detector Index (0018,9370): Type 1, VR US, VM 1. Identification number of this item in the Multi-energy CT X-Ray Detector Sequence. The number shall be 1 for the first Item and increase by 1 for each subsequent Item."""

    XRayDetectorID: Annotated[
        vr.UC, Attribute(0x00189371, "UC", "1", "1", name="X-Ray Detector ID")
    ]
    """X-Ray Detector ID (0018,9371): Type 1, VR UC, VM 1. Identifier of the physical X-Ray detector. This might be the serial number. When a single detector discriminates different energies, the X-Ray Detector ID (0018,9371) will have the same value in different Items of Multi-energy CT X-Ray Dete..."""

    MultienergyDetectorType: Annotated[
        _MultienergyDetectorTypeTerm | vr.CS,
        Attribute(0x00189372, "CS", "1", "1", name="Multi-energy Detector Type"),
    ]
    """Multi-energy Detector Type (0018,9372): Type 1, VR CS, VM 1. Technology used to detect multiple energies. Defined Terms: INTEGRATING physical detector integrates the full X-Ray spectrum."""

    XRayDetectorLabel: Annotated[
        vr.ST | None, Attribute(0x00189373, "ST", "1", "3", name="X-Ray Detector Label")
    ] = None
    """X-Ray Detector Label (0018,9373): Type 3, VR ST, VM 1. Label of this item in the Multi-energy CT X-Ray Detector Sequence. The label might be High, Low or some nominal bin energy."""

    NominalMaxEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x00189374,
            "DS",
            "1",
            "1C",
            name="Nominal Max Energy",
            when=("value", 0x00189372, 0, "in", ("PHOTON_COUNTING",)),
            otherwise="may",
        ),
    ] = None
    """Nominal Max Energy (0018,9374): Type 1C, VR DS, VM 1. Required if Multi-energy Detector Type (0018,9372) is PHOTON_COUNTING. May be present otherwise. Nominal maximum energy in keV of photons that are integrated/counted by the detector (see Section C.8.2.2.1.1). Due to energy resolution limits of the detector, some photons above the nominal maximum may be counted."""

    NominalMinEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x00189375,
            "DS",
            "1",
            "1C",
            name="Nominal Min Energy",
            when=("value", 0x00189372, 0, "in", ("PHOTON_COUNTING",)),
            otherwise="may",
        ),
    ] = None
    """Nominal Min Energy (0018,9375): Type 1C, VR DS, VM 1. Required if Multi-energy Detector Type (0018,9372) is PHOTON_COUNTING. May be present otherwise. Nominal minimum energy in keV of photons that are integrated/counted by the detector (see Section C.8.2.2.1.1). Due to energy resolution limits of the detector, some photons below the nominal minimum may be counted."""

    EffectiveBinEnergy: Annotated[
        vr.DS | None, Attribute(0x0018936E, "DS", "1", "3", name="Effective Bin Energy")
    ] = None
    """Effective Bin Energy (0018,936E): Type 3, VR DS, VM 1. Energy of the heterogeneous (polychromatic) photon beam represented by this detector (see Section C.8.2.2.1.1) calculated as if it were monochromatic."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultienergyDetectorTypeTerm": (
        "dicomodel.enums.multienergy_detector_type",
        "MultienergyDetectorTypeTerm",
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
