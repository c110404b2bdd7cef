"""Item class DeformableRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.deformable_registration_grid_sequence_item import (
        DeformableRegistrationGridSequenceItem as _DeformableRegistrationGridSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.matrix_sequence_item import MatrixSequenceItem as _MatrixSequenceItem
    from dicomodel.items.post_deformation_matrix_registration_sequence_item import (
        PostDeformationMatrixRegistrationSequenceItem as _PostDeformationMatrixRegistrationSequenceItem,
    )
    from dicomodel.items.used_fiducials_sequence_item import (
        UsedFiducialsSequenceItem as _UsedFiducialsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeformableRegistrationGridSequenceItem = Lazy(
        "dicomodel.items.deformable_registration_grid_sequence_item",
        "DeformableRegistrationGridSequenceItem",
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _MatrixSequenceItem = Lazy("dicomodel.items.matrix_sequence_item", "MatrixSequenceItem")
    _PostDeformationMatrixRegistrationSequenceItem = Lazy(
        "dicomodel.items.post_deformation_matrix_registration_sequence_item",
        "PostDeformationMatrixRegistrationSequenceItem",
    )
    _UsedFiducialsSequenceItem = Lazy(
        "dicomodel.items.used_fiducials_sequence_item", "UsedFiducialsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
    )
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RegistrationTypeCodeSequenceItem,
    )
    from dicomodel.items.deformable_registration_grid_sequence_item import (
        DeformableRegistrationGridSequenceItem as DeformableRegistrationGridSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.matrix_sequence_item import (
        MatrixSequenceItem as PreDeformationMatrixRegistrationSequenceItem,
    )
    from dicomodel.items.post_deformation_matrix_registration_sequence_item import (
        PostDeformationMatrixRegistrationSequenceItem as PostDeformationMatrixRegistrationSequenceItem,
    )
    from dicomodel.items.used_fiducials_sequence_item import (
        UsedFiducialsSequenceItem as UsedFiducialsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DeformableRegistrationGridSequenceItem",
    "DeformableRegistrationSequenceItem",
    "EquivalentCodeSequenceItem",
    "FrameOfReferenceTransformationMatrixType",
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "MappingResourceTerm",
    "PostDeformationMatrixRegistrationSequenceItem",
    "PreDeformationMatrixRegistrationSequenceItem",
    "ReferencedImageSequenceItem",
    "RegistrationTypeCodeSequenceItem",
    "UsedFiducialsSequenceItem",
]


class DeformableRegistrationSequenceItem(DicomModel):
    """An item of Deformable Registration Sequence (0064,0002), as first defined in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

    dicom_name: ClassVar[str] = "Deformable Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.20.3-1"

    SourceFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00640003, "UI", "1", "1", name="Source Frame of Reference UID")
    ]
    """Source Frame of Reference UID (0064,0003): Type 1, VR UI, VM 1. Identifies the Frame of Reference of a Source RCS. The Source RCS may or may not include an image set (e.g., atlas). See Section C.7.4.1.1.1 for further explanation."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if the registration applies to a subset of images within the specified Source Frame of Reference UID (0064,0003). Identifies the set of images registered in this Item. One or more Items shall be included in this Sequence. Required if the registration applies to a subset of images within the specified Source Frame of Reference UID (0064,0003)."""

    FrameOfReferenceTransformationComment: Annotated[
        vr.LO | None,
        Attribute(0x300600C8, "LO", "1", "3", name="Frame of Reference Transformation Comment"),
    ] = None
    """Frame of Reference Transformation Comment (3006,00C8): Type 3, VR LO, VM 1. User description or comments about the registration."""

    RegistrationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0070030D, "SQ", "1", "2", name="Registration Type Code Sequence"),
    ]
    """Registration Type Code Sequence (0070,030D): Type 2, VR SQ, VM 1. Describes the method used for the registration process. Zero or one Item shall be included in this Sequence."""

    PreDeformationMatrixRegistrationSequence: Annotated[
        list[_MatrixSequenceItem] | None,
        Attribute(
            0x0064000F,
            "SQ",
            "1",
            "1C",
            name="Pre Deformation Matrix Registration Sequence",
            when=("unknown", "depends on what the presentation is to apply"),
        ),
    ] = None
    """Pre Deformation Matrix Registration Sequence (0064,000F): Type 1C, VR SQ, VM 1. Required if a matrix transformation is to be applied prior to deformation. A Sequence that specifies one spatial registration to be applied prior to the deformation. Only a single Item shall be included in this Sequence. Required if a matrix transformation is to be applied prior to deformation."""

    PostDeformationMatrixRegistrationSequence: Annotated[
        list[_PostDeformationMatrixRegistrationSequenceItem] | None,
        Attribute(
            0x00640010,
            "SQ",
            "1",
            "1C",
            name="Post Deformation Matrix Registration Sequence",
            when=(
                "unknown",
                "names no attribute: matrix transformation is to be performed after application of the deformation",
            ),
        ),
    ] = None
    """Post Deformation Matrix Registration Sequence (0064,0010): Type 1C, VR SQ, VM 1. Required if matrix transformation is to be performed after application of the deformation. A Sequence that specifies one spatial registration to be applied after the application of the deformation. Only a single Item shall be included in this Sequence."""

    DeformableRegistrationGridSequence: Annotated[
        list[_DeformableRegistrationGridSequenceItem] | None,
        Attribute(
            0x00640005,
            "SQ",
            "1",
            "1C",
            name="Deformable Registration Grid Sequence",
            when=("unknown", "names no attribute: deformation is performed"),
        ),
    ] = None
    """Deformable Registration Grid Sequence (0064,0005): Type 1C, VR SQ, VM 1. Required if deformation is performed. Describes the deformation grid used to sample into the Source RCS. Only a single Item shall be included in this Sequence. Required if deformation is performed. See Section C.20.3.1.2."""

    UsedFiducialsSequence: Annotated[
        list[_UsedFiducialsSequenceItem] | None,
        Attribute(0x00700314, "SQ", "1", "3", name="Used Fiducials Sequence"),
    ] = None
    """Used Fiducials Sequence (0070,0314): Type 3, VR SQ, VM 1. The fiducials used to determine the registration. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeformableRegistrationGridSequenceItem": (
        "dicomodel.items.deformable_registration_grid_sequence_item",
        "DeformableRegistrationGridSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FrameOfReferenceTransformationMatrixType": (
        "dicomodel.enums.frame_of_reference_transformation_matrix_type",
        "FrameOfReferenceTransformationMatrixType",
    ),
    "FrameOfReferenceTransformationMatrixTypeTerm": (
        "dicomodel.enums.frame_of_reference_transformation_matrix_type",
        "FrameOfReferenceTransformationMatrixTypeTerm",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PostDeformationMatrixRegistrationSequenceItem": (
        "dicomodel.items.post_deformation_matrix_registration_sequence_item",
        "PostDeformationMatrixRegistrationSequenceItem",
    ),
    "PreDeformationMatrixRegistrationSequenceItem": (
        "dicomodel.items.matrix_sequence_item",
        "MatrixSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RegistrationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "UsedFiducialsSequenceItem": (
        "dicomodel.items.used_fiducials_sequence_item",
        "UsedFiducialsSequenceItem",
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
