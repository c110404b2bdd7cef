"""Item class PerformedSeriesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.archive_requested import ArchiveRequestedValue as _ArchiveRequestedValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.referenced_image_sequence_item_image_acquisition_results import (
        ReferencedImageSequenceItemImageAcquisitionResults as _ReferencedImageSequenceItemImageAcquisitionResults,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ArchiveRequestedValue = Lazy("dicomodel.enums.archive_requested", "ArchiveRequestedValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _ReferencedImageSequenceItemImageAcquisitionResults = Lazy(
        "dicomodel.items.referenced_image_sequence_item_image_acquisition_results",
        "ReferencedImageSequenceItemImageAcquisitionResults",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.archive_requested import ArchiveRequested as ArchiveRequested
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_image_acquisition_results import (
        ReferencedImageSequenceItemImageAcquisitionResults as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedNonImageCompositeSOPInstanceSequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item_image_acquisition_results import (
        SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItem,
    )

__all__ = [
    "ArchiveRequested",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedSeriesSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedNonImageCompositeSOPInstanceSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
]


class PerformedSeriesSequenceItem(DicomModel):
    """An item of Performed Series Sequence (0040,0340), as first defined in Image Acquisition Results Module Attributes (C.4-15)."""

    dicom_name: ClassVar[str] = "Performed Series Sequence"
    dicom_table: ClassVar[str] = "table_C.4-15"

    PerformingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081050, "PN", "1-n", None, name="Performing Physician's Name"),
    ] = None
    """Performing Physician's Name (0008,1050): no Type, VR PN, VM 1-n. Name of the physician(s) administering this Series."""

    PerformingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081052, "SQ", "1", None, name="Performing Physician Identification Sequence"),
    ] = None
    """Performing Physician Identification Sequence (0008,1052): no Type, VR SQ, VM 1. Identification of the physician(s) administering the Series. One or more Items shall be included in this Sequence. If more than one Item, the number and order shall correspond to the value of Performing Physician's Name (0008,1050), if pres..."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", None, name="Operators' Name")
    ] = None
    """Operators' Name (0008,1070): no Type, VR PN, VM 1-n. Name(s) of the operator(s) who supporting this Series."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081072, "SQ", "1", None, name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): no Type, VR SQ, VM 1. Identification of the operator(s) supporting the Series. One or more Items shall be included in this Sequence. If more than one Item, the number and order shall correspond to the value of Operators' Name (0008,1070), if present."""

    ProtocolName: Annotated[
        vr.LO | None, Attribute(0x00181030, "LO", "1", None, name="Protocol Name")
    ] = None
    """Protocol Name (0018,1030): no Type, VR LO, VM 1. User-defined description of the conditions under which the Series was performed. This Attribute conveys Series-specific protocol identification and may or may not be identical to the one presented in the Performed Protocol Code Sequence (00..."""

    SeriesInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000E, "UI", "1", None, name="Series Instance UID")
    ] = None
    """Series Instance UID (0020,000E): no Type, VR UI, VM 1. Unique Identifier of the Series."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", None, name="Series Description")
    ] = None
    """Series Description (0008,103E): no Type, VR LO, VM 1. Description of the Series."""

    SeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0008103F, "SQ", "1", None, name="Series Description Code Sequence"),
    ] = None
    """Series Description Code Sequence (0008,103F): no Type, VR SQ, VM 1. A coded description of the Series. Only a single Item shall be included in this Sequence."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): no Type, VR AE, VM 1-n. Title of the DICOM Application Entity where the Images and other Composite SOP Instances in this Series may be retrieved on the network. The duration for which this location remains valid is unspecified."""

    ArchiveRequested: Annotated[
        _ArchiveRequestedValue | None,
        Attribute(
            0x0040A494, "CS", "1", None, name="Archive Requested", enumerated=((0, ("NO", "YES")),)
        ),
    ] = None
    """Archive Requested (0040,A494): no Type, VR CS, VM 1. The Instances in this Series are expected to be archived in the long term archive. Enumerated Values: NO YES"""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemImageAcquisitionResults] | None,
        Attribute(0x00081140, "SQ", "1", None, name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): no Type, VR SQ, VM 1. A Sequence that provides reference to Composite SOP Instances created during the acquisition of the procedure step. Zero or more Items shall be included in this Sequence."""

    ReferencedNonImageCompositeSOPInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00400220, "SQ", "1", None, name="Referenced Non-Image Composite SOP Instance Sequence"
        ),
    ] = None
    """Referenced Non-Image Composite SOP Instance Sequence (0040,0220): no Type, VR SQ, VM 1. Uniquely identifies Instances, other than images, of any SOP Class that conforms to the DICOM Composite IOD Information Model, such as Waveforms, Presentation States or Structured Reports, created during the acquisition of the procedure ste..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ArchiveRequested": ("dicomodel.enums.archive_requested", "ArchiveRequested"),
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PerformingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_image_acquisition_results",
        "ReferencedImageSequenceItemImageAcquisitionResults",
    ),
    "ReferencedNonImageCompositeSOPInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SeriesDescriptionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item_image_acquisition_results",
        "SpecimenDescriptionSequenceItemImageAcquisitionResults",
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
