"""Item class ReconstructionProtocolElementSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as _ConvolutionKernelGroupTerm,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as _ReferenceLocationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _ConvolutionKernelGroupTerm = Lazy(
        "dicomodel.enums.convolution_kernel_group", "ConvolutionKernelGroupTerm"
    )
    _ReferenceLocationItem = Lazy(
        "dicomodel.items.reference_location_item", "ReferenceLocationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ReconstructionAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionEndLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionStartLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionTargetCenterLocationSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ConvolutionKernelGroupTerm",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OffsetDirection",
    "ReconstructionAlgorithmSequenceItem",
    "ReconstructionEndLocationSequenceItem",
    "ReconstructionProtocolElementSequenceItem",
    "ReconstructionStartLocationSequenceItem",
    "ReconstructionTargetCenterLocationSequenceItem",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
]


class ReconstructionProtocolElementSequenceItem(DicomModel):
    """An item of Reconstruction Protocol Element Sequence (0018,9934), as first defined in Performed CT Reconstruction Module Attributes (C.34.12-1)."""

    dicom_name: ClassVar[str] = "Reconstruction Protocol Element Sequence"
    dicom_table: ClassVar[str] = "table_C.34.12-1"

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

    SourceAcquisitionProtocolElementNumber: Annotated[
        list[vr.US],
        Attribute(0x00189938, "US", "1-n", "1", name="Source Acquisition Protocol Element Number"),
    ]
    """Source Acquisition Protocol Element Number (0018,9938): Type 1, VR US, VM 1-n. A value corresponding to the Protocol Element Number (0018,9921) of the Acquisition Protocol Element from this Protocol being reconstructed in this reconstruction protocol element."""

    SourceAcquisitionBeamNumber: Annotated[
        list[vr.US], Attribute(0x00189939, "US", "1-n", "1", name="Source Acquisition Beam Number")
    ]
    """Source Acquisition Beam Number (0018,9939): Type 1, VR US, VM 1-n. One or more values corresponding to the Beam Number (300A,00C0) in the Acquisition Protocol Element (specified in Source Acquisition Protocol Element Number (0018,9938) ) from which data was used in this reconstruction protocol element."""

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
                "names no attribute: the referenced acquisition protocol element is not in this Instance",
            ),
        ),
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 1C, VR UI, VM 1. Required if the referenced acquisition protocol element is not in this Instance. Uniquely identifies the referenced SOP Class. Required if the referenced acquisition protocol element is not in this Instance. Shall have a value of 1.2.840.10008.5.1.4.1.1.200.2 (CT Performed Procedure Protocol Storage)."""

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
                "names no attribute: the referenced acquisition protocol element is not in this Instance",
            ),
        ),
    ] = None
    """Referenced SOP Instance UID (0008,1155): Type 1C, VR UI, VM 1. Required if the referenced acquisition protocol element is not in this Instance. The UID of the Instance containing the acquisition protocol element referenced in Source Acquisition Protocol Element Number (0018,9938). Required if the referenced acquisition protocol element is not in this Instance."""

    ReconstructionStartLocationSequence: Annotated[
        list[_ReferenceLocationItem],
        Attribute(0x0018993B, "SQ", "1", "1", name="Reconstruction Start Location Sequence"),
    ]
    """Reconstruction Start Location Sequence (0018,993B): Type 1, VR SQ, VM 1. Anatomically oriented transverse location where this reconstruction starts. This represents the start of the data used in the reconstruction, not necessarily the slice location of the first reconstructed slice."""

    ReconstructionEndLocationSequence: Annotated[
        list[_ReferenceLocationItem],
        Attribute(0x0018993C, "SQ", "1", "1", name="Reconstruction End Location Sequence"),
    ]
    """Reconstruction End Location Sequence (0018,993C): Type 1, VR SQ, VM 1. Anatomically oriented transverse location where this reconstruction ends. This represents the end of the data used in the reconstruction, not necessarily the slice location of the last reconstructed slice."""

    ReconstructionAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(0x0018993D, "SQ", "1", "3", name="Reconstruction Algorithm Sequence"),
    ] = None
    """Reconstruction Algorithm Sequence (0018,993D): Type 3, VR SQ, VM 1. Algorithm used in this reconstruction protocol element. Only a single Item is permitted in the Sequence."""

    ConvolutionKernel: Annotated[
        list[vr.SH], Attribute(0x00181210, "SH", "1-n", "1", name="Convolution Kernel")
    ]
    """Convolution Kernel (0018,1210): Type 1, VR SH, VM 1-n. A label describing the convolution kernel or algorithm used to reconstruct the data. A single value shall be present."""

    ConvolutionKernelGroup: Annotated[
        _ConvolutionKernelGroupTerm | vr.CS,
        Attribute(0x00189316, "CS", "1", "1", name="Convolution Kernel Group"),
    ]
    """Convolution Kernel Group (0018,9316): Type 1, VR CS, VM 1. A label describing the group that the Convolution Kernel (0018,1210) belongs. Defined Terms: BRAIN SOFT_TISSUE LUNG BONE CONSTANT_ANGLE"""

    ReconstructionDiameter: Annotated[
        vr.DS | None,
        Attribute(
            0x00181100,
            "DS",
            "1",
            "1C",
            name="Reconstruction Diameter",
            when=("not", ("present", 0x00189317)),
        ),
    ] = None
    """Reconstruction Diameter (0018,1100): Type 1C, VR DS, VM 1. Required if Reconstruction Field of View (0018,9317) is not present. The diameter in mm of the region from which data were used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region. See Section C.8.15.3.6.1."""

    ReconstructionFieldOfView: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189317,
            "FD",
            "2",
            "1C",
            name="Reconstruction Field of View",
            when=("not", ("present", 0x00181100)),
        ),
    ] = None
    """Reconstruction Field of View (0018,9317): Type 1C, VR FD, VM 2. Required if Reconstruction Diameter (0018,1100) is not present. The field of view width (x-dimension) followed by height (y-dimension) as used for reconstruction in mm. Required if Reconstruction Diameter (0018,1100) is not present."""

    ReconstructionTargetCenterPatient: Annotated[
        list[vr.FD] | None,
        Attribute(0x00189318, "FD", "3", "3", name="Reconstruction Target Center (Patient)"),
    ] = None
    """Reconstruction Target Center (Patient) (0018,9318): Type 3, VR FD, VM 3. The x, y, and z coordinates (in the Patient-Based Coordinate System) of the reconstruction center target point as used for reconstruction in mm. See Section C.8.15.3.6.1."""

    ReconstructionTargetCenterLocationSequence: Annotated[
        list[_ReferenceLocationItem] | None,
        Attribute(
            0x0018993E, "SQ", "1", "3", name="Reconstruction Target Center Location Sequence"
        ),
    ] = None
    """Reconstruction Target Center Location Sequence (0018,993E): Type 3, VR SQ, VM 1. An anatomically based description of a point in the patient used as the reconstruction center target point. This represents the intended reconstruction center location."""

    ReconstructionPixelSpacing: Annotated[
        list[vr.FD], Attribute(0x00189322, "FD", "2", "1", name="Reconstruction Pixel Spacing")
    ]
    """Reconstruction Pixel Spacing (0018,9322): Type 1, VR FD, VM 2. Physical distance in the patient between the center of each reconstructed pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.3 for further explanation of the value order."""

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the reconstructed image."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the reconstructed image."""

    ReconstructionAngle: Annotated[
        vr.FD, Attribute(0x00189319, "FD", "1", "1", name="Reconstruction Angle")
    ]
    """Reconstruction Angle (0018,9319): Type 1, VR FD, VM 1. Angle (in degrees) over which the data from which the frame was reconstructed was collected."""

    ImageFilter: Annotated[
        vr.SH | None, Attribute(0x00189320, "SH", "1", "3", name="Image Filter")
    ] = None
    """Image Filter (0018,9320): Type 3, VR SH, VM 1. A label describing the filter applied to the reconstructed image after the original reconstruction has been completed."""

    ImageFilterDescription: Annotated[
        vr.UT | None, Attribute(0x00189941, "UT", "1", "3", name="Image Filter Description")
    ] = None
    """Image Filter Description (0018,9941): Type 3, VR UT, VM 1. A description of the nature or effect of the Image Filter (0018,9320). E.g., sharpening, noise removing, edge enhancing."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. Additional processing applied to the reconstructed image after image filter (if any)."""

    SliceThickness: Annotated[vr.DS, Attribute(0x00180050, "DS", "1", "1", name="Slice Thickness")]
    """Slice Thickness (0018,0050): Type 1, VR DS, VM 1. Nominal reconstructed slice thickness, in mm."""

    SpacingBetweenSlices: Annotated[
        vr.DS, Attribute(0x00180088, "DS", "1", "1", name="Spacing Between Slices")
    ]
    """Spacing Between Slices (0018,0088): Type 1, VR DS, VM 1. Spacing between slices, in mm. The spacing is measured from the center-to-center of each slice. Slice overlap may be constrained implicitly by constraining the Slice Thickness (0018,0050) and Spacing Between Slices (0018,0088)."""

    WindowCenter: Annotated[
        list[vr.DS] | None, Attribute(0x00281050, "DS", "1-n", "3", name="Window Center")
    ] = None
    """Window Center (0028,1050): Type 3, VR DS, VM 1-n. Preferred value for Window Center (0028,1050) in the Image Instances produced by this reconstruction protocol element."""

    WindowWidth: Annotated[
        list[vr.DS] | None, Attribute(0x00281051, "DS", "1-n", "3", name="Window Width")
    ] = None
    """Window Width (0028,1051): Type 3, VR DS, VM 1-n. Preferred value for Window Width (0028,1051) in the Image Instances produced by this reconstruction protocol element."""

    RequestedSeriesDescription: Annotated[
        vr.LO | None, Attribute(0x00189937, "LO", "1", "3", name="Requested Series Description")
    ] = None
    """Requested Series Description (0018,9937): Type 3, VR LO, VM 1. Requested text to copy into the Series Description (0008,103E) of the images resulting from this reconstruction protocol element."""

    RequestedSeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x001811C1, "SQ", "1", "3", name="Requested Series Description Code Sequence"),
    ] = None
    """Requested Series Description Code Sequence (0018,11C1): Type 3, VR SQ, VM 1. A code that is intended to be copied into the Series Description Code Sequence (0008,103F) of instances resulting from this Acquisition Protocol Element. Only a single Item is permitted in this Sequence."""

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
    """Content Qualification (0018,9004): Type 3, VR CS, VM 1. Content Qualification Indicator of Instances resulting from this Reconstruction Protocol Element. Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.34.12.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ConvolutionKernelGroupTerm": (
        "dicomodel.enums.convolution_kernel_group",
        "ConvolutionKernelGroupTerm",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "ReconstructionAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ReconstructionEndLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "ReconstructionStartLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "ReconstructionTargetCenterLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
