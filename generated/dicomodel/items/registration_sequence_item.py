"""Item class RegistrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.matrix_registration_sequence_item import (
        MatrixRegistrationSequenceItem as _MatrixRegistrationSequenceItem,
    )
    from dicomodel.items.used_fiducials_sequence_item import (
        UsedFiducialsSequenceItem as _UsedFiducialsSequenceItem,
    )
    from dicomodel.items.used_rt_structure_set_roi_sequence_item import (
        UsedRTStructureSetROISequenceItem as _UsedRTStructureSetROISequenceItem,
    )
    from dicomodel.items.used_segments_sequence_item import (
        UsedSegmentsSequenceItem as _UsedSegmentsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _MatrixRegistrationSequenceItem = Lazy(
        "dicomodel.items.matrix_registration_sequence_item", "MatrixRegistrationSequenceItem"
    )
    _UsedFiducialsSequenceItem = Lazy(
        "dicomodel.items.used_fiducials_sequence_item", "UsedFiducialsSequenceItem"
    )
    _UsedRTStructureSetROISequenceItem = Lazy(
        "dicomodel.items.used_rt_structure_set_roi_sequence_item",
        "UsedRTStructureSetROISequenceItem",
    )
    _UsedSegmentsSequenceItem = Lazy(
        "dicomodel.items.used_segments_sequence_item", "UsedSegmentsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RegistrationTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.matrix_registration_sequence_item import (
        MatrixRegistrationSequenceItem as MatrixRegistrationSequenceItem,
    )
    from dicomodel.items.matrix_sequence_item import MatrixSequenceItem as MatrixSequenceItem
    from dicomodel.items.used_fiducials_sequence_item import (
        UsedFiducialsSequenceItem as UsedFiducialsSequenceItem,
    )
    from dicomodel.items.used_rt_structure_set_roi_sequence_item import (
        UsedRTStructureSetROISequenceItem as UsedRTStructureSetROISequenceItem,
    )
    from dicomodel.items.used_segments_sequence_item import (
        UsedSegmentsSequenceItem as UsedSegmentsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FrameOfReferenceTransformationMatrixType",
    "MappingResourceTerm",
    "MatrixRegistrationSequenceItem",
    "MatrixSequenceItem",
    "ReferencedImageSequenceItem",
    "RegistrationSequenceItem",
    "RegistrationTypeCodeSequenceItem",
    "UsedFiducialsSequenceItem",
    "UsedRTStructureSetROISequenceItem",
    "UsedSegmentsSequenceItem",
]


class RegistrationSequenceItem(DicomModel):
    """An item of Registration Sequence (0070,0308), as first defined in Spatial Registration Module Attributes (C.20.2-1)."""

    dicom_name: ClassVar[str] = "Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.20.2-1"

    FrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00200052,
            "UI",
            "1",
            "1C",
            name="Frame of Reference UID",
            when=("not", ("present", 0x00081140)),
            otherwise="may",
        ),
    ] = None
    """Frame of Reference UID (0020,0052): Type 1C, VR UI, VM 1. Required if Referenced Image Sequence (0008,1140) is absent. May be present otherwise. Identifies the Frame of Reference of the referenced data, that may or may not be an image set (e.g., atlas or physical space). See Section C.7.4.1.1.1 for further explanation. Required if Referenced Image Sequence (0008,1140) is absent."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("not", ("present", 0x00200052)),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Frame of Reference UID (0020,0052) is absent. May be present otherwise. Identifies the set of images of the referenced data, registered in this Item. One or more Items shall be included in this Sequence. Required if Frame of Reference UID (0020,0052) is absent. May be present otherwise."""

    MatrixRegistrationSequence: Annotated[
        list[_MatrixRegistrationSequenceItem],
        Attribute(0x00700309, "SQ", "1", "1", name="Matrix Registration Sequence"),
    ]
    """Matrix Registration Sequence (0070,0309): Type 1, VR SQ, VM 1. A Sequence that specifies one spatial registration. Only a single Item shall be included in this Sequence."""

    UsedFiducialsSequence: Annotated[
        list[_UsedFiducialsSequenceItem] | None,
        Attribute(0x00700314, "SQ", "1", "3", name="Used Fiducials Sequence"),
    ] = None
    """Used Fiducials Sequence (0070,0314): Type 3, VR SQ, VM 1. The fiducials used to determine the Frame of Reference Transformation Matrix. One or more Items are permitted in this Sequence."""

    UsedSegmentsSequence: Annotated[
        list[_UsedSegmentsSequenceItem] | None,
        Attribute(0x00620012, "SQ", "1", "3", name="Used Segments Sequence"),
    ] = None
    """Used Segments Sequence (0062,0012): Type 3, VR SQ, VM 1. The segments used to determine the Frame of Reference Transformation Matrix. One or more Items are permitted in this Sequence."""

    UsedRTStructureSetROISequence: Annotated[
        list[_UsedRTStructureSetROISequenceItem] | None,
        Attribute(0x00700315, "SQ", "1", "3", name="Used RT Structure Set ROI Sequence Sequence"),
    ] = None
    """Used RT Structure Set ROI Sequence Sequence (0070,0315): Type 3, VR SQ, VM 1. The ROIs defined in an RT Structure Set Instance used to determine the Frame of Reference Transformation Matrix. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FrameOfReferenceTransformationMatrixType": (
        "dicomodel.enums.frame_of_reference_transformation_matrix_type",
        "FrameOfReferenceTransformationMatrixType",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MatrixRegistrationSequenceItem": (
        "dicomodel.items.matrix_registration_sequence_item",
        "MatrixRegistrationSequenceItem",
    ),
    "MatrixSequenceItem": ("dicomodel.items.matrix_sequence_item", "MatrixSequenceItem"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RegistrationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "UsedFiducialsSequenceItem": (
        "dicomodel.items.used_fiducials_sequence_item",
        "UsedFiducialsSequenceItem",
    ),
    "UsedRTStructureSetROISequenceItem": (
        "dicomodel.items.used_rt_structure_set_roi_sequence_item",
        "UsedRTStructureSetROISequenceItem",
    ),
    "UsedSegmentsSequenceItem": (
        "dicomodel.items.used_segments_sequence_item",
        "UsedSegmentsSequenceItem",
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
