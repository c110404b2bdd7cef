"""Item class ContributingSourcesSequenceItemBreastTomosynthesisContributingSources.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.detector_type import (
        DetectorTypeTermBreastTomosynthesisContributingSources as _DetectorTypeTermBreastTomosynthesisContributingSources,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.contributing_sop_instances_reference_sequence_item import (
        ContributingSOPInstancesReferenceSequenceItem as _ContributingSOPInstancesReferenceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContributingSOPInstancesReferenceSequenceItem = Lazy(
        "dicomodel.items.contributing_sop_instances_reference_sequence_item",
        "ContributingSOPInstancesReferenceSequenceItem",
    )
    _DetectorTypeTermBreastTomosynthesisContributingSources = Lazy(
        "dicomodel.enums.detector_type", "DetectorTypeTermBreastTomosynthesisContributingSources"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_type import (
        DetectorTypeTermBreastTomosynthesisContributingSources as DetectorTypeTerm,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedProtocolCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.contributing_sop_instances_reference_sequence_item import (
        ContributingSOPInstancesReferenceSequenceItem as ContributingSOPInstancesReferenceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item import (
        ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_general_contributing_sources import (
        ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContributingSOPInstancesReferenceSequenceItem",
    "ContributingSourcesSequenceItemBreastTomosynthesisContributingSources",
    "DetectorTypeTerm",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
]


class ContributingSourcesSequenceItemBreastTomosynthesisContributingSources(DicomModel):
    """An item of Contributing Sources Sequence (0018,9506), as first defined in Breast Tomosynthesis Contributing Sources Module Attributes (C.8.21.2.3-1)."""

    dicom_name: ClassVar[str] = "Contributing Sources Sequence"
    dicom_table: ClassVar[str] = "table_C.8.21.2.3-1"

    ContributingSOPInstancesReferenceSequence: Annotated[
        list[_ContributingSOPInstancesReferenceSequenceItem] | None,
        Attribute(
            0x00209529,
            "SQ",
            "1",
            "1C",
            name="Contributing SOP Instances Reference Sequence",
            when=(
                "unknown",
                "names no attribute: this SOP Instance is created from other DICOM SOP Instances",
            ),
        ),
    ] = None
    """Contributing SOP Instances Reference Sequence (0020,9529): Type 1C, VR SQ, VM 1. Required if this SOP Instance is created from other DICOM SOP Instances. A Sequence that identifies the contributing SOP Instances. Required if this SOP Instance is created from other DICOM SOP Instances."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "2", name="Manufacturer")
    ]
    """Manufacturer (0008,0070): Type 2, VR LO, VM 1. Manufacturer of the equipment that produced the sources."""

    ManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(
            0x00081090,
            "LO",
            "1",
            "1C",
            name="Manufacturer's Model Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. Manufacturer's model name of the equipment that produced the sources. Required if present and consistent in the contributing SOP Instances."""

    DeviceSerialNumber: Annotated[
        vr.LO | None,
        Attribute(
            0x00181000,
            "LO",
            "1",
            "1C",
            name="Device Serial Number",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Device Serial Number (0018,1000): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. Manufacturer's serial number of the equipment that produced the sources. Required if present and consistent in the contributing SOP Instances."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00181020,
            "LO",
            "1-n",
            "1C",
            name="Software Versions",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Software Versions (0018,1020): Type 1C, VR LO, VM 1-n. Required if present and consistent in the contributing SOP Instances. Manufacturer's designation of software version of the equipment that produced the sources. See Section C.7.5.1.1.3. Required if present and consistent in the contributing SOP Instances."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that produced the sources was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that produced the sources was installed in its current location. The device may or may not have been used prior to installation in its current location."""

    AcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0008002A,
            "DT",
            "1",
            "1C",
            name="Acquisition DateTime",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Acquisition DateTime (0008,002A): Type 1C, VR DT, VM 1. Required if present and consistent in the contributing SOP Instances. The time the acquisition of data that resulted in sources started. The value shall be the start date and time of the first contributing SOP Instance of the group specified by the Contributing SOP Instances Reference Sequence (0020,9529)."""

    StationName: Annotated[
        vr.SH | None,
        Attribute(
            0x00081010,
            "SH",
            "1",
            "1C",
            name="Station Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Station Name (0008,1010): Type 1C, VR SH, VM 1. Required if present and consistent in the contributing SOP Instances. User defined name identifying the machine that produced the sources. Required if present and consistent in the contributing SOP Instances."""

    OperatorsName: Annotated[
        list[vr.PN] | None,
        Attribute(
            0x00081070,
            "PN",
            "1-n",
            "1C",
            name="Operators' Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Operators' Name (0008,1070): Type 1C, VR PN, VM 1-n. Required if present and consistent in the contributing SOP Instances. Name(s) of the operator(s) supporting the Series. Required if present and consistent in the contributing SOP Instances."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081072,
            "SQ",
            "1",
            "1C",
            name="Operator Identification Sequence",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Operator Identification Sequence (0008,1072): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Identification of the operator(s) supporting the Series. One or more Items shall be included in this Sequence. If more than one Item, the number and order shall correspond to the value of Operators' Name (0008,1070), if present."""

    ProtocolName: Annotated[
        vr.LO | None,
        Attribute(
            0x00181030,
            "LO",
            "1",
            "1C",
            name="Protocol Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Protocol Name (0018,1030): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. User-defined description of the conditions under which the Series was performed. Required if present and consistent in the contributing SOP Instances."""

    PerformedProtocolCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00400260,
            "SQ",
            "1",
            "1C",
            name="Performed Protocol Code Sequence",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Sequence describing the Protocol performed for the Procedure Step creating the sources. One or more Items shall be included in this Sequence. Required if present and consistent in the contributing SOP Instances."""

    AcquisitionProtocolName: Annotated[
        vr.LO | None,
        Attribute(
            0x00189423,
            "LO",
            "1",
            "1C",
            name="Acquisition Protocol Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Acquisition Protocol Name (0018,9423): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. User defined name of the protocol used to acquire this image. Required if present and consistent in the contributing SOP Instances."""

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the images."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the images."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See PS3.5 for further explanation."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1C",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
            when=("unknown", "depends on lossy compression"),
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if it is known whether or not Lossy Compression has been performed on the Images. Specifies whether the Source Images have undergone lossy compression (at a point in their lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". A label for the lossy compression method(s) that have been applied to the source images. See Section C.7.6.1.1.5.1. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    DetectorType: Annotated[
        _DetectorTypeTermBreastTomosynthesisContributingSources | vr.CS,
        Attribute(0x00187004, "CS", "1", "1", name="Detector Type"),
    ]
    """Detector Type (0018,7004): Type 1, VR CS, VM 1. The type of detector used to acquire this image. Defined Terms: DIRECT X-Ray photoconductor SCINTILLATOR Phosphor used STORAGE Storage phosphor"""

    DetectorID: Annotated[vr.SH, Attribute(0x0018700A, "SH", "1", "1", name="Detector ID")]
    """Detector ID (0018,700A): Type 1, VR SH, VM 1. The ID or serial number of the detector used to acquire this image."""

    DateOfLastDetectorCalibration: Annotated[
        vr.DA, Attribute(0x0018700C, "DA", "1", "1", name="Date of Last Detector Calibration")
    ]
    """Date of Last Detector Calibration (0018,700C): Type 1, VR DA, VM 1. The date on which the detector used to acquire this image as identified in Detector ID (0018,700A) was last calibrated."""

    TimeOfLastDetectorCalibration: Annotated[
        vr.TM, Attribute(0x0018700E, "TM", "1", "1", name="Time of Last Detector Calibration")
    ]
    """Time of Last Detector Calibration (0018,700E): Type 1, VR TM, VM 1. The time at which the detector used to acquire this image as identified in Detector ID (0018,700A) was last calibrated."""

    DetectorElementSpacing: Annotated[
        list[vr.DS], Attribute(0x00187022, "DS", "2", "1", name="Detector Element Spacing")
    ]
    """Detector Element Spacing (0018,7022): Type 1, VR DS, VM 2. Physical distance between the center of each detector element, specified by a numeric pair: row spacing value (delimiter) column spacing value in mm. See Section 10.7.1.3 for further explanation of the value order."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContributingSOPInstancesReferenceSequenceItem": (
        "dicomodel.items.contributing_sop_instances_reference_sequence_item",
        "ContributingSOPInstancesReferenceSequenceItem",
    ),
    "DetectorTypeTerm": (
        "dicomodel.enums.detector_type",
        "DetectorTypeTermBreastTomosynthesisContributingSources",
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
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PerformedProtocolCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item",
        "ReferencedInstanceSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_general_contributing_sources",
        "ReferencedSeriesSequenceItemGeneralContributingSources",
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
