"""VL Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_laterality import ImageLateralityValue as _ImageLateralityValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationVLImageValue as _PhotometricInterpretationVLImageValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_vl_image import (
        ReferencedImageSequenceItemVLImage as _ReferencedImageSequenceItemVLImage,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageLateralityValue = Lazy("dicomodel.enums.image_laterality", "ImageLateralityValue")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationVLImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationVLImageValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _ReferencedImageSequenceItemVLImage = Lazy(
        "dicomodel.items.referenced_image_sequence_item_vl_image",
        "ReferencedImageSequenceItemVLImage",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import ImageLaterality as ImageLaterality
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationVLImage as PhotometricInterpretation,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_vl_image import (
        ReferencedImageSequenceItemVLImage as ReferencedImageSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ChannelDescriptionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageLaterality",
    "LossyImageCompression",
    "MappingResourceTerm",
    "PhotometricInterpretation",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "VLImageModule",
]


class VLImageModule(DicomModel):
    """VL Image Module Attributes (PS3.3 Table C.8-77)."""

    dicom_name: ClassVar[str] = "VL Image"
    dicom_table: ClassVar[str] = "table_C.8-77"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=(
                (1, ("ORIGINAL", "DERIVED")),
                (2, ("PRIMARY", "SECONDARY")),
                (3, ("STEREO L", "STEREO R")),
            ),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.12.1.1.6 for specialization."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationVLImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=(
                (
                    0,
                    ("MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_PARTIAL_420", "YBR_RCT", "YBR_ICT"),
                ),
            ),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.12.1.1.1 for specialization of this Attribute."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8",)),)),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See Section C.8.12.1.1.2 for specialization of this Attribute. See PS3.5 for further explanation."""

    BitsStored: Annotated[
        vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8",)),))
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See Section C.8.12.1.1.2 for specialization of this Attribute. See PS3.5 for further explanation."""

    HighBit: Annotated[
        vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit", enumerated=((0, ("7",)),))
    ]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. See Section C.8.12.1.1.2 for specialization of this Attribute. See PS3.5 for further explanation."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Each sample shall have the same pixel representation. See Section C.8.12.1.1.3 for specialization of this Attribute."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(
            0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1", "3")),)
        ),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) per image. See Section C.8.12.1.1.4 for specialization of this Attribute."""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0",)),),
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. See Section C.8.12.1.1.5 for specialization of this Attribute."""

    ContentTime: Annotated[
        vr.TM | None,
        Attribute(
            0x00080033,
            "TM",
            "1",
            "1C",
            name="Content Time",
            when=(
                "unknown",
                "names no attribute: the Image is part of a Series in which the images are temporally related",
            ),
        ),
    ] = None
    """Content Time (0008,0033): Type 1C, VR TM, VM 1. Required if the Image is part of a Series in which the images are temporally related. The time the image pixel data creation started. Required if the Image is part of a Series in which the images are temporally related. This Attribute was formerly known as Image Time."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "2",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 2, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemVLImage] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=(
                "and",
                ("present", 0x00080008),
                ("value", 0x00080008, 3, "in", ("STEREO L", "STEREO R")),
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 3 is present and has a value of \"STEREO L\" or \"STEREO R\". May also be present otherwise. A Sequence that references other images significantly related to this image. One or more Items are permitted in this Sequence. Required if Image Type (0008,0008) Value 3 is present and has a value of \"STEREO L\" or \"STEREO R\"."""

    WindowCenter: Annotated[
        list[vr.DS] | None, Attribute(0x00281050, "DS", "1-n", "3", name="Window Center")
    ] = None
    """Window Center (0028,1050): Type 3, VR DS, VM 1-n. Window Center for display. See Section C.11.2.1.2 for further explanation. Meaningful only if Photometric Interpretation (0028,0004) is MONOCHROME2."""

    WindowWidth: Annotated[
        list[vr.DS] | None,
        Attribute(0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)),
    ] = None
    """Window Width (0028,1051): Type 1C, VR DS, VM 1-n. Required if Window Center (0028,1050) is present. Window Width for display. See Section C.11.2.1.2 for further explanation. Required if Window Center (0028,1050) is present."""

    ImageLaterality: Annotated[
        _ImageLateralityValue | None,
        Attribute(
            0x00200062,
            "CS",
            "1",
            "3",
            name="Image Laterality",
            enumerated=((0, ("R", "L", "U", "B")),),
        ),
    ] = None
    """Image Laterality (0020,0062): Type 3, VR CS, VM 1. Laterality of (possibly paired) body part (as described in Anatomic Region Sequence (0008,2218)) examined. Enumerated Values: R right L left U unpaired B both left and right Shall be consistent with any laterality information contained in P..."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(
            0x00082218,
            "SQ",
            "1",
            "1C",
            name="Anatomic Region Sequence",
            when=("and", ("present", 0x00280008), ("not", ("present", 0x00400560))),
            otherwise="may",
        ),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 1C, VR SQ, VM 1. Required if Number of Frames (0028,0008) is present and Specimen Description Sequence (0040,0560) is absent. May be present otherwise. Sequence that identifies the anatomic region of interest in this image (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    ChannelDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0022001A, "SQ", "1", "3", name="Channel Description Code Sequence"),
    ] = None
    """Channel Description Code Sequence (0022,001A): Type 3, VR SQ, VM 1. Describes the light color used for each channel to generate the image. If Photometric Interpretation (0028,0004) has one of the YBR values, the meaning is for pixel data in an equivalent RGB encoding."""

    PixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00280030, "DS", "2", "3", name="Pixel Spacing")
    ] = None
    """Pixel Spacing (0028,0030): Type 3, VR DS, VM 2. Physical distance in the imaging target (patient or specimen) between the center of each pixel, specified as a numeric pair - adjacent row spacing \\ adjacent column spacing, in mm. See Section 10.7.1.3."""

    ImagerPixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00181164, "DS", "2", "3", name="Imager Pixel Spacing")
    ] = None
    """Imager Pixel Spacing (0018,1164): Type 3, VR DS, VM 2. Physical distance measured at the front plane of the Image Receptor housing between the center of each pixel. Specified by a numeric pair - row spacing value (delimiter) column spacing value - in mm."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ChannelDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageLaterality": ("dicomodel.enums.image_laterality", "ImageLaterality"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationVLImage",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_vl_image",
        "ReferencedImageSequenceItemVLImage",
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
