"""Item class XRayAcquisitionDoseSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivationValue as _EntranceDoseDerivationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _EntranceDoseDerivationValue = Lazy(
        "dicomodel.enums.entrance_dose_derivation", "EntranceDoseDerivationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )

__all__ = [
    "EntranceDoseDerivation",
    "XRayAcquisitionDoseSequenceItem",
]


class XRayAcquisitionDoseSequenceItem(DicomModel):
    """An item of X-Ray Acquisition Dose Sequence (0018,9542), as first defined in Breast X-Ray Acquisition Dose Macro Attributes (C.8.31.5-1)."""

    dicom_name: ClassVar[str] = "X-Ray Acquisition Dose Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.5-1"

    ExposureTimeInms: Annotated[
        vr.FD, Attribute(0x00189328, "FD", "1", "1", name="Exposure Time in ms")
    ]
    """Exposure Time in ms (0018,9328): Type 1, VR FD, VM 1. Duration of X-Ray exposure in milliseconds."""

    ExposureInmAs: Annotated[vr.FD, Attribute(0x00189332, "FD", "1", "1", name="Exposure in mAs")]
    """Exposure in mAs (0018,9332): Type 1, VR FD, VM 1. The exposure expressed in mAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    RelativeXRayExposure: Annotated[
        vr.IS | None, Attribute(0x00181405, "IS", "1", "3", name="Relative X-Ray Exposure")
    ] = None
    """Relative X-Ray Exposure (0018,1405): Type 3, VR IS, VM 1. Indication of the applied dose, in manufacturer specific units. This value is intended to provide a single location where manufacturer specific information can be found for annotation on a display or film, that has meaning to a knowledgeabl..."""

    HalfValueLayer: Annotated[
        vr.DS | None, Attribute(0x00400314, "DS", "1", "3", name="Half Value Layer")
    ] = None
    """Half Value Layer (0040,0314): Type 3, VR DS, VM 1. The thickness of Aluminum in mm required to reduce the X-Ray Output (0040,0312) by a factor of two. This value may be a calibrated value rather than measured during the exposure."""

    OrganDose: Annotated[vr.DS, Attribute(0x00400316, "DS", "1", "1", name="Organ Dose")]
    """Organ Dose (0040,0316): Type 1, VR DS, VM 1. Average organ dose value measured in dGy during the acquisition of this image. This may be an estimated value."""

    EntranceDoseInmGy: Annotated[
        vr.DS, Attribute(0x00408302, "DS", "1", "1", name="Entrance Dose in mGy")
    ]
    """Entrance Dose in mGy (0040,8302): Type 1, VR DS, VM 1. Average entrance dose value measured in mGy at the surface of the patient during the acquisition of this image. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    EntranceDoseDerivation: Annotated[
        _EntranceDoseDerivationValue | None,
        Attribute(
            0x00408303,
            "CS",
            "1",
            "3",
            name="Entrance Dose Derivation",
            enumerated=((0, ("IAK", "ESAK", "ESDBS", "ESDNOBS")),),
        ),
    ] = None
    """Entrance Dose Derivation (0040,8303): Type 3, VR CS, VM 1. Describes what type of dose is represented by the values of Entrance Dose in mGy (0040,8302). Enumerated Values: IAK Represents air kerma at the entrance surface, no backscatter included, no air kerma to tissue dose conversion applied."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
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
