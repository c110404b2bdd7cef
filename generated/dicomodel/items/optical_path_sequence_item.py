"""Item class OpticalPathSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as _PaletteColorLookupTableItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")
    _PaletteColorLookupTableItem = Lazy(
        "dicomodel.items.palette_color_lookup_table_item", "PaletteColorLookupTableItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationColorCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminatorTypeCodeSequenceItem,
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
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem,
    )

__all__ = [
    "ChannelDescriptionCodeSequenceItem",
    "ColorSpaceTerm",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IlluminationColorCodeSequenceItem",
    "IlluminationTypeCodeSequenceItem",
    "IlluminatorTypeCodeSequenceItem",
    "ImagePathFilterTypeStackCodeSequenceItem",
    "LensesCodeSequenceItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "MappingResourceTerm",
    "OpticalPathSequenceItem",
    "PaletteColorLookupTableSequenceItem",
]


class OpticalPathSequenceItem(DicomModel):
    """An item of Optical Path Sequence (0048,0105), as first defined in Optical Path Module Attributes (C.8.12.5-1)."""

    dicom_name: ClassVar[str] = "Optical Path Sequence"
    dicom_table: ClassVar[str] = "table_C.8.12.5-1"

    OpticalPathIdentifier: Annotated[
        vr.SH, Attribute(0x00480106, "SH", "1", "1", name="Optical Path Identifier")
    ]
    """Optical Path Identifier (0048,0106): Type 1, VR SH, VM 1. Identifier for the optical path specified in the Sequence Item. The identifier shall be unique for each Item within the Optical Path Sequence."""

    OpticalPathDescription: Annotated[
        vr.ST | None, Attribute(0x00480107, "ST", "1", "3", name="Optical Path Description")
    ] = None
    """Optical Path Description (0048,0107): Type 3, VR ST, VM 1. Description of the optical path specified in the Sequence Item."""

    IlluminatorTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00480100, "SQ", "1", "3", name="Illuminator Type Code Sequence"),
    ] = None
    """Illuminator Type Code Sequence (0048,0100): Type 3, VR SQ, VM 1. Type of illuminator. Only a single Item is permitted in this Sequence."""

    IlluminationWaveLength: Annotated[
        vr.FL | None,
        Attribute(
            0x00220055,
            "FL",
            "1",
            "1C",
            name="Illumination Wave Length",
            when=("not", ("present", 0x00480108)),
            otherwise="may",
        ),
    ] = None
    """Illumination Wave Length (0022,0055): Type 1C, VR FL, VM 1. Required if Illumination Color Code Sequence (0048,0108) is not present. May be present otherwise. Nominal wavelength of the illuminator in nm. Required if Illumination Color Code Sequence (0048,0108) is not present. May be present otherwise."""

    IlluminationColorCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00480108,
            "SQ",
            "1",
            "1C",
            name="Illumination Color Code Sequence",
            when=("not", ("present", 0x00220055)),
            otherwise="may",
        ),
    ] = None
    """Illumination Color Code Sequence (0048,0108): Type 1C, VR SQ, VM 1. Required if Illumination Wave Length (0022,0055) is not present. May be present otherwise. Color of the illuminator. Only a single Item shall be included in this Sequence. Required if Illumination Wave Length (0022,0055) is not present. May be present otherwise."""

    IlluminationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00220016, "SQ", "1", "1", name="Illumination Type Code Sequence"),
    ]
    """Illumination Type Code Sequence (0022,0016): Type 1, VR SQ, VM 1. Coded value for illumination method. See Section C.8.12.5.1.2. One or more Items shall be included in this Sequence."""

    LightPathFilterTypeStackCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220017, "SQ", "1", "3", name="Light Path Filter Type Stack Code Sequence"),
    ] = None
    """Light Path Filter Type Stack Code Sequence (0022,0017): Type 3, VR SQ, VM 1. Filters used in the light source (excitation) path. One or more Items are permitted in this Sequence. See Section C.8.12.5.1.3."""

    LightPathFilterPassThroughWavelength: Annotated[
        vr.US | None,
        Attribute(0x00220001, "US", "1", "3", name="Light Path Filter Pass-Through Wavelength"),
    ] = None
    """Light Path Filter Pass-Through Wavelength (0022,0001): Type 3, VR US, VM 1. Nominal pass-through wavelength of light path filter(s) in nm."""

    LightPathFilterPassBand: Annotated[
        list[vr.US] | None,
        Attribute(0x00220002, "US", "2", "3", name="Light Path Filter Pass Band"),
    ] = None
    """Light Path Filter Pass Band (0022,0002): Type 3, VR US, VM 2. Pass band of light path filter(s) in nm. This Attribute has two Values. The first is the shorter and the second the longer wavelength relative to the peak. The values are for the - 3dB nominal (1/2 of peak) pass through intensity."""

    ImagePathFilterTypeStackCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220018, "SQ", "1", "3", name="Image Path Filter Type Stack Code Sequence"),
    ] = None
    """Image Path Filter Type Stack Code Sequence (0022,0018): Type 3, VR SQ, VM 1. Describes stack of filters used in image (emission) path between the imaging target and the optical sensor. One or more Items are permitted in this Sequence. See Section C.8.12.5.1.3."""

    ImagePathFilterPassThroughWavelength: Annotated[
        vr.US | None,
        Attribute(0x00220003, "US", "1", "3", name="Image Path Filter Pass-Through Wavelength"),
    ] = None
    """Image Path Filter Pass-Through Wavelength (0022,0003): Type 3, VR US, VM 1. Nominal pass-through wavelength of image path filter(s) in nm."""

    ImagePathFilterPassBand: Annotated[
        list[vr.US] | None,
        Attribute(0x00220004, "US", "2", "3", name="Image Path Filter Pass Band"),
    ] = None
    """Image Path Filter Pass Band (0022,0004): Type 3, VR US, VM 2. Pass band of image path filter(s) in nm. This Attribute has two Values. The first is the shorter and the second the longer wavelength relative to the peak. The values are for the - 3dB nominal (1/2 of peak) pass through intensity."""

    LensesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220019, "SQ", "1", "3", name="Lenses Code Sequence"),
    ] = None
    """Lenses Code Sequence (0022,0019): Type 3, VR SQ, VM 1. Lenses that were used in this optical path. One or more Items are permitted in this Sequence."""

    CondenserLensPower: Annotated[
        vr.DS | None, Attribute(0x00480111, "DS", "1", "3", name="Condenser Lens Power")
    ] = None
    """Condenser Lens Power (0048,0111): Type 3, VR DS, VM 1. Nominal power of the condenser lens."""

    ObjectiveLensPower: Annotated[
        vr.DS | None, Attribute(0x00480112, "DS", "1", "3", name="Objective Lens Power")
    ] = None
    """Objective Lens Power (0048,0112): Type 3, VR DS, VM 1. Nominal power of the objective lens. If a single lens is used as both condenser and objective, its power is specified in this Attribute."""

    ObjectiveLensNumericalAperture: Annotated[
        vr.DS | None,
        Attribute(0x00480113, "DS", "1", "3", name="Objective Lens Numerical Aperture"),
    ] = None
    """Objective Lens Numerical Aperture (0048,0113): Type 3, VR DS, VM 1. Nominal numerical aperture of the objective lens."""

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
    """Channel Description Code Sequence (0022,001A): Type 1C, VR SQ, VM 1. Required if this differs from the natural interpretation. Describes the light color sensed for each channel to generate the image. Required if this differs from the natural interpretation. For MONOCHROME2, the natural interpretation is the full visible light spectrum."""

    PaletteColorLookupTableSequence: Annotated[
        list[_PaletteColorLookupTableItem] | None,
        Attribute(0x00480120, "SQ", "1", "3", name="Palette Color Lookup Table Sequence"),
    ] = None
    """Palette Color Lookup Table Sequence (0048,0120): Type 3, VR SQ, VM 1. For MONOCHROME2 images, provides a transform of the pixel values with this optical path into an RGB color representation. The LUT provides a mapping to an appropriate color or pseudo-color for display purposes."""

    ICCProfile: Annotated[
        vr.OB | None,
        Attribute(
            0x00282000,
            "OB",
            "1",
            "1C",
            name="ICC Profile",
            when=(
                "or",
                ("value", 0x00280004, 0, "not_in", ("MONOCHROME2",)),
                ("present", 0x00480120),
            ),
        ),
    ] = None
    """ICC Profile (0028,2000): Type 1C, VR OB, VM 1. Required if Photometric Interpretation (0028,0004) is not MONOCHROME2, or if Palette Color Lookup Table Sequence (0048,0120) is present. An ICC Profile encoding the transformation of device-dependent stored pixel values into PCS-Values. See Section C.8.12.5.1.4 Required if Photometric Interpretation (0028,0004) is not MONOCHROME2, or if Palette Color Lookup Table Sequence (0..."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None, Attribute(0x00282002, "CS", "1", "3", name="Color Space")
    ] = None
    """Color Space (0028,2002): Type 3, VR CS, VM 1. A label that identifies the well-known color space of the image. Shall be consistent with any ICC Profile (0028,2000) that is also present. See Section C.11.15.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ChannelDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IlluminationColorCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "IlluminationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "IlluminatorTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "PaletteColorLookupTableSequenceItem": (
        "dicomodel.items.palette_color_lookup_table_item",
        "PaletteColorLookupTableItem",
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
