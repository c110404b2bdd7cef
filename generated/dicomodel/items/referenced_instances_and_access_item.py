"""Item class ReferencedInstancesAndAccessItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as _TypeOfInstancesTerm
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as _DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as _DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access import (
        ReferencedSOPSequenceItemReferencedInstancesAndAccess as _ReferencedSOPSequenceItemReferencedInstancesAndAccess,
    )
    from dicomodel.items.wado_retrieval_sequence_item import (
        WADORetrievalSequenceItem as _WADORetrievalSequenceItem,
    )
    from dicomodel.items.wadors_retrieval_sequence_item import (
        WADORSRetrievalSequenceItem as _WADORSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as _XDSRetrievalSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DICOMMediaRetrievalSequenceItem = Lazy(
        "dicomodel.items.dicom_media_retrieval_sequence_item", "DICOMMediaRetrievalSequenceItem"
    )
    _DICOMRetrievalSequenceItem = Lazy(
        "dicomodel.items.dicom_retrieval_sequence_item", "DICOMRetrievalSequenceItem"
    )
    _ReferencedSOPSequenceItemReferencedInstancesAndAccess = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
        "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
    )
    _TypeOfInstancesTerm = Lazy("dicomodel.enums.type_of_instances", "TypeOfInstancesTerm")
    _WADORSRetrievalSequenceItem = Lazy(
        "dicomodel.items.wadors_retrieval_sequence_item", "WADORSRetrievalSequenceItem"
    )
    _WADORetrievalSequenceItem = Lazy(
        "dicomodel.items.wado_retrieval_sequence_item", "WADORetrievalSequenceItem"
    )
    _XDSRetrievalSequenceItem = Lazy(
        "dicomodel.items.xds_retrieval_sequence_item", "XDSRetrievalSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access import (
        ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.wado_retrieval_sequence_item import (
        WADORetrievalSequenceItem as WADORetrievalSequenceItem,
    )
    from dicomodel.items.wadors_retrieval_sequence_item import (
        WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSRetrievalSequenceItem,
    )

__all__ = [
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "ReferencedInstancesAndAccessItem",
    "ReferencedSOPSequenceItem",
    "TypeOfInstancesTerm",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class ReferencedInstancesAndAccessItem(DicomModel):
    """An item of Referenced Patient Photo Sequence (0010,1100), as first defined in Patient Identification Module Attributes (C.2-2)."""

    dicom_name: ClassVar[str] = "Referenced Patient Photo Sequence"
    dicom_table: ClassVar[str] = "table_C.2-2"

    TypeOfInstances: Annotated[
        _TypeOfInstancesTerm | vr.CS,
        Attribute(0x0040E020, "CS", "1", "1", name="Type of Instances"),
    ]
    """Type of Instances (0040,E020): Type 1, VR CS, VM 1. Type of object Instances referenced. Defined Terms: DICOM CDA"""

    StudyInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0020000D,
            "UI",
            "1",
            "1C",
            name="Study Instance UID",
            when=(
                "and",
                ("value", 0x0040E020, 0, "in", ("DICOM",)),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """Study Instance UID (0020,000D): Type 1C, VR UI, VM 1. Required if Type of Instances (0040,E020) is DICOM and the Information Model of the referenced Instance contains the Study IE. Unique identifier for the Study. Required if Type of Instances (0040,E020) is DICOM and the Information Model of the referenced Instance contains the Study IE."""

    SeriesInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0020000E,
            "UI",
            "1",
            "1C",
            name="Series Instance UID",
            when=(
                "and",
                ("value", 0x0040E020, 0, "in", ("DICOM",)),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """Series Instance UID (0020,000E): Type 1C, VR UI, VM 1. Required if Type of Instances (0040,E020) is DICOM and the Information Model of the referenced Instance contains the Series IE. Unique identifier for the Series that is part of the Study identified in Study Instance UID (0020,000D), if present, and contains the referenced object Instance(s)."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemReferencedInstancesAndAccess],
        Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
    ]
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. References to object Instances. One or more Items shall be included in this Sequence."""

    DICOMRetrievalSequence: Annotated[
        list[_DICOMRetrievalSequenceItem] | None,
        Attribute(
            0x0040E021,
            "SQ",
            "1",
            "1C",
            name="DICOM Retrieval Sequence",
            when=(
                "and",
                ("not", ("present", 0x0040E022)),
                ("not", ("present", 0x0040E023)),
                ("not", ("present", 0x0040E025)),
                ("not", ("present", 0x0040E024)),
            ),
            otherwise="may",
        ),
    ] = None
    """DICOM Retrieval Sequence (0040,E021): Type 1C, VR SQ, VM 1. Required if DICOM Media Retrieval Sequence (0040,E022), WADO Retrieval Sequence (0040,E023), WADO-RS Retrieval Sequence (0040,E025) and XDS Retrieval Sequence (0040,E024) are not present. May be present otherwise. Details for retrieving Instances via the DICOM Retrieve Service. Required if DICOM Media Retrieval Sequence (0040,E022), WADO Retrieval Sequence (0040,E023), WADO-RS Retrieval Sequence (0040,E025) and XDS Retrieval Sequence (0040,E024) are..."""

    DICOMMediaRetrievalSequence: Annotated[
        list[_DICOMMediaRetrievalSequenceItem] | None,
        Attribute(
            0x0040E022,
            "SQ",
            "1",
            "1C",
            name="DICOM Media Retrieval Sequence",
            when=(
                "and",
                ("not", ("present", 0x0040E021)),
                ("not", ("present", 0x0040E023)),
                ("not", ("present", 0x0040E025)),
                ("not", ("present", 0x0040E024)),
            ),
            otherwise="may",
        ),
    ] = None
    """DICOM Media Retrieval Sequence (0040,E022): Type 1C, VR SQ, VM 1. Required if DICOM Retrieval Sequence (0040,E021), WADO Retrieval Sequence (0040,E023), and WADO-RS Retrieval Sequence (0040,E025) and XDS Retrieval Sequence (0040,E024) are not present. May be present otherwise. Details for retrieving Instances from Media. Required if DICOM Retrieval Sequence (0040,E021), WADO Retrieval Sequence (0040,E023), and WADO-RS Retrieval Sequence (0040,E025) and XDS Retrieval Sequence (0040,E024) are not present."""

    WADORetrievalSequence: Annotated[
        list[_WADORetrievalSequenceItem] | None,
        Attribute(
            0x0040E023,
            "SQ",
            "1",
            "1C",
            name="WADO Retrieval Sequence",
            when=(
                "and",
                ("not", ("present", 0x0040E021)),
                ("not", ("present", 0x0040E022)),
                ("not", ("present", 0x0040E025)),
                ("not", ("present", 0x0040E024)),
            ),
            otherwise="may",
        ),
    ] = None
    """WADO Retrieval Sequence (0040,E023): Type 1C, VR SQ, VM 1. Required if DICOM Retrieval Sequence (0040,E021), DICOM Media Retrieval Sequence (0040,E022), WADO-RS Retrieval Sequence (0040,E025) and XDS Retrieval Sequence (0040,E024) are not present. May be present otherwise. Details for retrieving Instances available via WADO-URI. This Sequence addresses use of the URI-based Web Access to DICOM Objects."""

    XDSRetrievalSequence: Annotated[
        list[_XDSRetrievalSequenceItem] | None,
        Attribute(
            0x0040E024,
            "SQ",
            "1",
            "1C",
            name="XDS Retrieval Sequence",
            when=(
                "and",
                ("not", ("present", 0x0040E021)),
                ("not", ("present", 0x0040E022)),
                ("not", ("present", 0x0040E025)),
                ("not", ("present", 0x0040E023)),
            ),
            otherwise="may",
        ),
    ] = None
    """XDS Retrieval Sequence (0040,E024): Type 1C, VR SQ, VM 1. Required if DICOM Retrieval Sequence (0040,E021), DICOM Media Retrieval Sequence (0040,E022), WADO-RS Retrieval Sequence (0040,E025) and WADO Retrieval Sequence (0040,E023) are not present. May be present otherwise. Details for retrieving Instances using the IHE XDS-I.b RAD-69 Transaction. Retrieval via WADO-URI is addressed by the WADO Retrieval Sequence (0040,E023). Retrieval via WADO-RS is addressed by the WADO-RS Retrieval Sequence (0040,E025)."""

    WADORSRetrievalSequence: Annotated[
        list[_WADORSRetrievalSequenceItem] | None,
        Attribute(
            0x0040E025,
            "SQ",
            "1",
            "1C",
            name="WADO-RS Retrieval Sequence",
            when=(
                "and",
                ("not", ("present", 0x0040E021)),
                ("not", ("present", 0x0040E022)),
                ("not", ("present", 0x0040E023)),
                ("not", ("present", 0x0040E024)),
            ),
            otherwise="may",
        ),
    ] = None
    """WADO-RS Retrieval Sequence (0040,E025): Type 1C, VR SQ, VM 1. Required if DICOM Retrieval Sequence (0040,E021), DICOM Media Retrieval Sequence (0040,E022), WADO Retrieval Sequence (0040,E023) and XDS Retrieval Sequence (0040,E024) are not present. May be present otherwise. Details for retrieving Instances via WADO-RS. Retrieval via WADO-URI is addressed in the WADO Retrieval Sequence (0040,E023)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DICOMMediaRetrievalSequenceItem": (
        "dicomodel.items.dicom_media_retrieval_sequence_item",
        "DICOMMediaRetrievalSequenceItem",
    ),
    "DICOMRetrievalSequenceItem": (
        "dicomodel.items.dicom_retrieval_sequence_item",
        "DICOMRetrievalSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
        "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
    ),
    "TypeOfInstancesTerm": ("dicomodel.enums.type_of_instances", "TypeOfInstancesTerm"),
    "WADORSRetrievalSequenceItem": (
        "dicomodel.items.wadors_retrieval_sequence_item",
        "WADORSRetrievalSequenceItem",
    ),
    "WADORetrievalSequenceItem": (
        "dicomodel.items.wado_retrieval_sequence_item",
        "WADORetrievalSequenceItem",
    ),
    "XDSRetrievalSequenceItem": (
        "dicomodel.items.xds_retrieval_sequence_item",
        "XDSRetrievalSequenceItem",
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
