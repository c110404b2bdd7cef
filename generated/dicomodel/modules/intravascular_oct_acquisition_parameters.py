"""Intravascular OCT Acquisition Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.oct_acquisition_domain import (
        OCTAcquisitionDomainTerm as _OCTAcquisitionDomainTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _OCTAcquisitionDomainTerm = Lazy(
        "dicomodel.enums.oct_acquisition_domain", "OCTAcquisitionDomainTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.oct_acquisition_domain import (
        OCTAcquisitionDomainTerm as OCTAcquisitionDomainTerm,
    )

__all__ = [
    "IntravascularOCTAcquisitionParametersModule",
    "OCTAcquisitionDomainTerm",
]


class IntravascularOCTAcquisitionParametersModule(DicomModel):
    """Intravascular OCT Acquisition Parameters Module Attributes (PS3.3 Table C.8.27.3-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.8.27.3-1"

    OCTFocalDistance: Annotated[
        vr.FD | None, Attribute(0x00520002, "FD", "1", "2", name="OCT Focal Distance")
    ]
    """OCT Focal Distance (0052,0002): Type 2, VR FD, VM 1. Distance from focal point to center of catheter, in mm (measured in air)."""

    BeamSpotSize: Annotated[
        vr.FD | None, Attribute(0x00520003, "FD", "1", "2", name="Beam Spot Size")
    ]
    """Beam Spot Size (0052,0003): Type 2, VR FD, VM 1. The full width at half maximum (FWHM) of the point spread function (PSF) or line spread function (LSF), in µm (measured in air). Also known as Transverse Resolution."""

    EffectiveRefractiveIndex: Annotated[
        vr.FD | None,
        Attribute(
            0x00520004,
            "FD",
            "1",
            "2C",
            name="Effective Refractive Index",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Effective Refractive Index (0052,0004): Type 2C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) is FOR PROCESSING. May be present otherwise. Index of refraction of the tissue and flush medias used during the Intravascular OCT acquisition. Required if Presentation Intent Type (0008,0068) is FOR PROCESSING. May be present otherwise."""

    OCTAcquisitionDomain: Annotated[
        _OCTAcquisitionDomainTerm | vr.CS,
        Attribute(0x00520006, "CS", "1", "1", name="OCT Acquisition Domain"),
    ]
    """OCT Acquisition Domain (0052,0006): Type 1, VR CS, VM 1. The type of OCT acquisition domain. Defined Terms: TIME FREQUENCY SPECTRAL"""

    OCTOpticalCenterWavelength: Annotated[
        vr.FD | None, Attribute(0x00520007, "FD", "1", "2", name="OCT Optical Center Wavelength")
    ]
    """OCT Optical Center Wavelength (0052,0007): Type 2, VR FD, VM 1. Center optical wavelength of the OCT light source, in µm."""

    AxialResolution: Annotated[
        vr.FD | None, Attribute(0x00520008, "FD", "1", "2", name="Axial Resolution")
    ]
    """Axial Resolution (0052,0008): Type 2, VR FD, VM 1. The full width at half maximum (FWHM) of the axial plane response function, in µm (measured in air)."""

    RangingDepth: Annotated[vr.FD, Attribute(0x00520009, "FD", "1", "1", name="Ranging Depth")]
    """Ranging Depth (0052,0009): Type 1, VR FD, VM 1. Maximum detectable sample-to-reference path displacement, in mm (measured in air). This is the radius of the FOR PRESENTATION image in air."""

    ALineRate: Annotated[vr.FD, Attribute(0x00520011, "FD", "1", "1", name="A-line Rate")]
    """A-line Rate (0052,0011): Type 1, VR FD, VM 1. The number of IVOCT A-lines acquired per second in Hz."""

    ALinesPerFrame: Annotated[
        vr.US, Attribute(0x00520012, "US", "1", "1", name="A-lines Per Frame")
    ]
    """A-lines Per Frame (0052,0012): Type 1, VR US, VM 1. Number of A-lines acquired in an IVOCT frame, including unused (padded) A-lines. Will be the same as Rows (0028,0010) for a FOR PROCESSING image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OCTAcquisitionDomainTerm": (
        "dicomodel.enums.oct_acquisition_domain",
        "OCTAcquisitionDomainTerm",
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
