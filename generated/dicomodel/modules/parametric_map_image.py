"""Parametric Map Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImageValue as _BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationParametricMapImageValue as _PixelPresentationParametricMapImageValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as _AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PixelPresentationParametricMapImageValue = Lazy(
        "dicomodel.enums.pixel_presentation", "PixelPresentationParametricMapImageValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationParametricMapImage as PixelPresentation,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )

__all__ = [
    "AlternateContentDescriptionSequenceItem",
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "ParametricMapImageModule",
    "PersonIdentificationCodeSequenceItem",
    "PhotometricInterpretation",
    "PixelPresentation",
    "PresentationLUTShape",
    "RecognizableVisualFeatures",
]


class ParametricMapImageModule(DicomModel):
    """Parametric Map Image Module Attributes (PS3.3 Table C.8.32-2)."""

    dicom_name: ClassVar[str] = "Parametric Map Image"
    dicom_table: ClassVar[str] = "table_PS3.3_C.8.32-2"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("DERIVED",)), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. Enumerated Values for Value 1: DERIVED Enumerated Values for Value 2: PRIMARY Value 3 shall be Image Flavor, common Defined Terms for which are specified in Section C.8.16.1.3, CT-specific Defined Terms..."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    ContentLabel: Annotated[vr.CS, Attribute(0x00700080, "CS", "1", "1", name="Content Label")]
    """Content Label (0070,0080): Type 1, VR CS, VM 1. A label that is used to identify this SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. A description of the content of the SOP Instance."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""

    AlternateContentDescriptionSequence: Annotated[
        list[_AlternateContentDescriptionSequenceItem] | None,
        Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
    ] = None
    """Alternate Content Description Sequence (0070,0087): Type 3, VR SQ, VM 1. A Sequence containing alternate descriptions suitable for presentation to the user, e.g., in different languages. One or more Items are permitted in this Sequence."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    PixelPresentation: Annotated[
        _PixelPresentationParametricMapImageValue | None,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "3",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR_RANGE", "MONOCHROME")),),
        ),
    ] = None
    """Pixel Presentation (0008,9205): Type 3, VR CS, VM 1. Indication of the presence or absence of color information that may be used during rendering. Enumerated Values: COLOR_RANGE A Palette Color LUT is supplied or referenced."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME2"""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("16", "32", "64")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Enumerated Values if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present: 16 Enumerated Values if Float Pixel Data (7FE0,0008) is present: 32 Enumerated Values if Double F..."""

    BitsStored: Annotated[
        vr.US | None,
        Attribute(
            0x00280101,
            "US",
            "1",
            "1C",
            name="Bits Stored",
            enumerated=((0, ("16",)),),
            when=("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
        ),
    ] = None
    """Bits Stored (0028,0101): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. Number of bits stored for each pixel sample. Enumerated Values: 16 Required if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present."""

    HighBit: Annotated[
        vr.US | None,
        Attribute(
            0x00280102,
            "US",
            "1",
            "1C",
            name="High Bit",
            enumerated=((0, ("15",)),),
            when=("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
        ),
    ] = None
    """High Bit (0028,0102): Type 1C, VR US, VM 1. Required if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. Most significant bit for pixel sample data. Enumerated Values: 15 Required if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
        ),
    ]
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies an identity transformation for the Presentation LUT such that the output of all grayscale transformations are defined to be in P-Values. Enumerated Values: IDENTITY output is in P-Values."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime), or is derived from lossy compressed images. Enumerated Values: 00 Image has not been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=(
                "unknown",
                "names no attribute: present in the source images or this SOP Instance has been compressed",
            ),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if present in the source images or this SOP Instance has been compressed. Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if present in the source images or this SOP Instance has been compressed."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=(
                "unknown",
                "names no attribute: present in the source images or this SOP Instance has been compressed",
            ),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if present in the source images or this SOP Instance has been compressed. A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if present in the source images or this SOP Instance has been compressed. See Section C.8.32.2.1."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

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
    """Recognizable Visual Features (0028,0302): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient. Enumerated Values: YES NO"""

    ContentQualification: Annotated[
        _ContentQualificationValue,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "1",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ]
    """Content Qualification (0018,9004): Type 1, VR CS, VM 1. Content Qualification Indicator Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.8.13.2.1.1 for further explanation."""

    PaletteColorLookupTableUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00281199,
            "UI",
            "1",
            "1C",
            name="Palette Color Lookup Table UID",
            when=(
                "and",
                ("value", 0x00089205, 0, "in", ("COLOR_RANGE",)),
                ("not", ("module", "Palette Color Lookup Table")),
            ),
        ),
    ] = None
    """Palette Color Lookup Table UID (0028,1199): Type 1C, VR UI, VM 1. Required if Pixel Presentation (0008,9205) equals COLOR_RANGE and the Palette Color Lookup Table Module is not present. Palette Color Lookup Table UID. See Section C.7.9.1 for further explanation. Required if Pixel Presentation (0008,9205) equals COLOR_RANGE and the Palette Color Lookup Table Module is not present."""

    ICCProfile: Annotated[
        vr.OB | None,
        Attribute(
            0x00282000,
            "OB",
            "1",
            "1C",
            name="ICC Profile",
            when=("value", 0x00089205, 0, "in", ("COLOR_RANGE",)),
        ),
    ] = None
    """ICC Profile (0028,2000): Type 1C, VR OB, VM 1. Required if Pixel Presentation (0008,9205) has a value of COLOR_RANGE. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values. When present, defines the color space of the output of the Parametric Map See Section C.11.15.1.1."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None, Attribute(0x00282002, "CS", "1", "3", name="Color Space")
    ] = None
    """Color Space (0028,2002): Type 3, VR CS, VM 1. A label that identifies the well-known color space of the image. Shall be consistent with any ICC Profile (0028,2000) that is also present. See Section C.11.15.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateContentDescriptionSequenceItem": (
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    ),
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PixelPresentation": (
        "dicomodel.enums.pixel_presentation",
        "PixelPresentationParametricMapImage",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
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
