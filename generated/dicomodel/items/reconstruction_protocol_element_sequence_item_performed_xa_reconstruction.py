"""Item class ReconstructionProtocolElementSequenceItemPerformedXAReconstruction.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as _AlgorithmTypeTerm
    from dicomodel.enums.applied_mask_subtraction_flag import (
        AppliedMaskSubtractionFlagValue as _AppliedMaskSubtractionFlagValue,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.image_horizontal_flip import (
        ImageHorizontalFlipValue as _ImageHorizontalFlipValue,
    )
    from dicomodel.enums.reconstruction_pipeline_type import (
        ReconstructionPipelineTypeValue as _ReconstructionPipelineTypeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_filter_details_sequence_item import (
        ImageFilterDetailsSequenceItem as _ImageFilterDetailsSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmTypeTerm = Lazy("dicomodel.enums.algorithm_type", "AlgorithmTypeTerm")
    _AppliedMaskSubtractionFlagValue = Lazy(
        "dicomodel.enums.applied_mask_subtraction_flag", "AppliedMaskSubtractionFlagValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _ImageFilterDetailsSequenceItem = Lazy(
        "dicomodel.items.image_filter_details_sequence_item", "ImageFilterDetailsSequenceItem"
    )
    _ImageHorizontalFlipValue = Lazy(
        "dicomodel.enums.image_horizontal_flip", "ImageHorizontalFlipValue"
    )
    _ReconstructionPipelineTypeValue = Lazy(
        "dicomodel.enums.reconstruction_pipeline_type", "ReconstructionPipelineTypeValue"
    )
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as AlgorithmTypeTerm
    from dicomodel.enums.applied_mask_subtraction_flag import (
        AppliedMaskSubtractionFlag as AppliedMaskSubtractionFlag,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_horizontal_flip import ImageHorizontalFlip as ImageHorizontalFlip
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.reconstruction_pipeline_type import (
        ReconstructionPipelineType as ReconstructionPipelineType,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_filter_details_sequence_item import (
        ImageFilterDetailsSequenceItem as ImageFilterDetailsSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )

__all__ = [
    "AlgorithmTypeTerm",
    "AppliedMaskSubtractionFlag",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImageFilterDetailsSequenceItem",
    "ImageHorizontalFlip",
    "MappingResourceTerm",
    "ReconstructionPipelineType",
    "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
]


class ReconstructionProtocolElementSequenceItemPerformedXAReconstruction(DicomModel):
    """An item of Reconstruction Protocol Element Sequence (0018,9934), as first defined in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    dicom_name: ClassVar[str] = "Reconstruction Protocol Element Sequence"
    dicom_table: ClassVar[str] = "table_C.34.18-1"

    ProtocolElementNumber: Annotated[
        vr.US, Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number")
    ]
    """Protocol Element Number (0018,9921): Type 1, VR US, VM 1. Identifies the protocol element and the order in which the elements are performed in the Protocol. The value shall start at 1 and increase monotonically by 1."""

    ProtocolElementName: Annotated[
        vr.LO | None, Attribute(0x00189922, "LO", "1", "2", name="Protocol Element Name")
    ]
    """Protocol Element Name (0018,9922): Type 2, VR LO, VM 1. Name for this protocol element."""

    ProtocolElementPurpose: Annotated[
        vr.UT | None, Attribute(0x00189924, "UT", "1", "3", name="Protocol Element Purpose")
    ] = None
    """Protocol Element Purpose (0018,9924): Type 3, VR UT, VM 1. Description of the purpose this element serves in the protocol. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the purpose the Protocol Element serves in the Protoc..."""

    ProtocolElementCharacteristicsSummary: Annotated[
        vr.UT | None,
        Attribute(0x00189923, "UT", "1", "3", name="Protocol Element Characteristics Summary"),
    ] = None
    """Protocol Element Characteristics Summary (0018,9923): Type 3, VR UT, VM 1. Summary description of characteristics of this element. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the characteristics of the Protocol Element."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990C,
            "SQ",
            "1",
            "1C",
            name="Referenced Defined Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type 1C, VR SQ, VM 1. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise. Defined Procedure Protocol SOP Instance(s) that were used for this Instance. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990D,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
            ),
        ),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type 1C, VR SQ, VM 1. Required if a related Performed Procedure Protocol SOP Instance was created. Performed Procedure Protocol SOP Instance(s) that describe the conditions by which this Instance was generated. Required if a related Performed Procedure Protocol SOP Instance was created."""

    SourceAcquisitionProtocolElementNumber: Annotated[
        list[vr.US],
        Attribute(0x00189938, "US", "1-n", "1", name="Source Acquisition Protocol Element Number"),
    ]
    """Source Acquisition Protocol Element Number (0018,9938): Type 1, VR US, VM 1-n. A value corresponding to the Protocol Element Number (0018,9921) of the Acquisition Protocol Element from this Protocol being reconstructed in this reconstruction protocol element."""

    SourceAcquisitionBeamNumber: Annotated[
        list[vr.US], Attribute(0x00189939, "US", "1-n", "1", name="Source Acquisition Beam Number")
    ]
    """Source Acquisition Beam Number (0018,9939): Type 1, VR US, VM 1-n. One or more values corresponding to the Beam Number (300A,00C0) in the Acquisition Protocol Element (specified in Source Acquisition Protocol Element Number (0018,9938)) from which data was used in this reconstruction protocol element."""

    ReferencedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081150,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Class UID",
            when=(
                "unknown",
                "names no attribute: the referenced acquisition protocol element is not in this instance",
            ),
        ),
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 1C, VR UI, VM 1. Required if the referenced acquisition protocol element is not in this instance. Uniquely identifies the referenced SOP Class. Required if the referenced acquisition protocol element is not in this instance. Shall have a value of 1.2.840.10008.5.1.4.1.1.200.8 (XA Performed Procedure Protocol Storage)."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081155,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Instance UID",
            when=(
                "unknown",
                "names no attribute: the referenced acquisition protocol element is not in this instance",
            ),
        ),
    ] = None
    """Referenced SOP Instance UID (0008,1155): Type 1C, VR UI, VM 1. Required if the referenced acquisition protocol element is not in this instance. The UID of the instance containing the acquisition protocol element referenced in Source Acquisition Protocol Element Number (0018,9938). Required if the referenced acquisition protocol element is not in this instance."""

    ReconstructionPipelineType: Annotated[
        _ReconstructionPipelineTypeValue,
        Attribute(
            0x001811BE,
            "CS",
            "1",
            "1",
            name="Reconstruction Pipeline Type",
            enumerated=((0, ("2D", "3D")),),
        ),
    ]
    """Reconstruction Pipeline Type (0018,11BE): Type 1, VR CS, VM 1. Specifies the type of pipeline of the reconstruction. See Section C.34.18.1. Enumerated Values: 2D 3D"""

    WindowCenter: Annotated[
        list[vr.DS] | None, Attribute(0x00281050, "DS", "1-n", "3", name="Window Center")
    ] = None
    """Window Center (0028,1050): Type 3, VR DS, VM 1-n. Preferred value for Window Center (0028,1050) in the image instances produced by this reconstruction protocol element."""

    WindowWidth: Annotated[
        list[vr.DS] | None, Attribute(0x00281051, "DS", "1-n", "3", name="Window Width")
    ] = None
    """Window Width (0028,1051): Type 3, VR DS, VM 1-n. Preferred value for Window Width (0028,1051) in the image instances produced by this reconstruction protocol element."""

    ImageFilterDetailsSequence: Annotated[
        list[_ImageFilterDetailsSequenceItem] | None,
        Attribute(0x001811BF, "SQ", "1", "3", name="Image Filter Details Sequence"),
    ] = None
    """Image Filter Details Sequence (0018,11BF): Type 3, VR SQ, VM 1. Description of image filters applied to the reconstructed image. The filters are applied in the order of the sequence items. One or more Items are permitted in this Sequence."""

    AppliedMaskSubtractionFlag: Annotated[
        _AppliedMaskSubtractionFlagValue | None,
        Attribute(
            0x001811C0,
            "CS",
            "1",
            "3",
            name="Applied Mask Subtraction Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Applied Mask Subtraction Flag (0018,11C0): Type 3, VR CS, VM 1. Identifies that a subtraction mask was applied. Enumerated Values: YES NO"""

    MaskVisibilityPercentage: Annotated[
        vr.FL | None, Attribute(0x00289478, "FL", "1", "3", name="Mask Visibility Percentage")
    ] = None
    """Mask Visibility Percentage (0028,9478): Type 3, VR FL, VM 1. The percentage of visibility of the mask frame during the subtraction. A value of 0 corresponds to subtracted display, a value of 100 corresponds to un-subtracted display (native). See Section C.8.19.7.1."""

    Rows: Annotated[vr.US | None, Attribute(0x00280010, "US", "1", "3", name="Rows")] = None
    """Rows (0028,0010): Type 3, VR US, VM 1. Number of rows in the reconstructed image."""

    Columns: Annotated[vr.US | None, Attribute(0x00280011, "US", "1", "3", name="Columns")] = None
    """Columns (0028,0011): Type 3, VR US, VM 1. Number of columns in the reconstructed image."""

    ImageRotation: Annotated[
        vr.US | None,
        Attribute(
            0x00700042,
            "US",
            "1",
            "3",
            name="Image Rotation",
            enumerated=((0, ("270", "180", "90", "0")),),
        ),
    ] = None
    """Image Rotation (0070,0042): Type 3, VR US, VM 1. Rotation of the image clockwise in degrees, before the Image Horizontal Flip (0070,0041) is applied. Enumerated Values: 270 180 90 0"""

    ImageHorizontalFlip: Annotated[
        _ImageHorizontalFlipValue | None,
        Attribute(
            0x00700041, "CS", "1", "3", name="Image Horizontal Flip", enumerated=((0, ("Y", "N")),)
        ),
    ] = None
    """Image Horizontal Flip (0070,0041): Type 3, VR CS, VM 1. Whether or not the image horizontal flip is applied after any Image Rotation has been applied such that the left side of the image becomes the right side. Enumerated Values: Y N"""

    AlgorithmType: Annotated[
        _AlgorithmTypeTerm | vr.CS | None,
        Attribute(0x00189527, "CS", "1", "3", name="Algorithm Type"),
    ] = None
    """Algorithm Type (0018,9527): Type 3, VR CS, VM 1. Type of algorithm used to create the 3D reconstruction. Defined Terms: FILTER_BACK_PROJ ITERATIVE"""

    ConvolutionKernel: Annotated[
        list[vr.SH] | None, Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel")
    ] = None
    """Convolution Kernel (0018,1210): Type 3, VR SH, VM 1-n. A label describing the convolution kernel or algorithm used to perform 3D reconstruction of the data. A single value shall be present."""

    NumberOfSlices: Annotated[
        vr.US | None, Attribute(0x00540081, "US", "1", "3", name="Number Of Slices")
    ] = None
    """Number Of Slices (0054,0081): Type 3, VR US, VM 1. Number of slices in the 3D reconstructed image."""

    SliceThickness: Annotated[
        vr.DS | None, Attribute(0x00180050, "DS", "1", "3", name="Slice Thickness")
    ] = None
    """Slice Thickness (0018,0050): Type 3, VR DS, VM 1. Nominal 3D reconstructed slice thickness, in mm."""

    SpacingBetweenSlices: Annotated[
        vr.DS | None, Attribute(0x00180088, "DS", "1", "3", name="Spacing Between Slices")
    ] = None
    """Spacing Between Slices (0018,0088): Type 3, VR DS, VM 1. Spacing between 3D reconstructed slices, in mm. The spacing is measured from the center-to-center of each slice. Slice overlap may be constrained implicitly by constraining the Slice Thickness (0018,0050) and Spacing Between Slices (0018,00..."""

    ReconstructionFieldOfView: Annotated[
        list[vr.FD] | None,
        Attribute(0x00189317, "FD", "2", "3", name="Reconstruction Field of View"),
    ] = None
    """Reconstruction Field of View (0018,9317): Type 3, VR FD, VM 2. The field of view width (x-dimension) followed by height (y-dimension) as used for 3D reconstruction in mm."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. Additional processing applied to the reconstructed image after image filter (if any)."""

    RequestedSeriesDescription: Annotated[
        vr.LO | None, Attribute(0x00189937, "LO", "1", "3", name="Requested Series Description")
    ] = None
    """Requested Series Description (0018,9937): Type 3, VR LO, VM 1. Text that is intended to be copied into the Series Description (0008,103E) of the images resulting from this Reconstruction Protocol Element."""

    RequestedSeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x001811C1, "SQ", "1", "3", name="Requested Series Description Code Sequence"),
    ] = None
    """Requested Series Description Code Sequence (0018,11C1): Type 3, VR SQ, VM 1. A code that is intended to be copied into the Series Description Code Sequence (0008,103F) of the images resulting from this Reconstruction Protocol Element. Only a single Item is permitted in this Sequence."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "3",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ] = None
    """Content Qualification (0018,9004): Type 3, VR CS, VM 1. Content Qualification Indicator of instances resulting from this Reconstruction Protocol Element. Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.34.18.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmTypeTerm": ("dicomodel.enums.algorithm_type", "AlgorithmTypeTerm"),
    "AppliedMaskSubtractionFlag": (
        "dicomodel.enums.applied_mask_subtraction_flag",
        "AppliedMaskSubtractionFlag",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageFilterDetailsSequenceItem": (
        "dicomodel.items.image_filter_details_sequence_item",
        "ImageFilterDetailsSequenceItem",
    ),
    "ImageHorizontalFlip": ("dicomodel.enums.image_horizontal_flip", "ImageHorizontalFlip"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReconstructionPipelineType": (
        "dicomodel.enums.reconstruction_pipeline_type",
        "ReconstructionPipelineType",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "RequestedSeriesDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
