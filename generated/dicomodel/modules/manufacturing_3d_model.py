"""Manufacturing 3D Model Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.model_mirroring import ModelMirroringValue as _ModelMirroringValue
    from dicomodel.enums.model_modification import ModelModificationValue as _ModelModificationValue
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _ModelMirroringValue = Lazy("dicomodel.enums.model_mirroring", "ModelMirroringValue")
    _ModelModificationValue = Lazy("dicomodel.enums.model_modification", "ModelModificationValue")

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.model_mirroring import ModelMirroring as ModelMirroring
    from dicomodel.enums.model_modification import ModelModification as ModelModification
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModelUsageCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ColorSpaceTerm",
    "ContextGroupExtensionFlag",
    "DerivationAlgorithmSequenceItem",
    "EquivalentCodeSequenceItem",
    "IconImageSequenceItem",
    "Manufacturing3DModelModule",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModelMirroring",
    "ModelModification",
    "ModelUsageCodeSequenceItem",
    "PhotometricInterpretationTerm",
]


class Manufacturing3DModelModule(DicomModel):
    """Manufacturing 3D Model Module Attributes (PS3.3 Table C.35.1-1)."""

    dicom_name: ClassVar[str] = "Manufacturing 3D Model"
    dicom_table: ClassVar[str] = "table_C.35.1-1"

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of distance for the coordinate system for the encapsulated 3D Manufacturing Model file. Only a single Item shall be included in this Sequence."""

    ModelModification: Annotated[
        _ModelModificationValue | None,
        Attribute(
            0x00687001, "CS", "1", "3", name="Model Modification", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Model Modification (0068,7001): Type 3, VR CS, VM 1. Specifies whether a modification of the observed anatomy (other than mirroring) was used to create the model (e.g. simulating an expected surgical result). In the negative, the model follows the observed patient anatomy in the source data."""

    ModelMirroring: Annotated[
        _ModelMirroringValue | None,
        Attribute(
            0x00687002, "CS", "1", "3", name="Model Mirroring", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Model Mirroring (0068,7002): Type 3, VR CS, VM 1. Specifies whether mirroring of anatomy from the other side of the patient was used to create the model. Enumerated Values: YES NO"""

    ModelUsageCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00687003, "SQ", "1", "3", name="Model Usage Code Sequence"),
    ] = None
    """Model Usage Code Sequence (0068,7003): Type 3, VR SQ, VM 1. Specifies the use for which the manufactured object is intended. Only a single Item is permitted in this Sequence."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "3", name="Content Description")
    ] = None
    """Content Description (0070,0081): Type 3, VR LO, VM 1. A description of the model."""

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. A preview image representing the rendered model. Only a single Item is permitted in this Sequence."""

    DerivationAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(0x00221612, "SQ", "1", "3", name="Derivation Algorithm Sequence"),
    ] = None
    """Derivation Algorithm Sequence (0022,1612): Type 3, VR SQ, VM 1. Software algorithm that created the 3D model. Only a single Item shall be included in this Sequence."""

    ModelGroupUID: Annotated[
        vr.UI | None, Attribute(0x00687004, "UI", "1", "3", name="Model Group UID")
    ] = None
    """Model Group UID (0068,7004): Type 3, VR UI, VM 1. Uniquely identifies a group to which the model belongs. Manufacturing models that share the same Model Group UID are considered distinct parts within the same assembly."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 3, VR US, VM 3. Specifies the color recommended to be used for the model. This color applies both when digitally displaying the model and when selecting material for manufacturing."""

    RecommendedPresentationOpacity: Annotated[
        vr.FL | None, Attribute(0x0066000C, "FL", "1", "3", name="Recommended Presentation Opacity")
    ] = None
    """Recommended Presentation Opacity (0066,000C): Type 3, VR FL, VM 1. Specifies the opacity recommended to be used for the model. This opacity applies both when digitally displaying the model and when selecting material for manufacturing."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModelMirroring": ("dicomodel.enums.model_mirroring", "ModelMirroring"),
    "ModelModification": ("dicomodel.enums.model_modification", "ModelModification"),
    "ModelUsageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
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
