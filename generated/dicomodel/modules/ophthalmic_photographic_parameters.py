"""Ophthalmic Photographic Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.detector_type import (
        DetectorTypeTermOphthalmicPhotographicParameters as _DetectorTypeTermOphthalmicPhotographicParameters,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DetectorTypeTermOphthalmicPhotographicParameters = Lazy(
        "dicomodel.enums.detector_type", "DetectorTypeTermOphthalmicPhotographicParameters"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_type import (
        DetectorTypeTermOphthalmicPhotographicParameters as DetectorTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionDeviceTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ImagePathFilterTypeStackCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LensesCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as LightPathFilterTypeStackCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AcquisitionDeviceTypeCodeSequenceItem",
    "ChannelDescriptionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DetectorTypeTerm",
    "EquivalentCodeSequenceItem",
    "IlluminationTypeCodeSequenceItem",
    "ImagePathFilterTypeStackCodeSequenceItem",
    "LensesCodeSequenceItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicPhotographicParametersModule",
]


class OphthalmicPhotographicParametersModule(DicomModel):
    """Ophthalmic Photographic Parameters Module Attributes (PS3.3 Table C.8.17.3-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Photographic Parameters"
    dicom_table: ClassVar[str] = "table_C.8.17.3-1"

    AcquisitionDeviceTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00220015, "SQ", "1", "1", name="Acquisition Device Type Code Sequence"),
    ]
    """Acquisition Device Type Code Sequence (0022,0015): Type 1, VR SQ, VM 1. Describes the type of acquisition device Only a single Item shall be included in this Sequence."""

    IlluminationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220016, "SQ", "1", "2", name="Illumination Type Code Sequence"),
    ]
    """Illumination Type Code Sequence (0022,0016): Type 2, VR SQ, VM 1. Coded value for illumination Zero or one Item shall be included in this Sequence."""

    LightPathFilterTypeStackCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220017, "SQ", "1", "2", name="Light Path Filter Type Stack Code Sequence"),
    ]
    """Light Path Filter Type Stack Code Sequence (0022,0017): Type 2, VR SQ, VM 1. Filters used in the light source path Zero or more Items shall be included in this Sequence."""

    LightPathFilterPassThroughWavelength: Annotated[
        vr.US | None,
        Attribute(0x00220001, "US", "1", "3", name="Light Path Filter Pass-Through Wavelength"),
    ] = None
    """Light Path Filter Pass-Through Wavelength (0022,0001): Type 3, VR US, VM 1. Nominal pass-through wavelength of light path filter in nm."""

    LightPathFilterPassBand: Annotated[
        list[vr.US] | None,
        Attribute(0x00220002, "US", "2", "3", name="Light Path Filter Pass Band"),
    ] = None
    """Light Path Filter Pass Band (0022,0002): Type 3, VR US, VM 2. Pass band of light path filter in nm. This Attribute has two Values. The first is the shorter and the second the longer wavelength relative to the peak."""

    ImagePathFilterTypeStackCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220018, "SQ", "1", "2", name="Image Path Filter Type Stack Code Sequence"),
    ]
    """Image Path Filter Type Stack Code Sequence (0022,0018): Type 2, VR SQ, VM 1. Describes stack of filters used in image path Zero or more Items shall be included in this Sequence."""

    ImagePathFilterPassThroughWavelength: Annotated[
        vr.US | None,
        Attribute(0x00220003, "US", "1", "3", name="Image Path Filter Pass-Through Wavelength"),
    ] = None
    """Image Path Filter Pass-Through Wavelength (0022,0003): Type 3, VR US, VM 1. Nominal pass-through wavelength of image path filter in nm."""

    ImagePathFilterPassBand: Annotated[
        list[vr.US] | None,
        Attribute(0x00220004, "US", "2", "3", name="Image Path Filter Pass Band"),
    ] = None
    """Image Path Filter Pass Band (0022,0004): Type 3, VR US, VM 2. Pass band of image path filter in nm. This Attribute has two Values. The first is the shorter and the second the longer wavelength relative to the peak."""

    LensesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220019, "SQ", "1", "2", name="Lenses Code Sequence"),
    ]
    """Lenses Code Sequence (0022,0019): Type 2, VR SQ, VM 1. Lenses that were used during the image acquisition Zero or more Items shall be included in this Sequence."""

    DetectorType: Annotated[
        _DetectorTypeTermOphthalmicPhotographicParameters | vr.CS | None,
        Attribute(0x00187004, "CS", "1", "2", name="Detector Type"),
    ]
    """Detector Type (0018,7004): Type 2, VR CS, VM 1. Type of detector used for creating this image. Defined Terms: CCD Charge Coupled Devices CMOS Complementary Metal Oxide Semiconductor"""

    ChannelDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0022001A,
            "SQ",
            "1",
            "1C",
            name="Channel Description Code Sequence",
            when=("unknown", "names no attribute: this differs from the natural interpretation"),
        ),
    ] = None
    """Channel Description Code Sequence (0022,001A): Type 1C, VR SQ, VM 1. Required if this differs from the natural interpretation. Describes the light color used for each channel to generate the image. Required if this differs from the natural interpretation."""

    CameraAngleOfView: Annotated[
        vr.FL | None, Attribute(0x0022001E, "FL", "1", "3", name="Camera Angle of View")
    ] = None
    """Camera Angle of View (0022,001E): Type 3, VR FL, VM 1. The aperture angle of the camera, in degrees."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionDeviceTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ChannelDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DetectorTypeTerm": (
        "dicomodel.enums.detector_type",
        "DetectorTypeTermOphthalmicPhotographicParameters",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IlluminationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ImagePathFilterTypeStackCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LensesCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "LightPathFilterTypeStackCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
