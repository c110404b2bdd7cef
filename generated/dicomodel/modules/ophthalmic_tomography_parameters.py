"""Ophthalmic Tomography Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.detector_type import (
        DetectorTypeTermOphthalmicTomographyParameters as _DetectorTypeTermOphthalmicTomographyParameters,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.light_path_filter_type_stack_code_sequence_item import (
        LightPathFilterTypeStackCodeSequenceItem as _LightPathFilterTypeStackCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DetectorTypeTermOphthalmicTomographyParameters = Lazy(
        "dicomodel.enums.detector_type", "DetectorTypeTermOphthalmicTomographyParameters"
    )
    _LightPathFilterTypeStackCodeSequenceItem = Lazy(
        "dicomodel.items.light_path_filter_type_stack_code_sequence_item",
        "LightPathFilterTypeStackCodeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_type import (
        DetectorTypeTermOphthalmicTomographyParameters as DetectorTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionDeviceTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScanPatternTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.light_path_filter_type_stack_code_sequence_item import (
        LightPathFilterTypeStackCodeSequenceItem as LightPathFilterTypeStackCodeSequenceItem,
    )

__all__ = [
    "AcquisitionDeviceTypeCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DetectorTypeTerm",
    "EquivalentCodeSequenceItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicTomographyParametersModule",
    "ScanPatternTypeCodeSequenceItem",
]


class OphthalmicTomographyParametersModule(DicomModel):
    """Ophthalmic Tomography Parameters Module Attributes (PS3.3 Table C.8.17.9-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Tomography Parameters"
    dicom_table: ClassVar[str] = "table_C.8.17.9-1"

    AcquisitionDeviceTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00220015, "SQ", "1", "1", name="Acquisition Device Type Code Sequence"),
    ]
    """Acquisition Device Type Code Sequence (0022,0015): Type 1, VR SQ, VM 1. Describes the type of acquisition device. Only a single Item shall be included in this Sequence."""

    LightPathFilterTypeStackCodeSequence: Annotated[
        list[_LightPathFilterTypeStackCodeSequenceItem] | None,
        Attribute(0x00220017, "SQ", "1", "2", name="Light Path Filter Type Stack Code Sequence"),
    ]
    """Light Path Filter Type Stack Code Sequence (0022,0017): Type 2, VR SQ, VM 1. Filters used in the light source path. Zero or more Items shall be included in this Sequence."""

    DetectorType: Annotated[
        _DetectorTypeTermOphthalmicTomographyParameters | vr.CS,
        Attribute(0x00187004, "CS", "1", "1", name="Detector Type"),
    ]
    """Detector Type (0018,7004): Type 1, VR CS, VM 1. Type of detector used for creating this image. Defined Terms: CCD Charge Coupled Device CMOS Complementary Metal Oxide Semiconductor PHOTO Photodetector INT Interferometer"""

    ScanPatternTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00221618, "SQ", "1", "3", name="Scan Pattern Type Code Sequence"),
    ] = None
    """Scan Pattern Type Code Sequence (0022,1618): Type 3, VR SQ, VM 1. The scan pattern type used to generate this SOP Instance. Only a single Item is permitted in this Sequence."""

    IlluminationWaveLength: Annotated[
        vr.FL | None,
        Attribute(
            0x00220055,
            "FL",
            "1",
            "1C",
            name="Illumination Wave Length",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Illumination Wave Length (0022,0055): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. Wavelength of the illuminator in nm. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise."""

    IlluminationPower: Annotated[
        vr.FL | None,
        Attribute(
            0x00220056,
            "FL",
            "1",
            "1C",
            name="Illumination Power",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Illumination Power (0022,0056): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. Power of the illuminator in microwatts at corneal plane. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise."""

    IlluminationBandwidth: Annotated[
        vr.FL | None,
        Attribute(
            0x00220057,
            "FL",
            "1",
            "1C",
            name="Illumination Bandwidth",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Illumination Bandwidth (0022,0057): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. Bandwidth of the illuminator in nm. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise."""

    DepthSpatialResolution: Annotated[
        vr.FL | None,
        Attribute(
            0x00220035,
            "FL",
            "1",
            "1C",
            name="Depth Spatial Resolution",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Depth Spatial Resolution (0022,0035): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. The inherent limiting resolution in µm for depth of the acquisition equipment for high contrast objects for the data gathering and reconstruction technique chosen. If variable, the value at the center of the scanning volume."""

    MaximumDepthDistortion: Annotated[
        vr.FL | None,
        Attribute(
            0x00220036,
            "FL",
            "1",
            "1C",
            name="Maximum Depth Distortion",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Maximum Depth Distortion (0022,0036): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. Maximum distortion in depth direction in % of Depth Spatial Resolution. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\")."""

    AlongScanSpatialResolution: Annotated[
        vr.FL | None,
        Attribute(
            0x00220037,
            "FL",
            "1",
            "1C",
            name="Along-scan Spatial Resolution",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Along-scan Spatial Resolution (0022,0037): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. The inherent limiting resolution in µm of the acquisition equipment in the direction of a row. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scan..."""

    MaximumAlongScanDistortion: Annotated[
        vr.FL | None,
        Attribute(
            0x00220038,
            "FL",
            "1",
            "1C",
            name="Maximum Along-scan Distortion",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Maximum Along-scan Distortion (0022,0038): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. Maximum distortion in along-scan direction in % of Along-scan Spatial Resolution. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\")."""

    AcrossScanSpatialResolution: Annotated[
        vr.FL | None,
        Attribute(
            0x00220048,
            "FL",
            "1",
            "1C",
            name="Across-scan Spatial Resolution",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Across-scan Spatial Resolution (0022,0048): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. The inherent limiting resolution in µm of the acquisition equipment perpendicular to the slice. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Sca..."""

    MaximumAcrossScanDistortion: Annotated[
        vr.FL | None,
        Attribute(
            0x00220049,
            "FL",
            "1",
            "1C",
            name="Maximum Across-scan Distortion",
            when=("code", 0x00220015, (("392012008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Maximum Across-scan Distortion (0022,0049): Type 1C, VR FL, VM 1. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\"). May be present otherwise. Maximum distortion in across-scan direction in % of cross-scan Spatial Resolution. Required if Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (392012008, SCT, \"Optical Coherence Tomography Scanner\")."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionDeviceTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DetectorTypeTerm": (
        "dicomodel.enums.detector_type",
        "DetectorTypeTermOphthalmicTomographyParameters",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LightPathFilterTypeStackCodeSequenceItem": (
        "dicomodel.items.light_path_filter_type_stack_code_sequence_item",
        "LightPathFilterTypeStackCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ScanPatternTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
