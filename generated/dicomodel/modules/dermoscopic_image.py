"""Dermoscopic Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.contact_method import ContactMethodValue as _ContactMethodValue
    from dicomodel.enums.light_source_polarization import (
        LightSourcePolarizationValue as _LightSourcePolarizationValue,
    )
    from dicomodel.enums.partial_view import PartialViewValue as _PartialViewValue
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ContactMethodValue = Lazy("dicomodel.enums.contact_method", "ContactMethodValue")
    _LightSourcePolarizationValue = Lazy(
        "dicomodel.enums.light_source_polarization", "LightSourcePolarizationValue"
    )
    _PartialViewValue = Lazy("dicomodel.enums.partial_view", "PartialViewValue")
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.contact_method import ContactMethod as ContactMethod
    from dicomodel.enums.light_source_polarization import (
        LightSourcePolarization as LightSourcePolarization,
    )
    from dicomodel.enums.partial_view import PartialView as PartialView
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )

__all__ = [
    "ContactMethod",
    "DermoscopicImageModule",
    "LightSourcePolarization",
    "PartialView",
    "RecognizableVisualFeatures",
]


class DermoscopicImageModule(DicomModel):
    """Dermoscopic Image Module Attributes (PS3.3 Table C.8.12.13-1)."""

    dicom_name: ClassVar[str] = "Dermoscopic Image"
    dicom_table: ClassVar[str] = "table_C.8.12.13-1"

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesValue,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "1",
            name="Recognizable Visual Features",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Recognizable Visual Features (0028,0302): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the Patient."""

    LightSourcePolarization: Annotated[
        _LightSourcePolarizationValue | None,
        Attribute(
            0x00161001,
            "CS",
            "1",
            "2",
            name="Light Source Polarization",
            enumerated=((0, ("POLARIZED", "NON_POLARIZED")),),
        ),
    ]
    """Light Source Polarization (0016,1001): Type 2, VR CS, VM 1. Polarization of the dermoscope light source. Enumerated Values: POLARIZED NON_POLARIZED"""

    EmitterColorTemperature: Annotated[
        vr.DS | None, Attribute(0x00161002, "DS", "1", "2", name="Emitter Color Temperature")
    ]
    """Emitter Color Temperature (0016,1002): Type 2, VR DS, VM 1. Color temperature of dermoscope light source in Kelvin."""

    ContactMethod: Annotated[
        _ContactMethodValue | None,
        Attribute(
            0x00161003,
            "CS",
            "1",
            "2",
            name="Contact Method",
            enumerated=((0, ("CONTACT", "NON_CONTACT")),),
        ),
    ]
    """Contact Method (0016,1003): Type 2, VR CS, VM 1. Whether or not the image was acquired with the dermoscope in direct contact with the skin. Enumerated Values: CONTACT NON_CONTACT"""

    ImmersionMedia: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00161004,
            "CS",
            "1-n",
            "2C",
            name="Immersion Media",
            enumerated=((0, ("ULTRASOUND_GEL", "ALCOHOL", "WATER", "MINERAL_OIL", "PLASTIC_CAP")),),
            when=("value", 0x00161003, 0, "in", ("CONTACT",)),
        ),
    ] = None
    """Immersion Media (0016,1004): Type 2C, VR CS, VM 1-n. Required if Contact Method (0016,1003) is CONTACT. The interface between the dermoscope and the skin surface for images acquired with contact dermoscopy. Enumerated Values: ULTRASOUND_GEL ALCOHOL WATER MINERAL_OIL PLASTIC_CAP Required if Contact Method (0016,1003) is CONTACT."""

    OpticalMagnificationFactor: Annotated[
        vr.DS | None, Attribute(0x00161005, "DS", "1", "2", name="Optical Magnification Factor")
    ]
    """Optical Magnification Factor (0016,1005): Type 2, VR DS, VM 1. Optical magnification factor when the image was acquired. Optical magnification is achieved using the optics of the dermoscope. The number indicates the magnification factor in times (X)."""

    PartialView: Annotated[
        _PartialViewValue | None,
        Attribute(
            0x00281350, "CS", "1", "3", name="Partial View", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Partial View (0028,1350): Type 3, VR CS, VM 1. Indicates whether this image is a partial view, that is a subset of a single view of a skin lesion. Enumerated Values: YES NO If this Attribute is absent, then the image may or may not be a partial view."""

    PartialViewDescription: Annotated[
        vr.ST | None, Attribute(0x00281351, "ST", "1", "3", name="Partial View Description")
    ] = None
    """Partial View Description (0028,1351): Type 3, VR ST, VM 1. Free text description of the portion of the skin lesion captured in a partial view image."""

    TrackingID: Annotated[
        vr.UT | None,
        Attribute(0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)),
    ] = None
    """Tracking ID (0062,0020): Type 1C, VR UT, VM 1. Required if Tracking UID (0062,0021) is present. A text label used for tracking a finding or feature, potentially across multiple reporting objects, over time. This label shall be unique within the domain in which it is used. Required if Tracking UID (0062,0021) is present."""

    TrackingUID: Annotated[
        vr.UI | None,
        Attribute(0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)),
    ] = None
    """Tracking UID (0062,0021): Type 1C, VR UI, VM 1. Required if Tracking ID (0062,0020) is present. A unique identifier used for tracking a finding or feature, potentially across multiple reporting objects, over time. Required if Tracking ID (0062,0020) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContactMethod": ("dicomodel.enums.contact_method", "ContactMethod"),
    "LightSourcePolarization": (
        "dicomodel.enums.light_source_polarization",
        "LightSourcePolarization",
    ),
    "PartialView": ("dicomodel.enums.partial_view", "PartialView"),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
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
